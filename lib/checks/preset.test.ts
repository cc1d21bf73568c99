import { describe, expect, it } from 'vitest';
import { contextFromPack } from './preset';

describe('contextFromPack (the CLI reading a preset pack)', () => {
  it('takes the first profile, the glossary and the rule settings, filling profile gaps', () => {
    const out = contextFromPack({
      profiles: [{ id: 'p', officialName: 'Pemkab X', handles: { instagram: 'x', myspace: 'y' }, hashtags: { required: ['A'] } }, { officialName: 'second' }],
      glossary: [{ preferred: 'B', variants: ['b1', 7], caseSensitive: true }],
      ruleSettings: { rules: { spelling: { enabled: false, severity: 'fatal', phrases: ['a', 1] } }, limits: { instagram: { hashtags: null, captionLength: '2200' } } },
    });
    expect(out.profile).toMatchObject({ id: 'p', officialName: 'Pemkab X', handles: { instagram: 'x' }, shortNames: [], contacts: [], allowedWords: [] });
    expect(out.profile?.hashtags).toEqual({ required: ['A'], recommended: [], forbidden: [] });
    expect(out.glossary).toEqual([{ id: 'g0', preferred: 'B', variants: ['b1'], caseSensitive: true }]);
    expect(out.settings).toEqual({ rules: { spelling: { enabled: false, phrases: ['a'] } }, limits: { instagram: { hashtags: null } } });
  });

  it('drops what it cannot use instead of failing', () => {
    expect(contextFromPack({ profiles: 'none', glossary: {}, ruleSettings: 3 })).toEqual({ glossary: [] });
    expect(contextFromPack({ profiles: [{ name: 'no officialName' }] }).profile).toBeUndefined();
  });

  it('rejects a document that is not an object', () => {
    expect(() => contextFromPack([])).toThrow(/not a JSON object/);
    expect(() => contextFromPack(null)).toThrow(/not a JSON object/);
  });
});
