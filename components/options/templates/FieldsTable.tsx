import { FIELD_TYPE_LABELS } from '../../panel/labels';
import { t } from '../../../lib/i18n';
import { FIELD_TYPES, type FieldType, type TemplateError } from '../../../lib/templates';
import { CheckField, SelectField, TextField } from '../../shared/fields';
import { emptyFieldRow, type FieldRow } from '../template-form';
import { fieldErrors } from './template-errors';
import { TemplateErrors } from './TemplateErrors';

/** The template's fields: one row each, with its name, type, labels, default and options. */
export function FieldsTable(p: { rows: FieldRow[]; errors: readonly TemplateError[]; disabled: boolean; lockedBy?: string; onChange(update: (rows: FieldRow[]) => FieldRow[]): void }) {
  const off = p.disabled || p.lockedBy !== undefined;
  // Updates are functions of the latest rows, so quick successive edits never undo each other.
  const update = (index: number, patch: Partial<FieldRow>) => p.onChange((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const move = (index: number, delta: number) =>
    p.onChange((current) => {
      const rows = [...current];
      const [row] = rows.splice(index, 1);
      rows.splice(index + delta, 0, row!);
      return rows;
    });
  return (
    <fieldset class="fields-table" data-field="fields">
      <legend>{t('optTemplateFields')}</legend>
      <p class="hint">{t('optTemplateFieldsHint')}</p>
      {p.lockedBy ? <p class="lock">{t('optLockedBy', p.lockedBy)}</p> : null}
      {p.rows.map((row, index) => {
        const name = (field: string) => `fields.${index}.${field}`;
        const errorsId = `field-${index}-errors`;
        return (
          <div key={index} class="field-row card" role="group" aria-label={t('optFieldN', String(index + 1), row.name)}>
            <div class="grid-4">
              <TextField name={name('name')} label={t('optFieldName')} mono disabled={off} describedBy={errorsId} value={row.name} onInput={(v) => update(index, { name: v })} />
              <SelectField<FieldType>
                name={name('type')}
                label={t('optFieldType')}
                disabled={off}
                value={row.type}
                options={FIELD_TYPES.map((type) => ({ value: type, label: t(FIELD_TYPE_LABELS[type]) }))}
                onChange={(type) => update(index, { type })}
              />
              <TextField name={name('labelId')} label={t('optLabelId')} disabled={off} value={row.labelId} onInput={(v) => update(index, { labelId: v })} />
              <TextField name={name('labelEn')} label={t('optLabelEn')} disabled={off} value={row.labelEn} onInput={(v) => update(index, { labelEn: v })} />
              <TextField name={name('default')} label={t('optFieldDefault')} disabled={off} value={row.default} onInput={(v) => update(index, { default: v })} />
              <TextField name={name('example')} label={t('optFieldExample')} disabled={off} value={row.example} onInput={(v) => update(index, { example: v })} />
              {row.type === 'choice' ? (
                <TextField name={name('options')} label={t('optFieldOptions')} hint={t('optOnePerLine')} multiline rows={2} disabled={off} value={row.options} onInput={(v) => update(index, { options: v })} />
              ) : null}
              <CheckField name={name('required')} label={t('optFieldRequired')} disabled={off} checked={row.required} onChange={(required) => update(index, { required })} />
            </div>
            <TemplateErrors id={errorsId} errors={fieldErrors(p.errors, index)} />
            <div class="actions">
              <button type="button" disabled={off || index === 0} aria-label={t('optMoveUpNamed', row.name || String(index + 1))} onClick={() => move(index, -1)}>
                {t('optMoveUp')}
              </button>
              <button type="button" disabled={off || index === p.rows.length - 1} aria-label={t('optMoveDownNamed', row.name || String(index + 1))} onClick={() => move(index, 1)}>
                {t('optMoveDown')}
              </button>
              <button type="button" class="danger" disabled={off} aria-label={t('optRemoveNamed', row.name || String(index + 1))} onClick={() => p.onChange((rows) => rows.filter((_, i) => i !== index))}>
                {t('optRemove')}
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" data-action="add-field" disabled={off} onClick={() => p.onChange((rows) => [...rows, emptyFieldRow()])}>
        {t('optFieldAdd')}
      </button>
    </fieldset>
  );
}
