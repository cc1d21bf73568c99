import { localeTag, t, uiLang } from '../../lib/i18n';
import type { Lang } from '../../lib/checks/types';
import type { CatalogEntry } from '../../lib/practice/catalog';
import type { ProgressAttempt } from '../../lib/messaging/protocol';
import { localized } from '../panel/localized';
import { GOAL_LABEL, LEVEL_LABELS } from './labels';
import { LOOKS } from './looks';
import { realPresets } from './state';

interface Props {
  catalog: CatalogEntry[];
  attempts: readonly ProgressAttempt[];
  onStart(entry: CatalogEntry): void;
}

/** A pack date (YYYY-MM-DD) as the trainee reads it: "31 Desember 2025". */
function formatDate(iso: string, lang: Lang): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  return day.toLocaleDateString(localeTag(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function bestScores(attempts: readonly ProgressAttempt[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const a of attempts) best.set(a.exerciseId, Math.max(best.get(a.exerciseId) ?? 0, a.score));
  return best;
}

function Item({ entry, best, onStart }: { entry: CatalogEntry; best: number | undefined; onStart(): void }) {
  const { exercise } = entry;
  const title = localized(exercise.title, uiLang.value);
  return (
    <li class="exercise" data-exercise-id={exercise.id} data-source={entry.source} data-expired={entry.expired ? 'true' : undefined}>
      <p class="exercise__title">{title}</p>
      <p class="exercise__meta">
        <span class={`level level--${exercise.level}`}>{t(LEVEL_LABELS[exercise.level])}</span> · {t(LOOKS[exercise.platform].site)} ·{' '}
        {GOAL_LABEL(exercise.goal, realPresets[exercise.platform].value?.templates)}
      </p>
      {best !== undefined ? <p class="exercise__best">{t('pracBestScore', best)}</p> : null}
      {entry.expired ? (
        <p class="exercise__expired" data-practice="expired">
          {t('pracExpired', formatDate(exercise.expires ?? '', uiLang.value))}
        </p>
      ) : (
        <button type="button" class="btn btn--small" data-action="start-exercise" aria-label={t('pracStartLabel', title)} onClick={onStart}>
          {t('pracStart')}
        </button>
      )}
    </li>
  );
}

/** Built-in exercises first, then the class pack's, as the trainer prepared them. */
export function ExerciseList({ catalog, attempts, onStart }: Props) {
  const best = bestScores(attempts);
  const builtin = catalog.filter((e) => e.source === 'builtin');
  const fromPacks = catalog.filter((e) => e.source === 'pack' && !e.expired);
  const expired = catalog.filter((e) => e.expired);
  const list = (entries: CatalogEntry[]) => (
    <ul class="exercises">
      {entries.map((entry) => (
        <Item key={entry.exercise.id} entry={entry} best={best.get(entry.exercise.id)} onStart={() => onStart(entry)} />
      ))}
    </ul>
  );
  return (
    <section class="card" id="exercises" aria-labelledby="exercises-title">
      <h2 id="exercises-title">{t('pracExercisesHeading')}</h2>
      <p class="muted">{t('pracExercisesIntro')}</p>
      <h3>{t('pracBuiltinHeading', builtin.length)}</h3>
      {list(builtin)}
      <h3 id="pack-exercises-title">{t('pracPackExercisesHeading', fromPacks.length)}</h3>
      {fromPacks.length ? list(fromPacks) : <p class="muted">{t('pracNoPackExercises')}</p>}
      {expired.length ? (
        <>
          <h3 id="expired-exercises-title">{t('pracExpiredHeading', expired.length)}</h3>
          <p class="muted">{t('pracExpiredIntro')}</p>
          {list(expired)}
        </>
      ) : null}
    </section>
  );
}
