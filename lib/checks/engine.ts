/** Runs rules over a caption and turns their drafts into localized, sorted Findings. */
import { msg, type Draft, type Rule, type RuleInput } from './rule';
import { createScan, type Scan } from './scan/scan';
import type { CheckContext, Finding, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const allowedCache = new WeakMap<readonly string[], ReadonlySet<string>>();
const EMPTY: readonly string[] = [];

function lowerSet(words: readonly string[]): ReadonlySet<string> {
  let set = allowedCache.get(words);
  if (set === undefined) {
    set = new Set(words.map((w) => w.toLowerCase()));
    allowedCache.set(words, set);
  }
  return set;
}

function allowedWords(ctx: CheckContext): ReadonlySet<string> {
  const fromProfile = lowerSet(ctx.profile?.allowedWords ?? EMPTY);
  const extra = ctx.allowedWords;
  if (extra === undefined || extra.length === 0) return fromProfile;
  return new Set([...fromProfile, ...lowerSet(extra)]);
}

function toFinding(rule: Rule, draft: Draft, input: RuleInput): Finding {
  const lang = input.ctx.lang;
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: input.setting?.severity ?? draft.severity ?? rule.severity,
    start: draft.start,
    end: draft.end,
    message: draft.message[lang],
  };
  if (draft.explanation !== undefined) finding.explanation = draft.explanation[lang];
  if (draft.reference !== undefined) finding.reference = draft.reference;
  if (draft.suggestions !== undefined) finding.suggestions = draft.suggestions;
  if (draft.safe === true) finding.safe = true;
  if (draft.links !== undefined) finding.links = draft.links;
  if (draft.evidence !== undefined) finding.evidence = draft.evidence;
  return finding;
}

function inputFor(text: string, ctx: CheckContext, scan: Scan, allowed: ReadonlySet<string>, rule: Rule): RuleInput {
  return {
    text,
    ctx,
    scan,
    limits: ctx.settings.limits[ctx.platform],
    setting: ctx.settings.rules[rule.id],
    allowed,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * A caption with thousands of hits of one rule is pasted junk; the panel cannot show more and the
 * admin fixes the first ones first. Capping keeps such input inside the keystroke budget.
 */
export const MAX_FINDINGS_PER_RULE = 300;

/** What a rule that threw leaves: one `info` at the start of the caption, naming the rule. */
function failedFinding(rule: Rule, ctx: CheckContext): Finding {
  const message = msg(
    `Pemeriksaan "${rule.id}" gagal dan dilewati; pemeriksaan lain tetap berjalan.`,
    `Check "${rule.id}" failed and was skipped; the other checks ran.`,
  )[ctx.lang];
  return { ruleId: rule.id, category: rule.category, severity: 'info', start: 0, end: 0, message };
}

/** Runs the given rules (all of them in production; one in a rule's table test). */
export function runRules(rules: readonly Rule[], caption: string, ctx: CheckContext): Finding[] {
  const scan = createScan(caption);
  const allowed = allowedWords(ctx);
  const findings: Finding[] = [];
  const reply = ctx.surface === 'reply';
  for (const rule of rules) {
    if (reply && rule.postOnly) continue;
    const input = inputFor(caption, ctx, scan, allowed, rule);
    if (input.setting?.enabled === false) continue;
    try {
      const drafts = rule.run(input);
      const kept = drafts.length > MAX_FINDINGS_PER_RULE ? drafts.sort((a, b) => a.start - b.start).slice(0, MAX_FINDINGS_PER_RULE) : drafts;
      const mine = kept.map((draft) => toFinding(rule, draft, input));
      for (const finding of mine) findings.push(finding);
    } catch {
      // One broken rule (or a preset that trips it) must not take the other checks down.
      findings.push(failedFinding(rule, ctx));
    }
  }
  return findings.sort(compareFindings);
}
