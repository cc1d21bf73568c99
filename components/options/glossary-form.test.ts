import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../lib/checks/types';
import { emptyGlossaryForm, formToGlossary, glossaryToForm } from './glossary-form';

describe('glossary form', () => {
  it('round-trips an entry', () => {
    const entry: GlossaryEntry = {
      id: 'pemkab',
      preferred: 'Pemkab',
      variants: ['PemKab', 'PEMKAB'],
      caseSensitive: true,
      note: { id: 'Singkatan resmi', en: 'Official abbreviation' },
      expires: '2030-01-01',
    };
    expect(formToGlossary(glossaryToForm(entry))).toEqual({ ok: true, item: entry });
  });

  it('refuses entries that would flag the right spelling or nothing', () => {
    const form = emptyGlossaryForm('covid');
    form.preferred = 'COVID-19';
    form.variants = 'covid-19\ncovid 19';
    expect(formToGlossary(form)).toEqual({ ok: false, problems: { variants: { key: 'optErrVariantIsPreferred', subs: ['covid-19'] } } });
    form.variants = '';
    expect(formToGlossary(form)).toEqual({ ok: false, problems: { variants: { key: 'optErrVariantsEmpty' } } });
  });

  it('allows a case-only variant when matching is case-sensitive', () => {
    const form = emptyGlossaryForm('pemkab');
    form.preferred = 'Pemkab';
    form.variants = 'PemKab';
    form.caseSensitive = true;
    expect(formToGlossary(form).ok).toBe(true);
  });
});
