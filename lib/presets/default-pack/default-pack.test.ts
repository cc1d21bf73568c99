import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_REPLY_TEMPLATES, BUILTIN_TEMPLATES } from '../../templates/library';
import { DEFAULT_SETTINGS } from '../default-settings';
import { formatPack } from '../format';
import { mergePacks } from '../merge';
import { parsePack } from '../parse';
import { GENERATED_FILES } from './files';

const root = resolve(__dirname, '../../..');
const committed = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('the built-in default pack', () => {
  it.each(Object.keys(GENERATED_FILES))('%s is what `npm run gen:pack` writes', (path) => {
    expect(committed(path), 'out of date: run npm run gen:pack').toBe(GENERATED_FILES[path]!());
  });

  it('round-trips byte for byte: parse → format gives the committed file back', () => {
    const text = committed('public/packs/default.json');
    const parsed = parsePack(text, 'en');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    expect(formatPack(parsed.pack)).toBe(text);
  });

  it('gives a new install an example profile, the built-in templates and the default rule settings', () => {
    const parsed = parsePack(committed('public/packs/default.json'), 'id');
    if (!parsed.ok) throw new Error('default pack refused');
    const preset = mergePacks([parsed.pack], {}, '2026-01-20');
    expect(preset.profiles[0]).toMatchObject({ officialName: 'Pemerintah Kabupaten Contoh', handles: { instagram: 'pemkabcontoh' } });
    expect(preset.templates.map((t) => t.id)).toEqual([...BUILTIN_TEMPLATES, ...BUILTIN_REPLY_TEMPLATES].map((t) => t.id));
    expect(preset.templates.filter((t) => t.kind === 'reply').length).toBeGreaterThanOrEqual(12);
    expect(preset.ruleSettings).toEqual(DEFAULT_SETTINGS);
    expect(preset.glossary.length).toBeGreaterThanOrEqual(5);
    expect(preset.locks).toEqual([]);
  });
});
