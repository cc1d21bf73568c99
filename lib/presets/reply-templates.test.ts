import { describe, expect, it } from 'vitest';
import { samplePack } from './fixtures/sample-pack';
import { packJsonSchemaText } from './json-schema';
import { parsePack } from './parse';

const replyTemplate = {
  id: 'balasan-uji',
  kind: 'reply',
  title: { id: 'Balasan uji' },
  category: 'balasan-aduan',
  purpose: 'informatif',
  fields: [],
  body: 'Terima kasih, aduan Anda sudah kami terima.',
};

function packWith(template: Record<string, unknown>, limits?: Record<string, unknown>): Record<string, unknown> {
  const pack = samplePack() as unknown as Record<string, unknown>;
  return { ...pack, templates: [template], ...(limits ? { ruleSettings: { limits } } : {}) };
}

describe('reply templates and comment limits in packs', () => {
  it('accept kind "reply" and a replyLength per platform', () => {
    const parsed = parsePack(packWith(replyTemplate, { tiktok: { replyLength: 300 } }), 'en');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.pack.templates?.[0]?.kind).toBe('reply');
    expect(parsed.pack.ruleSettings?.limits?.tiktok?.replyLength).toBe(300);
  });

  it('refuse an unknown kind and a zero replyLength, naming the field', () => {
    const kind = parsePack(packWith({ ...replyTemplate, kind: 'comment' }), 'en');
    expect(kind.ok).toBe(false);
    if (!kind.ok) expect(kind.errors.map((e) => e.path).join(' ')).toContain('templates[0].kind');
    const zero = parsePack(packWith(replyTemplate, { facebook: { replyLength: 0 } }), 'en');
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.errors.map((e) => e.path).join(' ')).toContain('replyLength');
  });

  it('are in the published JSON Schema', () => {
    const schema = packJsonSchemaText();
    expect(schema).toContain('"replyLength"');
    expect(schema).toMatch(/"kind": \{[^}]*"enum": \[\s*"caption",\s*"reply"\s*\]/);
  });
});
