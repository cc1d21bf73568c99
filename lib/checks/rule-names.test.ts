import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import { RULE_NAMES, ruleName } from './rule-names';

describe('rule names', () => {
  it('every registered rule has a name in both languages, none of them its id', () => {
    for (const rule of RULES) {
      expect(RULE_NAMES[rule.id], rule.id).toBeDefined();
      for (const lang of ['id', 'en'] as const) {
        expect(ruleName(rule.id, lang)).not.toBe(rule.id);
        expect(ruleName(rule.id, lang)).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
      }
    }
    expect(Object.keys(RULE_NAMES).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(RULES.map((r) => ruleName(r.id, 'id'))).size).toBe(RULES.length);
  });
});
