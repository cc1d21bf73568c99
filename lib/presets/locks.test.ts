import { describe, expect, it } from 'vitest';
import { lockPathProblem, pathsOverlap } from './locks';

describe('lock paths', () => {
  it.each([
    'profiles',
    'profiles/pemkab',
    'profiles/pemkab/officialName',
    'profiles/*/hashtags/required',
    'profiles/pemkab/handles/instagram',
    'glossary/walikota',
    'glossary/*',
    'templates/imbauan-umum/body',
    'templates/imbauan-umum/variants/tiktok',
    'exercises/latihan-1',
    'ruleSettings',
    'ruleSettings/rules/spelling',
    'ruleSettings/rules/spelling/severity',
    'ruleSettings/limits/instagram',
    'ruleSettings/limits/*/hashtags',
    'ruleSettings/prompt/warnCategories',
  ])('accepts %s', (path) => {
    expect(lockPathProblem(path)).toBeNull();
  });

  it.each([
    ['settings/lang', '"settings"'],
    ['profiles/pemkab/password', '"password"'],
    ['profiles/pemkab/hashtags/all', '"all"'],
    ['profiles/pemkab/tagline/extra', '"extra"'],
    ['ruleSettings/limits/twitter', '"twitter"'],
    ['ruleSettings/limits/instagram/width', '"width"'],
    ['ruleSettings/rules/spelling/regex', '"regex"'],
    ['ruleSettings/colours', '"colours"'],
  ])('refuses %s, naming %s', (path, named) => {
    expect(lockPathProblem(path)).toBe(named);
  });

  it('overlaps a path with what is inside or around it, with * for any one segment', () => {
    expect(pathsOverlap('profiles/a', 'profiles/a/tagline')).toBe(true);
    expect(pathsOverlap('profiles/a/hashtags/required', 'profiles/a')).toBe(true);
    expect(pathsOverlap('profiles/*/tagline', 'profiles/b/tagline')).toBe(true);
    expect(pathsOverlap('profiles/a/tagline', 'profiles/a/footer')).toBe(false);
    expect(pathsOverlap('glossary/a', 'glossary/ab')).toBe(false);
  });
});
