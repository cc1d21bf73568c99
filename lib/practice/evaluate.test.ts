import { describe, expect, it } from 'vitest';
import { check } from '../checks';
import { BUILTIN_EXERCISES } from './exercises';
import { EXERCISE_ANSWERS } from './answers';
import { practiceContext } from './context';
import { evaluateAttempt } from './evaluate';
import { score } from './score';

const spelling = BUILTIN_EXERCISES.find((e) => e.id === 'latihan-ejaan-imbauan')!;
const ctx = practiceContext('instagram');

function attempt(endText: string, extra: { hintsUsed?: number; seconds?: number; visibleEnd?: boolean } = {}) {
  const end = check(endText, ctx);
  return evaluateAttempt({
    exercise: spelling,
    start: check(spelling.caption, ctx),
    endText,
    end,
    visibleEnd: extra.visibleEnd === false ? [] : end,
    templateUsed: false,
    hintsUsed: extra.hintsUsed ?? 0,
    seconds: extra.seconds ?? 60,
  });
}

describe('score formula', () => {
  it('gives 100 for everything fixed, nothing new, no hints, in time', () => {
    expect(score({ level: 'mudah', progress: 1, goalMet: true, introduced: 0, hintsUsed: 0, seconds: 10 })).toEqual({
      progress: 60, goal: 25, clean: 15, hints: 0, time: 0, total: 100,
    });
  });

  it('takes 5 per hint up to 15, and 1 per 30 s over par up to 10', () => {
    const s = score({ level: 'mudah', progress: 1, goalMet: true, introduced: 0, hintsUsed: 9, seconds: 180 + 95 });
    expect(s.hints).toBe(15);
    expect(s.time).toBe(3);
    expect(s.total).toBe(82);
    expect(score({ level: 'sulit', progress: 1, goalMet: true, introduced: 0, hintsUsed: 0, seconds: 99_999 }).time).toBe(10);
  });

  it('gives nothing for cleanliness when nothing was fixed, and never goes below 0', () => {
    expect(score({ level: 'sedang', progress: 0, goalMet: false, introduced: 0, hintsUsed: 3, seconds: 9_999 }).total).toBe(0);
  });

  it('takes 5 per new problem from the clean part only', () => {
    expect(score({ level: 'mudah', progress: 1, goalMet: false, introduced: 2, hintsUsed: 0, seconds: 0 }).clean).toBe(5);
    expect(score({ level: 'mudah', progress: 1, goalMet: false, introduced: 9, hintsUsed: 0, seconds: 0 }).clean).toBe(0);
  });
});

describe('evaluating an attempt', () => {
  it('counts the planted problems fixed by the model answer, with a full score', () => {
    const result = attempt(EXERCISE_ANSWERS[spelling.id]!.solution!);
    expect(result.total).toBe(3);
    expect(result.fixed).toBe(3);
    expect(result.goalMet).toBe(true);
    expect(result.score.total).toBe(100);
    expect(result.problems.map((p) => p.status)).toEqual(['fixed', 'fixed', 'fixed']);
    for (const p of result.problems) {
      // Every planted problem here is a spelling one: its explanation names the standard form and KBBI.
      expect(p.message).toMatch(/^(Ejaan baku|Standard spelling): "[^"]+"/);
      expect(p.explanation).toMatch(/KBBI/);
      expect(p.reference).toBe('EYD V / KBBI');
    }
  });

  it('tells fixed from left when only one word was corrected, even though offsets moved', () => {
    const result = attempt(spelling.caption.replace('Himbauan', 'Imbauan'));
    expect(result.fixed).toBe(1);
    const byWord = Object.fromEntries(result.problems.map((p) => [p.excerpt, p.status]));
    expect(byWord).toEqual({ Himbauan: 'fixed', Silahkan: 'left', antri: 'left' });
    expect(result.goalMet).toBe(false);
    expect(result.score.total).toBe(20 + 15);
  });

  it('reports problems the trainee introduced', () => {
    const fixed = EXERCISE_ANSWERS[spelling.id]!.solution!;
    const result = attempt(`${fixed}\nKatanya nasehat ini sangat berguna, VIRALKAN!!!`);
    expect(result.fixed).toBe(3);
    expect(result.introduced).toBeGreaterThan(0);
    expect(result.problems.filter((p) => p.status === 'introduced').map((p) => p.category)).toContain('spelling');
    expect(result.goalMet).toBe(false);
  });

  it('counts a finding hidden with "ignore" as found, not fixed', () => {
    const result = attempt(spelling.caption, { visibleEnd: false });
    expect(result.fixed).toBe(0);
    expect(result.found).toBe(3);
    expect(result.problems.every((p) => p.status === 'ignored')).toBe(true);
  });

  it('counts a caption that is shorter but still too long as not fixed yet', () => {
    const release = BUILTIN_EXERCISES.find((e) => e.id === 'latihan-panjang-rilis')!;
    const context = practiceContext('instagram');
    const shorter = release.caption.replace(/\n\nMasyarakat yang ingin[^\n]*/, '');
    const result = evaluateAttempt({
      exercise: release,
      start: check(release.caption, context),
      endText: shorter,
      end: check(shorter, context),
      templateUsed: false,
      hintsUsed: 0,
      seconds: 60,
    });
    expect(shorter.length).toBeGreaterThan(2200);
    expect(result.problems.map((p) => p.status)).toEqual(['left']);
    expect(result.introduced).toBe(0);
  });

  it('judges a template exercise by the template used and a clean caption', () => {
    const exercise = BUILTIN_EXERCISES.find((e) => e.goal.kind === 'use-template')!;
    const context = practiceContext(exercise.platform);
    const base = {
      exercise,
      start: check(exercise.caption, context),
      endText: 'Teks bebas #SukamajuMaju',
      end: check('Teks bebas #SukamajuMaju', context),
      hintsUsed: 0,
      seconds: 30,
    };
    expect(evaluateAttempt({ ...base, templateUsed: false }).score.total).toBe(0);
    const used = evaluateAttempt({ ...base, templateUsed: true });
    expect(used.goalMet).toBe(true);
    expect(used.score.total).toBe(100);
  });
});

