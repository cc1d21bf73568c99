import { useState } from 'preact/hooks';
import { formatNumber, t, uiLang } from '../../lib/i18n';
import type { CatalogEntry } from '../../lib/practice/catalog';
import { classView, mergeSummaries } from '../../lib/practice/class-view';
import { classCsv, classCsvFileName } from '../../lib/journal/class-csv';
import { downloadText } from '../shared/download';
import { realPresets } from './state';
import { parseSummary, type ProgressSummary } from '../../lib/practice/summary';
import { localized } from '../panel/localized';
import { summaryProblemText } from './summary-messages';

/**
 * The trainer's view: several trainees' summary files at once. A batch with one bad file imports
 * nothing, so the trainer never looks at a half-loaded class without knowing it.
 */
export function TrainerSection({ catalog }: { catalog: CatalogEntry[] }) {
  const [summaries, setSummaries] = useState<ProgressSummary[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const titles = new Map(catalog.map((e) => [e.exercise.id, localized(e.exercise.title, uiLang.value)]));

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const parsed = await Promise.all([...files].map(async (file) => ({ file, result: parseSummary(await file.text()) })));
    const bad = parsed.flatMap(({ file, result }) => (result.ok ? [] : [summaryProblemText(file.name, result.problem)]));
    setProblems(bad);
    if (bad.length) {
      setStatus(t('pracSummaryNothingImported'));
      return;
    }
    const incoming = parsed.flatMap(({ result }) => (result.ok ? [result.summary] : []));
    setSummaries(mergeSummaries(summaries, incoming));
    setStatus(t('pracSummaryImported', incoming.length));
  };

  const exportCsv = () => {
    const zone = realPresets.instagram.value?.profiles[0]?.timeZone ?? 'WIB';
    const labels = {
      trainee: t('pracColTrainee'),
      date: t('pracColDate'),
      clock: t('pracColClock', zone),
      exerciseId: t('pracColExerciseId'),
      exercise: t('pracColExercise'),
      platform: t('pracColPlatform'),
      score: t('pracColScore'),
      fixed: t('pracColFixed'),
      total: t('pracColTotal'),
      hints: t('pracColHints'),
      seconds: t('pracColSeconds'),
    };
    downloadText(classCsvFileName(Date.now(), zone), classCsv(summaries, titles, labels, zone), 'text/csv');
    setStatus(t('pracClassCsvDone', summaries.reduce((n, s) => n + s.attempts.length, 0)));
  };

  const view = classView(summaries);
  return (
    <section class="card" id="trainer" aria-labelledby="trainer-title">
      <h2 id="trainer-title">{t('pracTrainerHeading')}</h2>
      <p class="muted">{t('pracTrainerIntro')}</p>
      <div class="field-row">
        <label for="summary-files">{t('pracSummaryFiles')}</label>
        <input
          id="summary-files"
          type="file"
          accept=".json,application/json"
          multiple
          data-action="import-summaries"
          onChange={(event) => {
            const input = event.currentTarget;
            void onFiles(input.files).finally(() => (input.value = ''));
          }}
        />
        {summaries.length ? (
          <>
            <button type="button" class="btn" data-action="export-class-csv" onClick={exportCsv}>
              {t('pracExportClassCsv')}
            </button>
            <button type="button" class="btn btn--quiet" data-action="clear-class" onClick={() => setSummaries([])}>
              {t('pracClearClass')}
            </button>
          </>
        ) : null}
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {problems.length ? (
        <ul class="errors" role="alert" data-practice="summary-errors">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
      {summaries.length ? (
        <>
          <table class="table" data-practice="class-trainees">
            <caption>{t('pracClassTrainees', summaries.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pracColTrainee')}</th>
                <th scope="col">{t('pracColAttempts')}</th>
                <th scope="col">{t('pracColExercises')}</th>
                <th scope="col">{t('pracColAverage')}</th>
                <th scope="col">{t('pracColHints')}</th>
              </tr>
            </thead>
            <tbody>
              {view.trainees.map((row) => (
                <tr key={row.trainee} data-trainee={row.trainee}>
                  <th scope="row">{row.trainee}</th>
                  <td>{row.attempts}</td>
                  <td>{row.exercises}</td>
                  <td>{formatNumber(row.averageBest)}</td>
                  <td>{row.hintsUsed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="table" data-practice="class-exercises">
            <caption>{t('pracClassExercises')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pracColExercise')}</th>
                <th scope="col">{t('pracColTrainees')}</th>
                <th scope="col">{t('pracColAttempts')}</th>
                <th scope="col">{t('pracColAverage')}</th>
                <th scope="col">{t('pracColCompleted')}</th>
              </tr>
            </thead>
            <tbody>
              {view.exercises.map((row) => (
                <tr key={row.exerciseId} data-exercise-id={row.exerciseId}>
                  <th scope="row">{titles.get(row.exerciseId) ?? row.exerciseId}</th>
                  <td>{row.trainees}</td>
                  <td>{row.attempts}</td>
                  <td>{formatNumber(row.averageBest)}</td>
                  <td>{row.completed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
