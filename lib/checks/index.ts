/**
 * The check engine: `check(caption, ctx)` runs every rule and returns findings sorted by position,
 * then severity. Pure: no DOM, no browser APIs; the panel, the CLI and the tests share it.
 */
import { runRules } from './engine';
import { RULES } from './rules';
import type { CheckContext, Finding } from './types';

export { RULES } from './rules';
export { DEFAULT_LIMITS, DEFAULT_SETTINGS, makeContext, makeSettings } from './defaults';
export type { ContextInput, PartialSettings } from './defaults';
export type { Rule, Msg } from './rule';
export * from './types';

export function check(caption: string, ctx: CheckContext): Finding[] {
  return runRules(RULES, caption, ctx);
}

/** Applies one suggestion: the same code path for every rule's fix. */
export function applySuggestion(caption: string, finding: Finding, index = 0): string {
  const replacement = finding.suggestions?.[index];
  if (replacement === undefined) return caption;
  return caption.slice(0, finding.start) + replacement + caption.slice(finding.end);
}

/**
 * Applies every safe fix, last first so earlier offsets stay valid; overlapping fixes after the
 * first are skipped (the next check will report them again if still needed).
 */
export function applySafeFixes(caption: string, findings: readonly Finding[]): string {
  const safe = findings.filter((f) => f.safe === true && f.suggestions?.[0] !== undefined).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = caption;
  let limit = Infinity;
  for (const f of safe) {
    if (f.end > limit) continue;
    out = applySuggestion(out, f);
    limit = f.start;
  }
  return out;
}
