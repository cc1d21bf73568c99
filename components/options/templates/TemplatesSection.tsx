import { categoryName } from '../../panel/labels';
import { PURPOSE_LABELS } from '../../panel/labels';
import { useState } from 'preact/hooks';
import { t, uiLang } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { localized } from '../../panel/localized';
import { Section } from '../../shared/fields';
import { ItemRow } from '../items/ItemRow';
import { listedItems } from '../items/merge-lists';
import { freshId } from '../lists';
import { itemLocks, lockOwner } from '../locks';
import { originOf } from '../origin';
import { useOptions, useSnapshot } from '../state';
import { emptyTemplateForm, formToTemplate, templateToForm, type TemplateForm } from '../template-form';
import { TemplateEditor } from './TemplateEditor';

interface Editing {
  form: TemplateForm;
  isNew: boolean;
  readOnly: boolean;
}

export function TemplatesSection() {
  const snapshot = useSnapshot();
  const { act, packItems } = useOptions();
  const [editing, setEditing] = useState<Editing | null>(null);
  const locked = snapshot.effective.locked;
  const templates = listedItems(snapshot.effective.templates, snapshot.local.templates);
  const allLocked = lockOwner(locked, 'templates');
  const lang = uiLang.value;

  const save = async (form: TemplateForm): Promise<FieldError[]> => {
    const template = formToTemplate(form);
    const result = await act('local:put', { kind: 'templates', item: { ...template } }, t('optSavedNamed', localized(template.title, lang)));
    if (!result.ok) return result.errors;
    setEditing(null);
    return [];
  };

  const startNew = () => {
    const form = emptyTemplateForm(freshId('templat', new Set(templates.map((x) => x.id)), 'templat'));
    setEditing({ form, isNew: true, readOnly: false });
  };

  return (
    <Section name="templates" title={t('optTemplatesTitle')}>
      <p class="hint">{t('optTemplatesHint')}</p>
      <div class="actions">
        <button type="button" class="primary" data-action="new-template" disabled={allLocked !== undefined} onClick={startNew}>
          {t('optTemplateAdd')}
        </button>
        {allLocked ? <p class="lock">{t('optLockedBy', allLocked)}</p> : null}
      </div>
      {editing ? (
        <TemplateEditor
          key={`${editing.form.id}-${String(editing.readOnly)}`}
          initial={editing.form}
          isNew={editing.isNew}
          readOnly={editing.readOnly}
          snapshot={snapshot}
          lockOf={itemLocks(locked, 'templates', editing.form.id)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {templates.length ? (
        <ul class="item-list" data-testid="template-list">
          {templates.map((template) => (
            <ItemRow
              key={template.id}
              noun="template"
              id={template.id}
              title={localized(template.title, lang)}
              origin={originOf(snapshot, 'templates', template.id, packItems)}
              lockedBy={lockOwner(locked, `templates/${template.id}`)}
              onEdit={() => setEditing({ form: templateToForm(template), isNew: false, readOnly: false })}
              onView={() => setEditing({ form: templateToForm(template), isNew: false, readOnly: true })}
              onDelete={() => void act('local:delete', { kind: 'templates', id: template.id }, t('optDeletedNamed', localized(template.title, lang)))}
                onRevert={() => void act('local:revert', { kind: 'templates', id: template.id }, t('optRevertNamed', localized(template.title, lang)))}
            >
              <p class="muted">
                {categoryName(template.category, t)} · {t(PURPOSE_LABELS[template.purpose])}
              </p>
            </ItemRow>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optNoTemplates')}</p>
      )}
    </Section>
  );
}
