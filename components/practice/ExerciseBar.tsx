import { t, uiLang } from '../../lib/i18n';
import { localized } from '../panel/localized';
import type { AttemptController } from './attempt';
import { GOAL_LABEL, LEVEL_LABELS } from './labels';
import { realPresets } from './state';

/** The exercise being done in a composer: what to do, hints on request, and "finish". */
export function ExerciseBar({ controller }: { controller: AttemptController }) {
  const active = controller.active.value;
  const lang = uiLang.value;
  if (!active) {
    return controller.finished.value ? null : <p class="exercise-bar exercise-bar--free">{t('pracFreePractice')}</p>;
  }
  const { exercise } = active.entry;
  const hints = exercise.hints.slice(0, active.hintsShown);
  const moreHints = active.hintsShown < exercise.hints.length;
  return (
    <div class="exercise-bar" data-practice="exercise" data-exercise-id={exercise.id}>
      <p class="exercise-bar__title">
        <strong>{localized(exercise.title, lang)}</strong>{' '}
        <span class={`level level--${exercise.level}`}>{t(LEVEL_LABELS[exercise.level])}</span>
      </p>
      <p class="exercise-bar__goal">{GOAL_LABEL(exercise.goal, realPresets[exercise.platform].value?.templates)}</p>
      <p class="exercise-bar__rule" data-practice="fix-all-rule">{t(exercise.fixAll ? 'pracFixAllOn' : 'pracFixAllOff')}</p>
      {hints.length ? (
        <ol class="exercise-bar__hints" aria-label={t('pracHintsHeading')}>
          {hints.map((hint, i) => (
            <li key={i}>{localized(hint, lang)}</li>
          ))}
        </ol>
      ) : null}
      <div class="exercise-bar__actions">
        {moreHints ? (
          <button type="button" class="btn btn--quiet" data-action="show-hint" onClick={() => controller.showHint()}>
            {t('pracShowHint', exercise.hints.length - active.hintsShown)}
          </button>
        ) : null}
        <button type="button" class="btn" data-action="finish-exercise" onClick={() => void controller.finish()}>
          {t('pracFinish')}
        </button>
        <button type="button" class="btn btn--quiet" data-action="leave-exercise" onClick={() => controller.leave()}>
          {t('pracLeave')}
        </button>
      </div>
    </div>
  );
}
