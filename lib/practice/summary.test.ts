import { describe, expect, it } from 'vitest';
import type { ProgressAttempt } from './types';
import { classView, mergeSummaries } from './class-view';
import { buildSummary, formatSummary, parseSummary, summaryFileName, SUMMARY_FORMAT } from './summary';

const NOW = Date.UTC(2025, 2, 19, 3, 0, 0);

function attempt(partial: Partial<ProgressAttempt>): ProgressAttempt {
  return {
    id: 'a1', at: NOW, exerciseId: 'latihan-ejaan-imbauan', platform: 'instagram',
    score: 80, found: 3, fixed: 3, total: 3, hintsUsed: 0, seconds: 42, ...partial,
  };
}

describe('progress summary file', () => {
  it('round-trips: format, then parse, gives the same summary', () => {
    const summary = buildSummary('  Siti Aminah ', [attempt({}), attempt({ id: 'a2', score: 55, hintsUsed: 2 })], NOW);
    expect(summary.format).toBe(SUMMARY_FORMAT);
    expect(summary.trainee).toBe('Siti Aminah');
    const parsed = parseSummary(formatSummary(summary));
    expect(parsed).toEqual({ ok: true, summary });
    expect(summaryFileName(summary)).toBe('saring-latihan-siti-aminah-2025-03-19.json');
  });

  it.each([
    ['not JSON', '{oops', 'not-json'],
    ['a pack', JSON.stringify({ format: 'saring-pack', version: 1 }), 'wrong-format'],
    ['a newer version', JSON.stringify({ format: SUMMARY_FORMAT, version: 9 }), 'newer-version'],
    ['no trainee', JSON.stringify({ format: SUMMARY_FORMAT, version: 1, trainee: ' ', exportedAt: '2025-03-19T03:00:00.000Z', attempts: [] }), 'invalid'],
    ['a score over 100', formatSummary(buildSummary('A', [attempt({ score: 140 })], NOW)), 'invalid'],
    ['an extra field', JSON.stringify({ ...buildSummary('A', [], NOW), extra: true }), 'invalid'],
  ])('refuses %s', (_name, text, code) => {
    const parsed = parseSummary(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it('names the field that is wrong', () => {
    const parsed = parseSummary(formatSummary(buildSummary('A', [attempt({ score: 140 })], NOW)));
    expect(parsed).toEqual({ ok: false, problem: { code: 'invalid', path: 'attempts.0.score' } });
  });
});

describe('class view', () => {
  const siti = buildSummary('Siti', [attempt({ score: 60 }), attempt({ id: 'a2', score: 90 }), attempt({ id: 'a3', exerciseId: 'latihan-tagar-tiktok', score: 40, fixed: 1 })], NOW);
  const budi = buildSummary('Budi', [attempt({ score: 70, hintsUsed: 1 })], NOW);

  it('shows each trainee with the mean of their best scores', () => {
    const view = classView([siti, budi]);
    expect(view.trainees).toEqual([
      { trainee: 'Budi', attempts: 1, exercises: 1, averageBest: 70, hintsUsed: 1 },
      { trainee: 'Siti', attempts: 3, exercises: 2, averageBest: 65, hintsUsed: 0 },
    ]);
  });

  it('shows each exercise with how many trainees completed it', () => {
    const view = classView([siti, budi]);
    expect(view.exercises).toEqual([
      { exerciseId: 'latihan-ejaan-imbauan', trainees: 2, attempts: 3, averageBest: 80, completed: 2 },
      { exerciseId: 'latihan-tagar-tiktok', trainees: 1, attempts: 1, averageBest: 40, completed: 0 },
    ]);
  });

  it('replaces an earlier summary of the same trainee instead of counting it twice', () => {
    const newer = buildSummary('SITI', [attempt({ score: 100 })], NOW + 1000);
    const merged = mergeSummaries([siti, budi], [newer]);
    expect(merged.map((s) => s.trainee).sort()).toEqual(['Budi', 'SITI']);
  });
});
