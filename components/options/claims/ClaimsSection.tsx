import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { todayOf } from '../../../lib/presets';
import { ErrorList, Section, SelectField, TextField } from '../../shared/fields';
import { ItemRow } from '../items/ItemRow';
import { listedItems } from '../items/merge-lists';
import { freshId } from '../lists';
import { lockOwner } from '../locks';
import { originOf } from '../origin';
import { useOptions, useSnapshot } from '../state';
import { emptyClaimForm, formToClaim, searchClaims, VERDICTS, type ClaimForm } from './claims-form';

/** A province's list can hold 10,000 claims: the page shows the first matches of the search. */
const SHOWN = 50;

export function ClaimsSection() {
  const snapshot = useSnapshot();
  const { act, packItems } = useOptions();
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<ClaimForm | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const locked = snapshot.effective.locked;
  const claims = listedItems(snapshot.effective.claims ?? [], snapshot.local.claims ?? []);
  const found = searchClaims(claims, query);
  const allLocked = lockOwner(locked, 'claims');

  const save = async () => {
    if (!form) return;
    const item = formToClaim(form);
    const result = await act('local:put', { kind: 'claims', item: { ...item } }, t('optSavedNamed', item.id));
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    setForm(null);
  };
  const set = (patch: Partial<ClaimForm>) => form && setForm({ ...form, ...patch });

  return (
    <Section name="claims" title={t('optClaimsTitle')}>
      <p class="hint">{t('optClaimsHint')}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="new-claim"
          disabled={allLocked !== undefined}
          onClick={() => setForm(emptyClaimForm(freshId('klaim', new Set(claims.map((c) => c.id)), 'klaim'), todayOf(Date.now())))}
        >
          {t('optClaimsAdd')}
        </button>
        {allLocked ? <p class="lock">{t('optLockedBy', allLocked)}</p> : null}
      </div>
      {form ? (
        <form
          class="card editor"
          data-testid="claim-editor"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextField name="claim" label={t('optClaimText')} hint={t('optClaimTextHint')} multiline value={form.claim} onInput={(v) => set({ claim: v })} required />
          <SelectField name="verdict" label={t('optClaimVerdict')} value={form.verdict} options={VERDICTS.map((v) => ({ value: v, label: v.toUpperCase() }))} onChange={(v) => set({ verdict: v })} />
          <TextField name="sourceName" label={t('optClaimSourceName')} value={form.sourceName} onInput={(v) => set({ sourceName: v })} required />
          <TextField name="sourceUrl" type="url" label={t('optClaimSourceUrl')} value={form.sourceUrl} onInput={(v) => set({ sourceUrl: v })} required />
          <TextField name="sourceTitle" label={t('optClaimSourceTitle')} value={form.sourceTitle} onInput={(v) => set({ sourceTitle: v })} />
          <TextField name="published" type="date" label={t('optClaimPublished')} value={form.published} onInput={(v) => set({ published: v })} required />
          <TextField name="keywords" label={t('optClaimKeywords')} hint={t('optClaimKeywordsHint')} value={form.keywords} onInput={(v) => set({ keywords: v })} />
          {errors.length ? <ErrorList errors={errors} /> : null}
          <div class="actions">
            <button type="submit" class="primary" data-action="save-claim">{t('optSave')}</button>
            <button type="button" data-action="cancel" onClick={() => (setForm(null), setErrors([]))}>{t('optCancel')}</button>
          </div>
        </form>
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
              onEdit={() => undefined}
              onView={() => undefined}
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
