import type { ComponentChildren } from 'preact';
import { t } from '../../../lib/i18n';
import { ConfirmButton } from '../../shared/Confirm';
import type { Origin } from '../origin';

export interface ItemRowProps {
  /** Used in data-action names: "edit-profile", "delete-template" … */
  noun: string;
  id: string;
  title: string;
  origin: Origin;
  /** Who locked the whole item; a locked pack item cannot get a local copy. */
  lockedBy?: string;
  children?: ComponentChildren;
  onEdit(): void;
  /** A pack item opened for reading. */
  onView(): void;
  onDelete(): void;
  /** Drops the admin's copy of a pack item: the pack's version applies again. */
  onRevert(): void;
}

function OriginBadge({ origin }: { origin: Origin }) {
  if (origin.kind === 'local') return <span class="badge badge--local">{t('optOriginLocal')}</span>;
  const name = origin.packName;
  if (origin.kind === 'override') {
    return <span class="badge badge--override">{name ? t('optOriginOverrideNamed', name) : t('optOriginOverride')}</span>;
  }
  return <span class="badge badge--pack">{name ? t('optOriginPackNamed', name) : t('optOriginPack')}</span>;
}

/** One item of a list with what its origin allows: edit / delete, or view / edit a local copy. */
export function ItemRow(p: ItemRowProps) {
  const fromPack = p.origin.kind === 'pack';
  return (
    <li class="item card" data-item-id={p.id} {...{ [`data-${p.noun}-id`]: p.id }} data-origin={p.origin.kind} data-testid={`${p.noun}-row`}>
      <div class="item__head">
        <h3 class="item__title">{p.title}</h3>
        <code class="muted">{p.id}</code>
        <OriginBadge origin={p.origin} />
      </div>
      {p.children}
      {p.lockedBy ? <p class="lock">{t('optLockedBy', p.lockedBy)}</p> : null}
      <div class="actions">
        {fromPack ? (
          <>
            <button type="button" data-action={`view-${p.noun}`} aria-label={t('optViewNamed', p.title)} onClick={p.onView}>
              {t('optView')}
            </button>
            <button
              type="button"
              data-action="edit-local-copy"
              disabled={p.lockedBy !== undefined}
              aria-label={t('optEditLocalCopyNamed', p.title)}
              onClick={p.onEdit}
            >
              {t('optEditLocalCopy')}
            </button>
          </>
        ) : (
          <button type="button" data-action={`edit-${p.noun}`} aria-label={t('optEditNamed', p.title)} onClick={p.onEdit}>
            {t('optEdit')}
          </button>
        )}
        {/* A copy of a pack item is reverted, not deleted: deleting would hide the pack's item too. */}
        {p.origin.kind === 'override' ? (
          <ConfirmButton
            label={t('optRevertToPack')}
            ariaLabel={t('optRevertNamed', p.title)}
            question={t('optRevertNamed', p.title)}
            yes={t('optRevertToPack')}
            action={`revert-${p.noun}`}
            onConfirm={p.onRevert}
          />
        ) : null}
        {p.origin.kind === 'local' ? (
          <ConfirmButton
            label={t('optDelete')}
            ariaLabel={t('optDeleteNamed', p.title)}
            question={t('optDeleteConfirm', p.title)}
            yes={t('optDeleteYes')}
            action={`delete-${p.noun}`}
            onConfirm={p.onDelete}
          />
        ) : null}
      </div>
    </li>
  );
}
