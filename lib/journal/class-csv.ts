/**
 * The trainer's class view as CSV: one row per attempt, with its date and clock time in the
 * trainer's zone, so a workshop report can say who practised what on which day. The same CSV
 * writer as the journal's (Excel-safe quoting, BOM, formulas neutralised: names are typed text).
 */
import type { TimeZoneName } from '../checks/types';
import { toCsv } from './csv';
import { stampIn } from './time';
import type { ProgressSummary } from '../practice/summary';

export interface ClassCsvLabels {
  trainee: string;
  date: string;
  /** The clock column's heading, naming the zone ("Jam (WIB)"). */
  clock: string;
  exerciseId: string;
  exercise: string;
  platform: string;
  score: string;
  fixed: string;
  total: string;
  hints: string;
  seconds: string;
}

/** `titles`: exercise id → title in the page's language (an unknown id keeps only its id). */
export function classCsv(
  summaries: readonly ProgressSummary[],
  titles: ReadonlyMap<string, string>,
  labels: ClassCsvLabels,
  zone: TimeZoneName,
): string {
  const rows = summaries
    .flatMap((s) => s.attempts.map((a) => ({ trainee: s.trainee, a })))
    .sort((x, y) => x.trainee.localeCompare(y.trainee, 'id') || x.a.at - y.a.at);
  return toCsv([
    [labels.trainee, labels.date, labels.clock, labels.exerciseId, labels.exercise, labels.platform, labels.score, labels.fixed, labels.total, labels.hints, labels.seconds],
    ...rows.map(({ trainee, a }) => {
      const [date, clock] = stampIn(a.at, zone).split(' ');
      return [trainee, date, clock, a.exerciseId, titles.get(a.exerciseId) ?? '', a.platform, Math.round(a.score), a.fixed, a.total, a.hintsUsed, Math.round(a.seconds)];
    }),
  ]);
}

/** "saring-kelas-2025-03-19.csv": the day the trainer downloaded it. */
export function classCsvFileName(now: number, zone: TimeZoneName): string {
  return `saring-kelas-${stampIn(now, zone).slice(0, 10)}.csv`;
}
