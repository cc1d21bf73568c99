import { t } from '../../../lib/i18n';
import type { PackInfo } from '../../../lib/messaging/protocol';
import { useOptions } from '../state';
import { PackRow } from './PackRow';

/** Packs lowest priority first, so the list reads in the order they are laid over each other. */
export function sortedPacks(packs: readonly PackInfo[]): PackInfo[] {
  return [...packs].sort((a, b) => a.order - b.order);
}

/** The pack ids with one pack moved by one place. */
export function movedOrder(packs: readonly PackInfo[], index: number, delta: -1 | 1): string[] {
  const ids = packs.map((p) => p.id);
  const target = index + delta;
  if (target < 0 || target >= ids.length) return ids;
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  return ids;
}

export function PackList({ packs }: { packs: readonly PackInfo[] }) {
  const { act, notice, refresh } = useOptions();
  const ordered = sortedPacks(packs);
  if (!ordered.length) return <p class="muted">{t('optNoPacks')}</p>;
  return (
    <div>
      <h3>{t('optInstalledPacks')}</h3>
      <p class="hint" id="merge-order-hint">{t('optMergeOrderHint')}</p>
      <ol class="pack-list" aria-describedby="merge-order-hint" data-testid="pack-list">
        {ordered.map((pack, index) => (
          <PackRow
            key={pack.id}
            pack={pack}
            index={index}
            total={ordered.length}
            actions={{
              move: (delta) => void act('pack:order', { packIds: movedOrder(ordered, index, delta) }, t('optOrderSaved')),
              enable: (enabled) => void act('pack:enable', { packId: pack.id, enabled }, t(enabled ? 'optPackEnabledDone' : 'optPackDisabledDone', pack.name)),
              refresh: () =>
                void act('subscription:refresh', { packId: pack.id }).then(async (r) => {
                  if (r.ok) {
                    notice.value = { tone: 'ok', text: t(r.value.updated ? 'optRefreshUpdated' : 'optRefreshSame', pack.name) };
                    return;
                  }
                  // A failed fetch is recorded on the pack (lastError): show it.
                  notice.value = { tone: 'error', text: r.errors.map((e) => e.message).join(' ') };
                  await refresh();
                }),
              remove: () => void act('pack:remove', { packId: pack.id }, t('optRemoved', pack.name)),
            }}
          />
        ))}
      </ol>
    </div>
  );
}
