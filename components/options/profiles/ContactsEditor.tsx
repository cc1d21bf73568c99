import type { OfficialContact } from '../../../lib/checks/types';
import { t, type MessageKey } from '../../../lib/i18n';
import { SelectField, TextField } from '../../shared/fields';
import { problemText, type Problems } from '../problems';
import { CONTACT_KINDS, type ContactRow } from '../profile-form';

const KIND_LABELS: Record<OfficialContact['kind'], MessageKey> = {
  phone: 'optContactPhone',
  whatsapp: 'optContactWhatsapp',
  email: 'optContactEmail',
  web: 'optContactWeb',
  address: 'optContactAddress',
};

export function ContactsEditor(p: {
  rows: ContactRow[];
  lockedBy?: string;
  disabled: boolean;
  problems: Problems;
  onChange(update: (rows: ContactRow[]) => ContactRow[]): void;
}) {
  const off = p.disabled || p.lockedBy !== undefined;
  const update = (index: number, patch: Partial<ContactRow>) =>
    p.onChange((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset class="contacts" data-field="contacts">
      <legend>{t('optContacts')}</legend>
      {p.lockedBy ? <p class="lock">{t('optLockedBy', p.lockedBy)}</p> : null}
      {p.rows.map((row, index) => (
        <div class="contact-row" key={index} role="group" aria-label={t('optContactN', String(index + 1))}>
          <SelectField
            name={`contacts.${index}.kind`}
            label={t('optContactKind')}
            disabled={off}
            value={row.kind}
            options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
            onChange={(kind) => update(index, { kind })}
          />
          <TextField name={`contacts.${index}.value`} label={t('optContactValue')} disabled={off} error={problemText(p.problems[`contacts.${index}.value`])} value={row.value} onInput={(value) => update(index, { value })} />
          <TextField name={`contacts.${index}.labelId`} label={t('optLabelId')} disabled={off} value={row.labelId} onInput={(labelId) => update(index, { labelId })} />
          <TextField name={`contacts.${index}.labelEn`} label={t('optLabelEn')} disabled={off} value={row.labelEn} onInput={(labelEn) => update(index, { labelEn })} />
          <button type="button" class="danger" disabled={off} aria-label={t('optContactRemove', String(index + 1))} onClick={() => p.onChange((rows) => rows.filter((_, i) => i !== index))}>
            {t('optRemove')}
          </button>
        </div>
      ))}
      <button type="button" data-action="add-contact" disabled={off} onClick={() => p.onChange((rows) => [...rows, { kind: 'phone', value: '', labelId: '', labelEn: '' }])}>
        {t('optContactAdd')}
      </button>
    </fieldset>
  );
}
