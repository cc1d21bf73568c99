import { useState } from 'preact/hooks';
import { t, uiLang } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { localized } from '../../panel/localized';
import { Section } from '../../shared/fields';
import { emptyGlossaryForm, formToGlossary, glossaryToForm, type GlossaryForm } from '../glossary-form';
import { ItemRow } from '../items/ItemRow';
import { listedItems } from '../items/merge-lists';
import { freshId } from '../lists';
import { itemLocks, lockOwner } from '../locks';
import { originOf } from '../origin';
import { useOptions, useSnapshot } from '../state';
import { GlossaryEditor } from './GlossaryEditor';

interface Editing {
  form: GlossaryForm;
  isNew: boolean;
  readOnly: boolean;
}

export function GlossarySection() {
  const snapshot = useSnapshot();
  const { act, packItems } = useOptions();
  const [editing, setEditing] = useState<Editing | null>(null);
  const locked = snapshot.effective.locked;
  const entries = listedItems(snapshot.effective.glossary, snapshot.local.glossary);
  const allLocked = lockOwner(locked, 'glossary');
  const lang = uiLang.value;

  const save = async (form: GlossaryForm): Promise<FieldError[]> => {
    const converted = formToGlossary(form);
    if (!converted.ok) return [];
    const result = await act('local:put', { kind: 'glossary', item: { ...converted.item } }, t('optSavedNamed', converted.item.preferred));
    if (!result.ok) return result.errors;
    setEditing(null);
    return [];
  };

  return (
    <Section name="glossary" title={t('optGlossaryTitle')}>
      <p class="hint">{t('optGlossaryHint')}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="new-glossary"
          disabled={allLocked !== undefined}
          onClick={() => setEditing({ form: emptyGlossaryForm(freshId('istilah', new Set(entries.map((e) => e.id)), 'istilah')), isNew: true, readOnly: false })}
        >
          {t('optGlossaryAdd')}
        </button>
        {allLocked ? <p class="lock">{t('optLockedBy', allLocked)}</p> : null}
      </div>
      {editing ? (
        <GlossaryEditor
          key={`${editing.form.id}-${String(editing.readOnly)}`}
          initial={editing.form}
          isNew={editing.isNew}
          readOnly={editing.readOnly}
          lockOf={itemLocks(locked, 'glossary', editing.form.id)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {entries.length ? (
        <ul class="item-list" data-testid="glossary-list">
          {entries.map((entry) => (
            <ItemRow
              key={entry.id}
              noun="glossary"
              id={entry.id}
              title={entry.preferred}
              origin={originOf(snapshot, 'glossary', entry.id, packItems)}
              lockedBy={lockOwner(locked, `glossary/${entry.id}`)}
              onEdit={() => setEditing({ form: glossaryToForm(entry), isNew: false, readOnly: false })}
              onView={() => setEditing({ form: glossaryToForm(entry), isNew: false, readOnly: true })}
              onDelete={() => void act('local:delete', { kind: 'glossary', id: entry.id }, t('optDeletedNamed', entry.preferred))}
                onRevert={() => void act('local:revert', { kind: 'glossary', id: entry.id }, t('optRevertNamed', entry.preferred))}
            >
              <p>{t('optNotVariants', entry.variants.join(', '))}</p>
              {entry.note ? <p class="muted">{localized(entry.note, lang)}</p> : null}
            </ItemRow>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optNoGlossary')}</p>
      )}
    </Section>
  );
}
