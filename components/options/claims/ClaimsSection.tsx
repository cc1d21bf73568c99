import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { todayOf } from '../../../lib/presets';
import { Section, TextField } from '../../shared/fields';
import { ItemRow } from '../items/ItemRow';
import { listedItems } from '../items/merge-lists';
import { freshId } from '../lists';
import { itemLocks, lockOwner } from '../locks';
import { originOf } from '../origin';
import { useOptions, useSnapshot } from '../state';
import { ClaimEditor } from './ClaimEditor';
import { claimToForm, emptyClaimForm, formToClaim, searchClaims, type ClaimForm } from './claims-form';

/** A province's list can hold 10,000 claims: the page shows the first matches of the search. */
const SHOWN = 50;

interface Editing {
  form: ClaimForm;
  isNew: boolean;
  readOnly: boolean;
}

/**
 * The claims the hoax-claim rule matches: listed and searched (pack claims and the admin's own),
 * added, edited and deleted (the admin's own), viewed or copied to edit (a pack's, unless locked),
 * reverted (a local copy of a pack's claim). The store validates every save as pack data.
 */
export function ClaimsSection() {
  const snapshot = useSnapshot();
  const { act, packItems } = useOptions();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const locked = snapshot.effective.locked;
  const claims = listedItems(snapshot.effective.claims ?? [], snapshot.local.claims ?? []);
  const found = searchClaims(claims, query);
  const allLocked = lockOwner(locked, 'claims');

  const save = async (form: ClaimForm): Promise<FieldError[]> => {
    const item = formToClaim(form);
    const result = await act('local:put', { kind: 'claims', item: { ...item } }, t('optSavedNamed', item.id));
    if (!result.ok) return result.errors;
    setEditing(null);
    return [];
  };

  return (
    <Section name="claims" title={t('optClaimsTitle')}>
      <p class="hint">{t('optClaimsHint')}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="new-claim"
          disabled={allLocked !== undefined}
          onClick={() => setEditing({ form: emptyClaimForm(freshId('klaim', new Set(claims.map((c) => c.id)), 'klaim'), todayOf(Date.now())), isNew: true, readOnly: false })}
        >
          {t('optClaimsAdd')}
        </button>
        {allLocked ? <p class="lock">{t('optLockedBy', allLocked)}</p> : null}
      </div>
      {editing ? (
        <ClaimEditor
          key={`${editing.form.id}-${String(editing.readOnly)}`}
          initial={editing.form}
          isNew={editing.isNew}
          readOnly={editing.readOnly}
          lockOf={itemLocks(locked, 'claims', editing.form.id)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <TextField name="claim-search" label={t('optClaimsSearch')} value={query} onInput={setQuery} />
      <p class="muted" data-testid="claims-count">{t('optClaimsCount', found.length, claims.length)}</p>
      {found.length ? (
        <ul class="item-list" data-testid="claims-list">
          {found.slice(0, SHOWN).map((c) => (
            <ItemRow
              key={c.id}
              noun="claim"
              id={c.id}
              title={c.claim.id}
              origin={originOf(snapshot, 'claims', c.id, packItems)}
              lockedBy={lockOwner(locked, `claims/${c.id}`)}
              onEdit={() => setEditing({ form: claimToForm(c), isNew: false, readOnly: false })}
              onView={() => setEditing({ form: claimToForm(c), isNew: false, readOnly: true })}
              onDelete={() => void act('local:delete', { kind: 'claims', id: c.id }, t('optDeletedNamed', c.id))}
              onRevert={() => void act('local:revert', { kind: 'claims', id: c.id }, t('optRevertNamed', c.id))}
            >
              <p>
                <strong>{c.verdict.toUpperCase()}</strong> · {c.published} ·{' '}
                <a href={c.source.url} target="_blank" rel="noopener noreferrer">{c.source.title ?? c.source.name}</a>
              </p>
            </ItemRow>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optNoClaims')}</p>
      )}
    </Section>
  );
}
