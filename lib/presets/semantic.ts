/**
 * Checks a structurally valid pack for what JSON Schema cannot say: dates that do not exist,
 * duplicate ids, glossary variants that would flag every caption, lock paths that mean nothing,
 * and template syntax.
 */
import { hasDistinctTerms } from '../checks/claims/terms';
import type { Lang } from '../checks/types';
import { isRealDate } from './dates';
import { formatPath } from './issues';
import { lockPathProblem } from './locks';
import { atField, packMessages as m, say, type Bilingual } from './messages';
import type { TemplateValidator } from './template-validator';
import { ITEM_KINDS, type Pack, type PackError } from './types';

type Report = (keys: readonly (string | number)[], text: Bilingual) => void;

export function semanticErrors(pack: Pack, lang: Lang, validateTemplate?: TemplateValidator): PackError[] {
  const errors: PackError[] = [];
  const report: Report = (keys, text) => {
    const path = formatPath(keys);
    errors.push({ path, message: atField(path, say(lang, text)) });
  };
  checkDates(pack, report);
  checkIds(pack, report);
  checkGlossary(pack, report);
  checkClaims(pack, report);
  checkLocks(pack, report);
  if (validateTemplate) checkTemplates(pack, validateTemplate, lang, report);
  return errors;
}

function checkDates(pack: Pack, report: Report): void {
  if (!isRealDate(pack.updated)) report(['updated'], m.date());
  if (pack.expires !== undefined && !isRealDate(pack.expires)) report(['expires'], m.date());
  for (const kind of ITEM_KINDS) {
    (pack[kind] ?? []).forEach((item, i) => {
      if (item.expires !== undefined && !isRealDate(item.expires)) report([kind, i, 'expires'], m.date());
    });
  }
}

function checkIds(pack: Pack, report: Report): void {
  for (const kind of ITEM_KINDS) {
    const seen = new Map<string, number>();
    (pack[kind] ?? []).forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else report([kind, i, 'id'], m.duplicateId(item.id, formatPath([kind, first])));
    });
  }
}

function checkGlossary(pack: Pack, report: Report): void {
  (pack.glossary ?? []).forEach((entry, i) => {
    const fold = (text: string) => (entry.caseSensitive ? text.trim() : text.trim().toLowerCase());
    entry.variants.forEach((variant, j) => {
      // One character ("a", " i ") occurs in nearly every caption once spaces are trimmed.
      if ([...variant.trim()].length < 2) report(['glossary', i, 'variants', j], m.variantMatchesEverything());
      else if (fold(variant) === fold(entry.preferred)) report(['glossary', i, 'variants', j], m.variantIsPreferred());
    });
  });
}

/** A claim needs enough words to be told apart from ordinary captions on the same topic. */
export const MIN_CLAIM_WORDS = 3;

function checkClaims(pack: Pack, report: Report): void {
  (pack.claims ?? []).forEach((claim, i) => {
    if (!isRealDate(claim.published)) report(['claims', i, 'published'], m.date());
    if (!hasDistinctTerms(claim.claim.id, MIN_CLAIM_WORDS)) report(['claims', i, 'claim', 'id'], m.claimTooVague(MIN_CLAIM_WORDS));
  });
}

function checkLocks(pack: Pack, report: Report): void {
  const seen = new Set<string>();
  (pack.locked ?? []).forEach((path, i) => {
    const problem = lockPathProblem(path);
    if (problem) report(['locked', i], m.lockUnknown(problem));
    else if (seen.has(path)) report(['locked', i], m.duplicate(path));
    seen.add(path);
  });
}

function checkTemplates(pack: Pack, validate: TemplateValidator, lang: Lang, report: Report): void {
  (pack.templates ?? []).forEach((template, i) => {
    for (const error of validate(template)) {
      const text = error.message[lang] ?? error.message.id;
      const where =
        error.fieldIndex !== undefined ? ['fields', error.fieldIndex]
        : error.part === 'template' || error.part === 'source' ? []
        : error.part.split('.');
      report(['templates', i, ...where], m.template(text));
    }
  });
}
