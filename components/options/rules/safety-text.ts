import { t } from '../../../lib/i18n';
import type { SafetyChange } from '../../../lib/presets/safety';
import { SEVERITY_LABELS } from '../../panel/labels';

const KEYS = { 'off-refused': 'optSafetyOffRefused', raised: 'optSafetyRaised', lowered: 'optSafetyLowered' } as const;

/** One line about a pack's change of a safety rule: "personal-nik: the pack switches it off; refused …". */
export function safetyText(change: SafetyChange): string {
  return t(KEYS[change.kind], change.ruleId, t(SEVERITY_LABELS[change.severity]));
}
