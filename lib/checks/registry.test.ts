import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RULE, runRules } from './engine';
import { RULES, applySafeFixes, check, makeContext } from './index';
import { RULE_DESCRIPTIONS, ruleDescription } from './rule-descriptions';
import { CATEGORIES } from './types';

describe('rule registry', () => {
  it('has unique ids, known categories and descriptions in both languages', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(CATEGORIES).toContain(rule.category);
      expect(ruleDescription(rule.id).id.length, rule.id).toBeGreaterThan(20);
      expect(ruleDescription(rule.id).en.length, rule.id).toBeGreaterThan(20);
    }
  });

  it('describes only rules that exist (a renamed rule leaves no orphan description)', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(RULE_DESCRIPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('covers every category of the Finding contract', () => {
    expect(new Set(RULES.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it('gives every rule a table test beside it that names the rule', () => {
    const dir = join(import.meta.dirname, 'rules');
    for (const rule of RULES) {
      const file = join(dir, `${rule.id}.test.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain('ruleTable(');
    }
  });
});

describe('check', () => {
  const caption =
    'PENTING!!! Ijin keramaian kini bisa diurus online. Hubungi 081234567890.\nNIK 3404121205950001 #Sleman #sleman';

  it('sorts findings by position, then severity', () => {
    const findings = check(caption, makeContext());
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['hoax-signs', 'spelling', 'personal-phone', 'personal-nik', 'hashtag-duplicate']),
    );
  });

  it('speaks English when asked', () => {
    const [id] = check('ijin', makeContext());
    const [en] = check('ijin', makeContext({ lang: 'en' }));
    expect(id?.message).toContain('Ejaan baku');
    expect(en?.message).toContain('Standard spelling');
  });

  it('applies all safe fixes in one go', () => {
    const text = 'Silahkan urus ijin di kantor. #Sleman #SLEMAN';
    expect(applySafeFixes(text, check(text, makeContext()))).toBe('Silakan urus izin di kantor. #Sleman');
  });

  it('lets the preset turn a rule off or change its severity', () => {
    const off = makeContext({ settings: { rules: { spelling: { enabled: false } } } });
    expect(check('ijin', off)).toEqual([]);
    const err = makeContext({ settings: { rules: { spelling: { severity: 'error' } } } });
    expect(check('ijin', err)[0]?.severity).toBe('error');
  });
});

describe('pasted junk', () => {
  it('reports at most MAX_FINDINGS_PER_RULE findings per rule, the first ones in the text', () => {
    const text = 'ijin '.repeat(1000);
    const findings = check(text, makeContext());
    const spelling = findings.filter((f) => f.ruleId === 'spelling');
    expect(spelling.length).toBe(MAX_FINDINGS_PER_RULE);
    expect(spelling[0]?.start).toBe(0);
    expect(spelling.at(-1)?.start).toBe((MAX_FINDINGS_PER_RULE - 1) * 5);
  });
});

describe('takesPhrases', () => {
  it('is declared by exactly the rules whose findings preset phrases change', () => {
    const text = 'Umat zzqx hari ini.';
    for (const rule of RULES) {
      const plain = runRules([rule], text, makeContext()).length;
      const withPhrase = runRules([rule], text, makeContext({ settings: { rules: { [rule.id]: { phrases: ['zzqx'] } } } })).length;
      expect({ id: rule.id, changes: withPhrase > plain }).toEqual({ id: rule.id, changes: rule.takesPhrases === true });
    }
  });
});
