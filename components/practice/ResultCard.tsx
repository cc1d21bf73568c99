import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, t, uiLang } from '../../lib/i18n';
import { EXERCISE_ANSWERS } from '../../lib/practice/answers';
import type { CatalogEntry } from '../../lib/practice/catalog';
import { PAR_SECONDS } from '../../lib/practice/score';
import { localized } from '../panel/localized';
import { CATEGORY_LABELS } from '../panel/labels';
import type { FinishedAttempt } from './attempt';
import { STATUS_LABELS } from './labels';

interface Props {
  finished: FinishedAttempt;
  onRetry(entry: CatalogEntry): void;
  onNext(): void;
}

/** The end of an exercise: the score and how it was made, and every problem explained. */
export function ResultCard({ finished, onRetry, onNext }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [finished.entry.exercise.id]);
  const { result, entry } = finished;
  const { score } = result;
  const exercise = entry.exercise;
  const solution = entry.source === 'builtin' ? EXERCISE_ANSWERS[exercise.id]?.solution : null;
  return (
    <section class="result" data-saring="practice-result" data-score={score.total} data-exercise-id={exercise.id} aria-labelledby={`result-${exercise.id}`}>
      <h3 class="result__title" id={`result-${exercise.id}`} ref={heading} tabIndex={-1}>
        {t('pracResultTitle', localized(exercise.title, uiLang.value))}
      </h3>
      <p class="result__score" data-practice="score-line">
        <span data-practice="score">{t('pracScore', score.total)}</span>
        <span class="result__formula">
          {' '}
          {t('pracScoreFormula', score.progress, score.goal, score.clean, score.hints, score.time)}
        </span>
      </p>
      {result.emptied ? <p class="result__warning" data-practice="emptied">{t('pracEmptied')}</p> : null}
      {result.autoFixed > 0 ? <p class="result__note" data-practice="auto-fixed">{t('pracAutoFixedNote', result.autoFixed)}</p> : null}
      <p>
        {t('pracResultSummary', result.fixed, result.total, result.introduced, finished.hintsUsed, formatNumber(finished.seconds))}
      </p>
      <ul class="result__breakdown" aria-label={t('pracBreakdownHeading')}>
        <li>{t('pracBreakdownProgress', score.progress)}</li>
        <li>{t('pracBreakdownGoal', score.goal)}</li>
        <li>{t('pracBreakdownClean', score.clean)}</li>
        <li>{t('pracBreakdownHints', score.hints)}</li>
        <li>{t('pracBreakdownTime', score.time, formatNumber(PAR_SECONDS[exercise.level]))}</li>
      </ul>
      {finished.recorded === false ? <p class="result__warning">{t('pracNotRecorded')}</p> : null}
      <h4>{t('pracProblemsHeading')}</h4>
      {result.problems.length === 0 ? <p>{t('pracNoProblems')}</p> : null}
      <ol class="result__problems">
        {result.problems.map((p, i) => (
          <li key={i} class={`problem problem--${p.status}`} data-status={p.status} data-rule-id={p.ruleId} data-category={p.category}>
            <p class="problem__head">
              <strong>{t(STATUS_LABELS[p.status])}</strong> · {t(CATEGORY_LABELS[p.category])}: {p.message}
            </p>
            {p.excerpt && p.excerpt.length <= 80 ? <p class="problem__excerpt">“{p.excerpt}”</p> : null}
            {p.explanation ? <p>{p.explanation}</p> : null}
            {p.reference ? <p class="problem__reference">{t('referenceLabel', p.reference)}</p> : null}
          </li>
        ))}
      </ol>
      {solution ? (
        <details class="result__solution">
          <summary>{t('pracModelAnswer')}</summary>
          <pre>{solution}</pre>
        </details>
      ) : null}
      <div class="result__actions">
        <button type="button" class="btn btn--quiet" data-action="retry-exercise" onClick={() => onRetry(entry)}>
          {t('pracRetry')}
        </button>
        <button type="button" class="btn" data-action="next-exercise" onClick={onNext}>
          {t('pracNext')}
        </button>
      </div>
    </section>
  );
}
