import { describe, expect, it } from 'vitest';
import { diffPack } from './diff';
import { exportPack } from './export';
import { samplePack } from './fixtures/sample-pack';
import { formatPack } from './format';
import { parsePack } from './parse';

describe('formatPack', () => {
  it('writes the same bytes after parse → format → parse → format, whatever the key order was', () => {
    const shuffled = Object.fromEntries(Object.entries(samplePack()).reverse());
    const first = parsePack(JSON.stringify(shuffled), 'en');
    if (!first.ok) throw new Error('refused');
    const text = formatPack(first.pack);
    expect(text.startsWith('{\n  "format": "saring-pack",\n  "version": 1,')).toBe(true);
    const second = parsePack(text, 'en');
    expect(second).toEqual(first);
    if (second.ok) expect(formatPack(second.pack)).toBe(text);
  });
});

describe('diffPack', () => {
  it('lists everything as added for a new pack', () => {
    const diff = diffPack(null, samplePack());
    expect(diff.added.map((c) => `${c.kind}/${c.id}`)).toEqual([
      'profiles/pemkab-contoh', 'glossary/pemkab', 'glossary/walikota', 'templates/imbauan-umum', 'exercises/latihan-ejaan',
    ]);
    expect(diff.locks.added).toHaveLength(2);
  });

  it('names changed fields, removed items, rule-setting and lock changes, and says when only metadata moved', () => {
    const next = samplePack();
    next.profiles![0]!.tagline = 'Baru';
    next.glossary!.pop();
    next.ruleSettings = { limits: { instagram: { hashtags: 4 } } };
    next.locked = ['glossary/pemkab'];
    next.updated = '2026-02-01';
    const diff = diffPack(samplePack(), next);
    expect(diff.changed).toEqual([{ kind: 'profiles', id: 'pemkab-contoh', label: 'Pemerintah Kabupaten Contoh', fields: ['tagline'] }]);
    expect(diff.removed.map((c) => c.label)).toEqual(['wali kota']);
    expect(diff.ruleSettings).toEqual(['rules', 'limits/instagram/hashtags', 'prompt']);
    expect(diff.locks.removed).toEqual(['profiles/pemkab-contoh/hashtags/required']);
    expect(diff.meta).toEqual(['updated']);
    expect(diff.unchanged).toBe(false);
    expect(diffPack(samplePack(), { ...samplePack(), updated: '2026-03-01' }).unchanged).toBe(true);
  });
});

describe('exportPack', () => {
  const source = { profiles: samplePack().profiles!, glossary: samplePack().glossary!, templates: samplePack().templates!, exercises: [], claims: [] };
  const meta = { id: 'humas-kec', name: 'Humas Kecamatan', publisher: { name: 'Kecamatan Contoh' }, updated: '2026-01-20' };

  it('exports only the selected items, in the source order, as a valid pack', () => {
    const result = exportPack(source, { glossary: ['walikota', 'pemkab'] }, meta, 'en');
    if (!result.ok) throw new Error('refused');
    expect(result.pack.glossary!.map((g) => g.id)).toEqual(['pemkab', 'walikota']);
    expect(result.pack.profiles).toBeUndefined();
    expect(parsePack(result.text, 'en')).toEqual({ ok: true, pack: result.pack });
  });

  it('refuses to write a file that would not import, naming the field', () => {
    const result = exportPack(source, { locked: ['nothing/here'] }, meta, 'id');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('locked[0]');
  });
});
