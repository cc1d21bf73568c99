/**
 * Judges one attempt with the same engine the panel uses: the problems planted in an exercise are
 * the errors and warnings the engine finds in its starting caption; at the end each is fixed (gone),
 * ignored (still there, hidden in the panel) or left, and anything new is "introduced".
 */
import type { Category, Finding, Severity } from '../checks/types';
import type { Exercise } from '../presets/types';
import { score, type ScoreBreakdown } from './score';

/** `auto`: gone, but through "fix all safe" (allowed by a class pack), not a fix the trainee chose. */
export type ProblemStatus = 'fixed' | 'auto' | 'ignored' | 'left' | 'introduced';

/** A finding that "fix all safe" replaced: its rule and the words it covered. */
export interface AutoFix {
  ruleId: string;
  excerpt: string;
}

export interface ProblemOutcome {
  ruleId: string;
  category: Category;
  severity: Severity;
  excerpt: string;
  message: string;
  explanation?: string;
  reference?: string;
  status: ProblemStatus;
}

export interface AttemptInput {
  exercise: Exercise;
  /** Findings on the exercise's starting caption. */
  start: readonly Finding[];
  /** The caption at the end and the findings on it. */
  endText: string;
  end: readonly Finding[];
  /** What the panel still showed at the end (findings the trainee ignored are missing here). */
  visibleEnd?: readonly Finding[];
  templateUsed: boolean;
  hintsUsed: number;
  seconds: number;
  /** What "fix all safe" replaced during the attempt (counts nothing towards the score). */
  autoFixed?: readonly AutoFix[];
}

export interface AttemptResult {
  problems: ProblemOutcome[];
  total: number;
  /** Planted problems the trainee fixed themselves (a fix they picked in the panel, or by typing). */
  fixed: number;
  /** Planted problems "fix all safe" fixed. */
  autoFixed: number;
  /** The trainee emptied the caption: nothing counts as fixed, the goal is not met. */
  emptied: boolean;
  /** Planted problems the trainee acted on: fixed, or deliberately ignored in the panel. */
  found: number;
  introduced: number;
  goalMet: boolean;
  score: ScoreBreakdown;
}

/** Errors and warnings: info findings are suggestions, not planted problems. */
export function serious(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

function outcome(f: Finding, text: string, status: ProblemStatus): ProblemOutcome {
  const result: ProblemOutcome = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    excerpt: text.slice(f.start, f.end),
    message: f.message,
    status,
  };
  if (f.explanation !== undefined) result.explanation = f.explanation;
  if (f.reference !== undefined) result.reference = f.reference;
  return result;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);
}

/** Same rule over overlapping wording: a caption-length overflow that shrank but is still there. */
function overlaps(a: string, b: string): boolean {
  if (a === '' && b === '') return true;
  const mine = words(a);
  for (const word of words(b)) if (mine.has(word)) return true;
  return false;
}

/**
 * Pairs each planted finding with one still present at the end: same rule and same words first
 * (offsets move as the trainee edits), then same rule over overlapping words (ranges that change,
 * like the part of a caption over the limit). A new misspelling is never taken for an old one.
 */
function pair(planted: Finding[], startText: string, end: Finding[], endText: string): Array<Finding | null> {
  const used = new Set<number>();
  const match: Array<Finding | null> = planted.map(() => null);
  const take = (i: number, same: (e: Finding) => boolean) => {
    const j = end.findIndex((e, k) => !used.has(k) && same(e));
    if (j < 0) return;
    used.add(j);
    match[i] = end[j] ?? null;
  };
  planted.forEach((p, i) => {
    const words = startText.slice(p.start, p.end);
    take(i, (e) => e.ruleId === p.ruleId && endText.slice(e.start, e.end) === words);
  });
  planted.forEach((p, i) => {
    const words = startText.slice(p.start, p.end);
    if (match[i] === null) take(i, (e) => e.ruleId === p.ruleId && overlaps(words, endText.slice(e.start, e.end)));
  });
  return match;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}

export function evaluateAttempt(input: AttemptInput): AttemptResult {
  const { exercise, endText } = input;
  const planted = serious(input.start);
  const end = serious(input.end);
  const match = pair(planted, exercise.caption, end, endText);
  const visible = input.visibleEnd;

  const emptied = endText.trim() === '';
  const auto = [...(input.autoFixed ?? [])];
  const takeAuto = (p: Finding): boolean => {
    const words = exercise.caption.slice(p.start, p.end);
    const at = auto.findIndex((a) => a.ruleId === p.ruleId && a.excerpt === words);
    if (at < 0) return false;
    auto.splice(at, 1);
    return true;
  };
  const problems: ProblemOutcome[] = planted.map((p, i) => {
    const still = match[i];
    // Deleting the whole caption removes every problem and the message with it: not a fix.
    if (emptied) return outcome(p, exercise.caption, 'left');
    if (!still) return outcome(p, exercise.caption, takeAuto(p) ? 'auto' : 'fixed');
    const hidden = visible !== undefined && !visible.some((v) => sameFinding(v, still));
    return outcome(p, exercise.caption, hidden ? 'ignored' : 'left');
  });
  const matched = new Set(match.filter((m): m is Finding => m !== null));
  const introduced = end.filter((e) => !matched.has(e)).map((e) => outcome(e, endText, 'introduced'));

  const fixed = problems.filter((p) => p.status === 'fixed').length;
  const autoFixed = problems.filter((p) => p.status === 'auto').length;
  const found = problems.filter((p) => p.status === 'fixed' || p.status === 'ignored').length;
  const clean = end.length === 0 && !emptied;
  const isTemplate = exercise.goal.kind === 'use-template';
  const goalMet = isTemplate ? input.templateUsed && clean : clean;
  const progress = isTemplate ? (input.templateUsed ? 1 : 0) : planted.length === 0 ? 1 : fixed / planted.length;

  return {
    problems: [...problems, ...introduced],
    total: planted.length,
    fixed,
    autoFixed,
    emptied,
    found,
    introduced: introduced.length,
    goalMet,
    score: score({
      level: exercise.level,
      progress,
      goalMet,
      introduced: introduced.length,
      hintsUsed: input.hintsUsed,
      seconds: input.seconds,
    }),
  };
}