/** What the panel's "fix all safe" does: every safe fix, right to left, and what it replaced. */
function fixAllSafe(text: string, context = ctx) {
  const fixes = check(text, context)
    .filter((f) => f.safe && f.suggestions?.[0] !== undefined)
    .sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  const autoFixed = [];
  for (const f of fixes) {
    if (f.end > lastStart) continue;
    autoFixed.push({ ruleId: f.ruleId, excerpt: out.slice(f.start, f.end) });
    out = out.slice(0, f.start) + f.suggestions![0]! + out.slice(f.end);
    lastStart = f.start;
  }
  return { text: out, autoFixed };
}

describe('one click does not solve an exercise', () => {
  it('"fix all safe" clears the spelling exercise, yet scores only the goal: the fixes were not chosen', () => {
    const { text, autoFixed } = fixAllSafe(spelling.caption);
    expect(check(text, ctx).filter((f) => f.severity !== 'info')).toEqual([]);
    const end = check(text, ctx);
    const result = evaluateAttempt({ exercise: spelling, start: check(spelling.caption, ctx), endText: text, end, visibleEnd: end, templateUsed: false, hintsUsed: 0, seconds: 20, autoFixed });
    expect(result.problems.map((p) => p.status)).toEqual(['auto', 'auto', 'auto']);
    expect(result.fixed).toBe(0);
    expect(result.autoFixed).toBe(3);
    expect(result.score.progress).toBe(0);
    expect(result.score.total).toBe(25);
  });

  it('counts the fixes the trainee picked and leaves the auto ones out', () => {
    const first = spelling.caption.replace('Himbauan', 'Imbauan');
    const { text, autoFixed } = fixAllSafe(first);
    const end = check(text, ctx);
    const result = evaluateAttempt({ exercise: spelling, start: check(spelling.caption, ctx), endText: text, end, visibleEnd: end, templateUsed: false, hintsUsed: 0, seconds: 20, autoFixed });
    expect(Object.fromEntries(result.problems.map((p) => [p.excerpt, p.status]))).toEqual({ Himbauan: 'fixed', Silahkan: 'auto', antri: 'auto' });
    expect(result.score.total).toBe(20 + 25 + 15);
  });

  it('an emptied caption fixes nothing and does not meet the goal', () => {
    const result = attempt('   ');
    expect(result.emptied).toBe(true);
    expect(result.fixed).toBe(0);
    expect(result.goalMet).toBe(false);
    expect(result.problems.filter((p) => p.status !== 'introduced').map((p) => p.status)).toEqual(['left', 'left', 'left']);
    expect(result.score.total).toBe(0);
  });
});
