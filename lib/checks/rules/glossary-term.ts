import { compileGlossary, exactKey, isExpired } from '../vocabulary/glossary';
import { phraseKey } from '../vocabulary/phrases';
import { msg, type Draft, type Rule } from '../rule';
import { REF } from '../refs';
import { findAll } from '../scan/text';
import type { GlossaryEntry } from '../types';

function draftFor(entry: GlossaryEntry, start: number, found: string): Draft {
  const note = entry.note;
  return {
    start,
    end: start + found.length,
    message: msg(`Tulis "${entry.preferred}", bukan "${found}".`, `Write "${entry.preferred}", not "${found}".`),
    explanation:
      note !== undefined
        ? msg(note.id, note.en ?? note.id)
        : msg(
            'Nama resmi dan istilah instansi ditulis sama di setiap unggahan, sesuai glosarium preset, agar citra instansi konsisten.',
            "Official names and terms are written the same way in every post, as in the preset's glossary, so the institution's image stays consistent.",
          ),
    reference: REF.panrb83,
    suggestions: [entry.preferred],
    safe: true,
  };
}

/** Official names and terms written in a way the glossary lists as wrong. */
export const glossaryTerm: Rule = {
  id: 'glossary-term',
  category: 'branding',
  severity: 'warning',
  run({ text, ctx, scan, allowed }) {
    if (ctx.glossary.length === 0) return [];
    const compiled = compileGlossary(ctx.glossary);
    const today = ctx.today;
    const out: Draft[] = [];
    const consider = (start: number, end: number, found: string, entry: GlossaryEntry | undefined): void => {
      if (entry === undefined || isExpired(entry.expires, today)) return;
      if (found === entry.preferred || allowed.has(found.toLowerCase())) return;
      if (scan.isProtected(start, end)) return;
      out.push(draftFor(entry, start, found));
    };
    if (compiled.anyCase !== null) {
      for (const m of findAll(compiled.anyCase, text)) consider(m.start, m.end, m.text, compiled.byLowerVariant.get(phraseKey(m.text)));
    }
    if (compiled.exactCase !== null) {
      for (const m of findAll(compiled.exactCase, text)) consider(m.start, m.end, m.text, compiled.byExactVariant.get(exactKey(m.text)));
    }
    return out;
  },
};
