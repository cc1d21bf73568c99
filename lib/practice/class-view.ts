/** The trainer's view of a class: several trainees' summaries, per trainee and per exercise. */
import type { ProgressAttempt } from './types';
import type { ProgressSummary } from './summary';

export interface TraineeRow {
  trainee: string;
  attempts: number;
  /** Distinct exercises tried. */
  exercises: number;
  /** Mean of each exercise's best score. */
  averageBest: number;
  hintsUsed: number;
}

export interface ExerciseRow {
  exerciseId: string;
  trainees: number;
  attempts: number;
  averageBest: number;
  /** Trainees whose best attempt fixed every planted problem. */
  completed: number;
}

export interface ClassView {
  trainees: TraineeRow[];
  exercises: ExerciseRow[];
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

function bestByExercise(attempts: readonly ProgressAttempt[]): Map<string, ProgressAttempt> {
  const best = new Map<string, ProgressAttempt>();
  for (const a of attempts) {
    const prev = best.get(a.exerciseId);
    if (!prev || a.score > prev.score) best.set(a.exerciseId, a);
  }
  return best;
}

/**
 * Later summaries of the same trainee (by name, ignoring case) replace earlier ones: a trainee who
 * hands in a newer file should not be counted twice.
 */
export function mergeSummaries(current: readonly ProgressSummary[], incoming: readonly ProgressSummary[]): ProgressSummary[] {
  const byName = new Map<string, ProgressSummary>();
  for (const s of [...current, ...incoming]) byName.set(s.trainee.toLowerCase(), s);
  return [...byName.values()];
}

export function classView(summaries: readonly ProgressSummary[]): ClassView {
  const trainees: TraineeRow[] = summaries.map((s) => {
    const best = bestByExercise(s.attempts);
    return {
      trainee: s.trainee,
      attempts: s.attempts.length,
      exercises: best.size,
      averageBest: mean([...best.values()].map((a) => a.score)),
      hintsUsed: s.attempts.reduce((n, a) => n + a.hintsUsed, 0),
    };
  });
  const perExercise = new Map<string, { attempts: number; best: ProgressAttempt[] }>();
  for (const s of summaries) {
    for (const a of s.attempts) {
      const row = perExercise.get(a.exerciseId) ?? { attempts: 0, best: [] };
      row.attempts += 1;
      perExercise.set(a.exerciseId, row);
    }
    for (const best of bestByExercise(s.attempts).values()) perExercise.get(best.exerciseId)?.best.push(best);
  }
  const exercises: ExerciseRow[] = [...perExercise.entries()].map(([exerciseId, row]) => ({
    exerciseId,
    trainees: row.best.length,
    attempts: row.attempts,
    averageBest: mean(row.best.map((a) => a.score)),
    completed: row.best.filter((a) => a.fixed >= a.total).length,
  }));
  trainees.sort((a, b) => a.trainee.localeCompare(b.trainee, 'id'));
  exercises.sort((a, b) => a.exerciseId.localeCompare(b.exerciseId));
  return { trainees, exercises };
}
