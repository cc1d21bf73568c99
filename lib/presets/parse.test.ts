import { describe, expect, it } from 'vitest';
import { HOSTILE_PACKS } from './fixtures/hostile-packs';
import { namesField } from './fixtures/names-field';
import { samplePack, withAt } from './fixtures/sample-pack';
import { formatPack } from './format';
import { jsonDepth, parsePack } from './parse';

describe('parsePack', () => {
  it('accepts the sample pack from text and from data', () => {
    const text = JSON.stringify(samplePack());
    expect(parsePack(text, 'en')).toMatchObject({ ok: true, pack: { id: 'diskominfo-contoh' } });
    expect(parsePack(samplePack(), 'en').ok).toBe(true);
  });

  it('accepts a file saved with a byte-order mark by Windows Notepad', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(samplePack())}`, 'id').ok).toBe(true);
  });

  it.each(HOSTILE_PACKS.map((c) => [c.name, c] as const))('refuses %s, naming the field in id and en', (_name, hostile) => {
    const input = hostile.make();
    const en = parsePack(input, 'en');
    const id = parsePack(input, 'id');
    if (en.ok || id.ok) throw new Error('accepted a bad pack');
    expect(namesField(en.errors, hostile.path), JSON.stringify(en.errors).slice(0, 500)).toBe(true);
    const first = en.errors.find((e) => namesField([e], hostile.path))!;
    if (hostile.path) expect(first.message.startsWith(`${first.path}: `)).toBe(true);
    if (hostile.says) expect(en.errors.map((e) => e.message).join('\n')).toMatch(hostile.says);
    // The Indonesian message is a translation, not the English one again.
    expect(id.errors[0]!.message).not.toBe(en.errors[0]!.message);
    expect(en.errors.every((e) => e.message.length < 600)).toBe(true);
  });

  it('has at least 40 hostile files in the table', () => {
    expect(HOSTILE_PACKS.length).toBeGreaterThanOrEqual(40);
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text = JSON.stringify(samplePack()).replace('{', '{"__proto__":{"polluted":true},');
    parsePack(text, 'en');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps HTML and script in every free-text field as the same plain characters', () => {
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    let pack: unknown = samplePack();
    let fields = 0;
    // Try the payload in every string; keep it wherever the pack stays valid (free text).
    for (const path of stringPaths(pack)) {
      const candidate = withAt(pack, path, `${String(valueAt(pack, path))} ${payload}`);
      if (parsePack(candidate, 'en').ok) {
        pack = candidate;
        fields++;
      }
    }
    expect(fields).toBeGreaterThanOrEqual(20);
    const parsed = parsePack(JSON.stringify(pack), 'en');
    if (!parsed.ok) throw new Error('payload pack refused');
    expect(parsed.pack).toEqual(pack);
    expect(parsed.pack.profiles![0]!.tagline).toBe(`Contoh Maju, Rakyat Sejahtera ${payload}`);
    const again = parsePack(formatPack(parsed.pack), 'en');
    expect(again).toEqual(parsed);
  });

  it('reports several problems at once, capped so a wrong file does not list thousands', () => {
    const pack = samplePack();
    pack.glossary = Array.from({ length: 500 }, (_, i) => ({ id: `g${i}`, preferred: 'x', variants: [] }));
    const result = parsePack(pack, 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBe(50);
  });

  it('reports the template language error the template editor would show', () => {
    const result = parsePack(withAt(samplePack(), 'templates.0.body', 'Halo {nama_kegiatan}'), 'id');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('templates[0].body');
  });
});

function stringPaths(data: unknown, prefix = ''): string[] {
  if (typeof data === 'string') return [prefix];
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) => stringPaths(value, prefix ? `${prefix}.${key}` : key));
}

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], data);
}

describe('errors that help', () => {
  it('says where broken JSON breaks, in the UI language, with line and column', () => {
    const text = '{\n  "format": "saring-pack",\n  "version": 1\n  "id": "x"\n}';
    const id = parsePack(text, 'id');
    const en = parsePack(text, 'en');
    expect(id.ok || id.errors[0]?.message).toMatch(/^Berkas ini bukan JSON yang sah: ada kesalahan penulisan di baris 4, kolom 3 \(dekat "\\"id\\": \\"x\\""\)/);
    expect(en.ok || en.errors[0]?.message).toMatch(/line 4, column 3/);
    expect(en.ok || en.errors[0]?.message).not.toMatch(/Expected|position/);
  });

  it('says a cut-off file stops halfway', () => {
    const result = parsePack('{"format": "saring-pack", "version": 1', 'id');
    expect(result.ok || result.errors[0]?.message).toMatch(/berhenti di tengah jalan/);
  });

  it('lists a bad date together with the field errors, each once', () => {
    const pack = { ...samplePack(), updated: '2026-02-30', name: 42 } as unknown;
    const result = parsePack(JSON.stringify(pack), 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('name');
    expect(paths).toContain('updated');
    expect(new Set(result.errors.map((e) => `${e.path}|${e.message}`)).size).toBe(result.errors.length);
  });
});

describe('jsonDepth', () => {
  it('counts brackets outside strings only, whatever the strings escape', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[{{{"}')).toBe(1);
    expect(jsonDepth('{"a":"say \\"[[[\\" ok","b":[]}')).toBe(2);
    expect(jsonDepth('{"a":"ends in a backslash \\\\","b":[[1]]}')).toBe(3);
    expect(jsonDepth('[[[["unterminated [[[[')).toBe(4);
    expect(jsonDepth('['.repeat(300))).toBeGreaterThan(32);
  });
});
