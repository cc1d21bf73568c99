/** Glossary entry ↔ form. */
import type { GlossaryEntry } from '../../lib/checks/types';
import { joinLines, splitList } from './lists';
import { DATE_PATTERN, ID_PATTERN, hasProblems, type Converted, type Problems } from './problems';

export interface GlossaryForm {
  id: string;
  preferred: string;
  variants: string;
  caseSensitive: boolean;
  noteId: string;
  noteEn: string;
  expires: string;
}

export function emptyGlossaryForm(id = ''): GlossaryForm {
  return { id, preferred: '', variants: '', caseSensitive: false, noteId: '', noteEn: '', expires: '' };
}

export function glossaryToForm(entry: GlossaryEntry): GlossaryForm {
  return {
    id: entry.id,
    preferred: entry.preferred,
    variants: joinLines(entry.variants),
    caseSensitive: entry.caseSensitive === true,
    noteId: entry.note?.id ?? '',
    noteEn: entry.note?.en ?? '',
    expires: entry.expires ?? '',
  };
}

export function formToGlossary(form: GlossaryForm): Converted<GlossaryEntry> {
  const problems: Problems = {};
  const preferred = form.preferred.trim();
  const variants = splitList(form.variants);
  if (!ID_PATTERN.test(form.id)) problems.id = { key: 'optErrId' };
  if (!preferred) problems.preferred = { key: 'optErrRequired' };
  if (!variants.length) problems.variants = { key: 'optErrVariantsEmpty' };
  // A variant equal to the preferred term would flag every correct use of it.
  const same = variants.find((v) => (form.caseSensitive ? v === preferred : v.toLowerCase() === preferred.toLowerCase()));
  if (same !== undefined && preferred) problems.variants = { key: 'optErrVariantIsPreferred', subs: [same] };
  if (form.expires && !DATE_PATTERN.test(form.expires)) problems.expires = { key: 'optErrDate' };
  if (hasProblems(problems)) return { ok: false, problems };
  const entry: GlossaryEntry = { id: form.id, preferred, variants };
  if (form.caseSensitive) entry.caseSensitive = true;
  if (form.noteId.trim()) {
    entry.note = { id: form.noteId.trim() };
    if (form.noteEn.trim()) entry.note.en = form.noteEn.trim();
  }
  if (form.expires) entry.expires = form.expires;
  return { ok: true, item: entry };
}
