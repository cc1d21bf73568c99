import { useState } from 'preact/hooks';
import { formatNumber, t, uiLang } from '../../lib/i18n';
import type { CatalogEntry } from '../../lib/practice/catalog';
import { buildSummary, formatSummary, summaryFileName } from '../../lib/practice/summary';
import { localized } from '../panel/localized';
import { downloadText } from '../shared/download';
import { LOOKS } from './looks';
import { attempts, backgroundReady, setTrainee, trainee } from './state';

/** The trainee's own attempts, and the summary file they hand to the trainer. */
export function ProgressSection({ catalog }: { catalog: CatalogEntry[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const titles = new Map(catalog.map((e) => [e.exercise.id, localized(e.exercise.title, uiLang.value)]));
  const list = [...attempts.value].reverse();
  const exportSummary = () => {
    const name = trainee.value.trim();
    if (!name) {
      setMessage(t('pracNameNeeded'));
      document.getElementById('trainee-name')?.focus();
      return;
    }
    const summary = buildSummary(name, attempts.value, Date.now());
    downloadText(summaryFileName(summary), formatSummary(summary));
    setMessage(t('pracExported', summary.attempts.length));
  };
  return (
    <section class="card" id="progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('pracProgressHeading')}</h2>
      {!backgroundReady.value ? <p class="result__warning">{t('pracOffline')}</p> : null}
      <div class="field-row">
        <label for="trainee-name">{t('pracTraineeName')}</label>
        <input
          id="trainee-name"
          type="text"
          autocomplete="name"
          maxLength={200}
          value={trainee.value}
          onInput={(event) => setTrainee(event.currentTarget.value)}
        />
        <button type="button" class="btn" data-action="export-summary" onClick={exportSummary}>
          {t('pracExportSummary')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {message ?? ''}
      </p>
      {list.length === 0 ? (
        <p class="muted">{t('pracNoAttempts')}</p>
      ) : (
        <table class="table" data-practice="attempts">
          <caption class="visually-hidden">{t('pracAttemptsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pracColExercise')}</th>
              <th scope="col">{t('pracColPlatform')}</th>
              <th scope="col">{t('pracColScore')}</th>
              <th scope="col">{t('pracColFixed')}</th>
              <th scope="col">{t('pracColHints')}</th>
              <th scope="col">{t('pracColTime')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} data-exercise-id={a.exerciseId}>
                <th scope="row">{titles.get(a.exerciseId) ?? a.exerciseId}</th>
                <td>{t(LOOKS[a.platform].site)}</td>
                <td>{formatNumber(a.score)}</td>
                <td>
                  {a.fixed}/{a.total}
                </td>
                <td>{a.hintsUsed}</td>
                <td>{t('pracSeconds', formatNumber(a.seconds))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
