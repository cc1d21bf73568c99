/**
 * Table tests for rules, in the textlint style: `valid` texts must produce nothing, `invalid` texts
 * exactly the findings listed. Every finding is also checked for a message in both languages.
 */
import { describe, expect, it } from 'vitest';
import { makeContext, type ContextInput } from './defaults';
import { runRules } from './engine';
import type { Rule } from './rule';
import type { Finding, FindingLink, Profile, Severity } from './types';

export interface Expected {
  /** The text the finding covers. */
  match: string;
  /** Defaults to the first occurrence of `match`. */
  start?: number;
  severity: Severity;
  suggestions?: string[];
  safe?: true;
  links?: FindingLink[];
}

export interface ValidCase {
  text: string;
  ctx?: ContextInput;
  name?: string;
}

export interface InvalidCase extends ValidCase {
  findings: Expected[];
}

export function runRule(rule: Rule, text: string, ctx: ContextInput = {}): Finding[] {
  return runRules([rule], text, makeContext(ctx));
}

function project(text: string, f: Finding): Expected & { start: number } {
  const p: Expected & { start: number } = { match: text.slice(f.start, f.end), start: f.start, severity: f.severity };
  if (f.suggestions !== undefined) p.suggestions = f.suggestions;
  if (f.safe === true) p.safe = true;
  return p;
}

function expected(text: string, e: Expected): Expected & { start: number } {
  const p: Expected & { start: number } = { match: e.match, start: e.start ?? text.indexOf(e.match), severity: e.severity };
  if (e.suggestions !== undefined) p.suggestions = e.suggestions;
  if (e.safe === true) p.safe = true;
  return p;
}

function label(c: ValidCase): string {
  return c.name ?? JSON.stringify(c.text.length > 70 ? `${c.text.slice(0, 70)}…` : c.text);
}

export function ruleTable(rule: Rule, table: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`stays quiet on ${label(c)}`, () => {
        expect(runRule(rule, c.text, c.ctx)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`flags ${label(c)}`, () => {
        const found = runRule(rule, c.text, c.ctx);
        expect(found.map((f) => project(c.text, f))).toEqual(c.findings.map((e) => expected(c.text, e)));
        for (const e of c.findings) if (e.links !== undefined) expect(found.some((f) => f.links !== undefined)).toBe(true);
        const english = runRule(rule, c.text, { ...c.ctx, lang: 'en' });
        for (const [i, f] of found.entries()) {
          expect(f.message.length).toBeGreaterThan(10);
          expect(f.explanation?.length ?? 0).toBeGreaterThan(10);
          expect(english[i]?.message.length ?? 0).toBeGreaterThan(10);
        }
      });
    }
  });
}

/** A profile with everything empty, for tests that set only what they need. */
export function testProfile(partial: Partial<Profile> = {}): Profile {
  return {
    id: 'test',
    officialName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
    shortNames: [],
    handles: {},
    hashtags: { required: [], recommended: [], forbidden: [] },
    contacts: [],
    timeZone: 'WIB',
    allowedWords: [],
    ...partial,
  };
}
