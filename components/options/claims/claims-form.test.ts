import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../lib/presets';
import { claimToForm, emptyClaimForm, formToClaim, searchClaims } from './claims-form';
import { STARTER_CLAIMS } from '../../../lib/presets/default-pack/claims';

describe('the options page claim form and search', () => {
  it('turns the form into a claim the pack validator accepts', () => {
    const form = { ...emptyClaimForm('klaim-1', '2026-12-01'), claim: ' Air PDAM tercemar bakteri, dilarang dipakai minum. ', sourceName: 'Diskominfo', sourceUrl: 'https://diskominfo.contohkab.go.id/k/1', keywords: 'PDAM, , air' };
    const claim = formToClaim(form);
    expect(claim).toEqual({ id: 'klaim-1', claim: { id: 'Air PDAM tercemar bakteri, dilarang dipakai minum.' }, verdict: 'hoaks', source: { name: 'Diskominfo', url: 'https://diskominfo.contohkab.go.id/k/1' }, published: '2026-12-01', keywords: ['PDAM', 'air'] });
    const parsed = parsePack({ format: 'saring-pack', version: 1, id: 'local', name: 'local', publisher: { name: 'local' }, updated: '2026-12-01', claims: [claim] }, 'en');
    expect(parsed.ok).toBe(true);
  });

  it('reads any claim back into the form unchanged, English text and expiry included', () => {
    for (const claim of STARTER_CLAIMS) expect(formToClaim(claimToForm(claim))).toEqual(claim);
    const full = { ...STARTER_CLAIMS[0]!, claim: { id: 'Klaim contoh yang beredar luas', en: 'A sample claim' }, keywords: ['Sleman'], expires: '2027-01-01' };
    expect(formToClaim(claimToForm(full))).toEqual(full);
  });

  it('finds claims by every word of the query in the text, the fact-checker or the keywords', () => {
    const chip = searchClaims(STARTER_CLAIMS, 'microchip vaksin').map((c) => c.id);
    expect(chip).toContain('vaksin-covid-microchip-kontrol');
    expect(chip).not.toContain('telur-palsu-kertas-silikon');
    expect(searchClaims(STARTER_CLAIMS, 'TURN BACK HOAX').map((c) => c.id)).toContain('whatsapp-ulang-tahun-kuota-50gb');
    expect(searchClaims(STARTER_CLAIMS, '')).toHaveLength(STARTER_CLAIMS.length);
    expect(searchClaims(STARTER_CLAIMS, 'tidak-ada-yang-cocok')).toEqual([]);
  });
});
