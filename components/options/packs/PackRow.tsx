import { formatNumber, t, uiLang, type MessageKey } from '../../../lib/i18n';
import type { PackInfo } from '../../../lib/messaging/protocol';
import { CheckField } from '../../shared/fields';
import { ConfirmButton } from '../../shared/Confirm';
import { formatDate } from '../format';

const SOURCE_LABELS: Record<PackInfo['source'], MessageKey> = {
  builtin: 'optSourceBuiltin',
  file: 'optSourceFile',
  subscription: 'optSourceSubscription',
};

export interface PackRowActions {
  move(delta: -1 | 1): void;
  enable(enabled: boolean): void;
  refresh(): void;
  remove(): void;
}

function countsText(counts: PackInfo['counts']): string {
  return t(
    'optPackCounts',
    formatNumber(counts.profiles),
    formatNumber(counts.templates),
    formatNumber(counts.glossary),
    formatNumber(counts.exercises),
  );
}

function SubscriptionInfo({ sub, onRefresh, name }: { sub: NonNullable<PackInfo['subscription']>; onRefresh(): void; name: string }) {
  const lang = uiLang.value;
  return (
    <div class="pack__subscription" data-testid="subscription">
      <p>
        {t('optSubscriptionUrl')} <code class="break">{sub.url}</code>
      </p>
      <p>{t('optSubscriptionEvery', formatNumber(sub.refreshHours))}</p>
      <p data-testid="last-fetched">
        {sub.lastFetched ? t('optLastFetched', formatDate(sub.lastFetched, lang)) : t('optNeverFetched')}
      </p>
      {sub.lastError ? (
        <p class="field-error" data-testid="last-error">{t('optLastError', sub.lastError)}</p>
      ) : null}
      <button type="button" data-action="refresh-subscription" aria-label={t('optRefreshNamed', name)} onClick={onRefresh}>
        {t('optRefreshNow')}
      </button>
    </div>
  );
}

export function PackRow({ pack, index, total, actions }: { pack: PackInfo; index: number; total: number; actions: PackRowActions }) {
  const lang = uiLang.value;
  return (
    <li class="pack card" data-pack-id={pack.id} data-source={pack.source} data-enabled={String(pack.enabled)}>
      <div class="pack__head">
        <h4 class="pack__name">
          <span class="pack__position">{formatNumber(index + 1)}.</span> {pack.name}
        </h4>
        <span class="badge">{t(SOURCE_LABELS[pack.source])}</span>
        {!pack.enabled ? <span class="badge badge--muted">{t('optPackDisabled')}</span> : null}
      </div>
      <p class="muted">
        {t('optPackPublisher', pack.publisher)} · {t('optPackUpdated', formatDate(pack.updated, lang))}
      </p>
      {pack.description ? <p>{pack.description}</p> : null}
      <p data-testid="pack-counts">{countsText(pack.counts)}</p>
      {pack.subscription ? <SubscriptionInfo sub={pack.subscription} name={pack.name} onRefresh={actions.refresh} /> : null}
      {pack.locked.length ? (
        <details class="pack__locked">
          <summary>{t('optPackLockedCount', formatNumber(pack.locked.length))}</summary>
          <ul>
            {pack.locked.map((path) => (
              <li key={path}><code>{path}</code></li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="actions">
        <CheckField
          name={`pack-enabled-${pack.id}`}
          label={t('optPackEnabled')}
          action="pack-enable"
          checked={pack.enabled}
          onChange={actions.enable}
        />
        <button type="button" data-action="pack-up" disabled={index === 0} aria-label={t('optMoveUpNamed', pack.name)} onClick={() => actions.move(-1)}>
          {t('optMoveUp')}
        </button>
        <button type="button" data-action="pack-down" disabled={index === total - 1} aria-label={t('optMoveDownNamed', pack.name)} onClick={() => actions.move(1)}>
          {t('optMoveDown')}
        </button>
        <ConfirmButton
          label={t('optRemove')}
          ariaLabel={t('optRemoveNamed', pack.name)}
          question={t('optRemoveConfirm', pack.name)}
          yes={t('optRemoveYes')}
          action="remove-pack"
          onConfirm={actions.remove}
        />
      </div>
    </li>
  );
}
