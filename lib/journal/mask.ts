/**
 * What the journal stores of a caption never holds a citizen's NIK, phone number or e-mail: the
 * checks' own personal-data rules find them (the institution's official contacts stay readable),
 * and each one is kept only as dots of the same length.
 */
import { runRules } from '../checks/engine';
import { makeContext } from '../checks/defaults';
import { personalEmail } from '../checks/rules/personal-email';
import { personalNik } from '../checks/rules/personal-nik';
import { personalPhone } from '../checks/rules/personal-phone';
import type { Profile } from '../checks/types';

const PERSONAL_RULES = [personalNik, personalPhone, personalEmail];

export function maskPersonalData(text: string, profile?: Profile): string {
  // Settings stay the defaults: a pack that turns a rule off in the panel does not turn off masking.
  const findings = runRules(PERSONAL_RULES, text, makeContext(profile ? { profile } : {}));
  let masked = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    const part = masked.slice(f.start, f.end).replace(/[^\s\-.()+@]/g, '•');
    masked = masked.slice(0, f.start) + part + masked.slice(f.end);
  }
  return masked;
}
