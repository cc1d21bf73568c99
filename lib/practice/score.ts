/**
 * The scoring formula, in one place so the result card, the README and the tests agree:
 *
 *   score = progress + goal + clean − hints − time, clamped to 0…100
 *   progress  60 × fixed / planted (fix-errors; 60 when nothing was planted),
 *             or 60 when the caption came from the required template (use-template)
 *   goal      25 when the goal is met: no error or warning left (and, for use-template, the template used)
 *   clean     15 − 5 per new error or warning the trainee introduced (never below 0; 0 without progress)
 *   hints     5 per hint opened, at most 15
 *   time      1 per full 30 seconds over the level's par time, at most 10
 */
import type { ExerciseLevel } from '../presets/types';

export const POINTS = { progress: 60, goal: 25, clean: 15, perNewProblem: 5, perHint: 5, maxHints: 15, maxTime: 10 } as const;

/** Seconds an attentive trainee needs at each level; slower only costs a little. */
export const PAR_SECONDS: Record<ExerciseLevel, number> = { mudah: 180, sedang: 300, sulit: 480 };

export interface ScoreInput {
  level: ExerciseLevel;
  /** 0…1: share of planted problems fixed, or 1/0 for template used. */
  progress: number;
  goalMet: boolean;
  introduced: number;
  hintsUsed: number;
  seconds: number;
}

export interface ScoreBreakdown {
  progress: number;
  goal: number;
  clean: number;
  hints: number;
  time: number;
  total: number;
}

export function score(input: ScoreInput): ScoreBreakdown {
  const progress = Math.round(POINTS.progress * Math.min(1, Math.max(0, input.progress)));
  const goal = input.goalMet ? POINTS.goal : 0;
  const clean = progress > 0 ? Math.max(0, POINTS.clean - POINTS.perNewProblem * input.introduced) : 0;
  const hints = Math.min(POINTS.maxHints, POINTS.perHint * Math.max(0, input.hintsUsed));
  const over = Math.max(0, input.seconds - PAR_SECONDS[input.level]);
  const time = Math.min(POINTS.maxTime, Math.floor(over / 30));
  const total = Math.min(100, Math.max(0, progress + goal + clean - hints - time));
  return { progress, goal, clean, hints, time, total };
}
