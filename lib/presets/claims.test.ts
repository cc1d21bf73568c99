/** The `claims` section: a Diskominfo's list of debunked claims, validated, merged and locked like any other. */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../checks/types';
import { diffPack } from './diff';
import { exportPack } from './export';
import { lockConflicts, mergePacks } from './merge';
import { parsePack } from './parse';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './types';

const TODAY = '2026-11-20';

function claim(id: string, partial: Partial<Claim> = {}): Claim {
  return {
    id,
    claim: { id: `Air PDAM tercemar bakteri berbahaya sehingga dilarang dipakai minum (${id}).` },
    verdict: 'hoaks',
    source: { name: 'Diskominfo Contoh', url: `https://diskominfo.contohkab.go.id/klarifikasi/${id}` },
    published: '2026-11-18',
    ...partial,
  };
}

function pack(id: string, claims: unknown[], extra: Partial<Pack> = {}): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, id, name: id, publisher: { name: `Diskominfo ${id}` }, updated: TODAY, claims: claims as Claim[], ...extra };
}

const parse = (data: unknown) => parsePack(JSON.parse(JSON.stringify(data)), 'en');
const errorsOf = (data: unknown) => {
  const r = parse(data);
  return r.ok ? [] : r.errors;
};

describe('the claims section of a pack', () => {
  it('parses a claims pack and keeps every field', () => {
    const c = claim('a', { claim: { id: 'Vaksin berisi chip pelacak untuk mengontrol warga.', en: 'Vaccines hold a tracking chip.' }, source: { name: 'TBH', url: 'https://turnbackhoax.id/x', title: '[SALAH] Chip' }, keywords: ['chip'], expires: '2027-01-01' });
    const r = parse(pack('p', [c]));
    expect(r.ok && r.pack.claims).toEqual([c]);
  });

  it.each([
    ['an unknown verdict', { verdict: 'bohong' }, 'claims[0].verdict', /one of/],
    ['a javascript: source link', { source: { name: 'x', url: 'javascript:alert(1)' } }, 'claims[0].source.url', /https/],
    ['a fact-check without a name', { source: { name: ' ', url: 'https://a.go.id' } }, 'claims[0].source.name', /empty/],
    ['a date that does not exist', { published: '2026-02-30' }, 'claims[0].published', /real date/],
    ['a claim of one word', { claim: { id: 'Vaksin!!!' } }, 'claims[0].claim.id', /too vague/],
    ['a claim of function words only', { claim: { id: 'yang dan di ke dari ini itu' } }, 'claims[0].claim.id', /too vague/],
    ['an unknown field', { script: '<img onerror=alert(1)>' }, 'claims[0].script', /not a known field/],
    ['too many keywords', { keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'claims[0].keywords', /too many/],
    ['an id with a slash (it would break lock paths)', { id: 'a/b' }, 'claims[0].id', /id/],
  ])('refuses %s, naming the field', (_name, change, path, says) => {
    const errors = errorsOf(pack('p', [{ ...claim('a'), ...change }]));
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)?.message).toMatch(says);
  });

  it('refuses duplicate claim ids and a claims list that is not a list', () => {
    expect(errorsOf(pack('p', [claim('a'), claim('a')])).map((e) => e.path)).toEqual(['claims[1].id']);
    expect(errorsOf({ ...pack('p', []), claims: { a: claim('a') } }).map((e) => e.path)).toEqual(['claims']);
  });

  it('keeps markup in a claim as plain text', () => {
    const r = parse(pack('p', [claim('a', { claim: { id: '<b>Vaksin</b> berisi chip pelacak <script>x</script> untuk warga' } })]));
    expect(r.ok && r.pack.claims?.[0]?.claim.id).toBe('<b>Vaksin</b> berisi chip pelacak <script>x</script> untuk warga');
  });

  it('merges packs by id (later wins), adds local claims, drops expired and hidden ones', () => {
    const province = pack('prov', [claim('a'), claim('b'), claim('old', { expires: '2026-01-01' })]);
    const district = pack('kab', [claim('a', { verdict: 'salah' })]);
    const preset = mergePacks([province, district], { claims: [claim('mine')], hidden: { claims: ['b'] } }, TODAY);
    expect(preset.claims.map((c) => [c.id, c.verdict])).toEqual([['a', 'salah'], ['mine', 'hoaks']]);
    expect(preset.sources['claims/a']).toBe('kab');
    expect(preset.sources['claims/mine']).toBe('local');
  });

  it('a locked claim cannot be edited or hidden locally; claims/* still lets the admin add their own', () => {
    const province = pack('prov', [claim('a')], { locked: ['claims/*'] });
    expect(lockConflicts([province], {}, { claims: [claim('a', { verdict: 'menyesatkan' })] }, TODAY).map((c) => c.path)).toEqual(['claims/a/verdict']);
    expect(lockConflicts([province], {}, { hidden: { claims: ['a'] } }, TODAY).map((c) => c.path)).toEqual(['claims/a']);
    expect(lockConflicts([province], {}, { claims: [claim('mine')] }, TODAY)).toEqual([]);
    expect(mergePacks([province], { claims: [claim('a', { verdict: 'menyesatkan' })] }, TODAY).claims[0]?.verdict).toBe('hoaks');
    expect(errorsOf(pack('p', [claim('a')], { locked: ['claims/a/verdict', 'claims/a/colour'] })).map((e) => e.path)).toEqual(['locked[1]']);
  });

  it('exports selected claims into a pack that imports back the same', () => {
    const source = { profiles: [], glossary: [], templates: [], exercises: [], claims: [claim('a'), claim('b')] };
    const out = exportPack(source, { claims: ['b'] }, { id: 'ekspor', name: 'Ekspor', publisher: { name: 'Diskominfo' }, updated: TODAY }, 'en');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const back = parsePack(out.text, 'en');
    expect(back.ok && back.pack.claims).toEqual([claim('b')]);
  });

  it('the import preview lists claims by their text', () => {
    const diff = diffPack(pack('p', [claim('a')]), pack('p', [claim('a', { verdict: 'salah' }), claim('b')]));
    expect(diff.added).toEqual([{ kind: 'claims', id: 'b', label: claim('b').claim.id }]);
    expect(diff.changed).toEqual([{ kind: 'claims', id: 'a', label: claim('a').claim.id, fields: ['verdict'] }]);
  });
});
