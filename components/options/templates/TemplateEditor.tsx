import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../../lib/checks/types';
import { t } from '../../../lib/i18n';
import type { FieldError, StoreSnapshot } from '../../../lib/messaging/protocol';
import { TEMPLATE_PURPOSES, validateTemplate, type TemplatePurpose } from '../../../lib/templates';
import { CheckField, ErrorList, SelectField, TextField } from '../../shared/fields';
import { PLATFORM_LABELS } from '../../panel/labels';
import { formToTemplate, type TemplateForm, type VariantRow } from '../template-form';
import { FieldsTable } from './FieldsTable';
import { errorsFor, otherErrors } from './template-errors';
import { TemplateErrors } from './TemplateErrors';
import { TemplatePreview } from './TemplatePreview';

export interface TemplateEditorProps {
  initial: TemplateForm;
  isNew: boolean;
  readOnly: boolean;
  snapshot: StoreSnapshot;
  lockOf(field: string): string | undefined;
  onSave(form: TemplateForm): Promise<FieldError[]>;
  onClose(): void;
}

function VariantEditor(p: { platform: Platform; row: VariantRow; errors: ReturnType<typeof validateTemplate>; disabled: boolean; lockedBy?: string; onChange(patch: Partial<VariantRow>): void; box(name: string): HTMLTextAreaElement | null }) {
  const { platform, row } = p;
  const bodyName = `variants.${platform}.body`;
  const tagsName = `variants.${platform}.hashtags`;
  const label = t(PLATFORM_LABELS[platform]);
  return (
    <fieldset class="variant" data-platform={platform}>
      <legend>{t('optVariantFor', label)}</legend>
      {p.lockedBy ? <p class="lock">{t('optLockedBy', p.lockedBy)}</p> : null}
      <CheckField name={`${bodyName}.own`} label={t('optVariantOwnBody')} disabled={p.disabled || p.lockedBy !== undefined} checked={row.ownBody} onChange={(ownBody) => p.onChange({ ownBody })} />
      {row.ownBody ? (
        <>
          <TextField name={bodyName} label={t('optVariantBody', label)} multiline mono rows={6} disabled={p.disabled} lockedBy={p.lockedBy} describedBy={`${platform}-body-errors`} value={row.body} onInput={(body) => p.onChange({ body })} />
          <TemplateErrors id={`${platform}-body-errors`} errors={errorsFor(p.errors, bodyName)} target={() => p.box(bodyName)} />
        </>
      ) : null}
      <CheckField name={`${tagsName}.own`} label={t('optVariantOwnHashtags')} disabled={p.disabled || p.lockedBy !== undefined} checked={row.ownHashtags} onChange={(ownHashtags) => p.onChange({ ownHashtags })} />
      {row.ownHashtags ? (
        <>
          <TextField name={tagsName} label={t('optVariantHashtags', label)} multiline mono rows={2} disabled={p.disabled} lockedBy={p.lockedBy} describedBy={`${platform}-tags-errors`} value={row.hashtags} onInput={(hashtags) => p.onChange({ hashtags })} />
          <TemplateErrors id={`${platform}-tags-errors`} errors={errorsFor(p.errors, tagsName)} target={() => p.box(tagsName)} />
        </>
      ) : null}
    </fieldset>
  );
}

export function TemplateEditor(p: TemplateEditorProps) {
  const [form, setForm] = useState(p.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [blocked, setBlocked] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.initial]);
  const template = useMemo(() => formToTemplate(form), [form]);
  const problems = useMemo(() => validateTemplate(template), [template]);
  const set = (patch: Partial<TemplateForm>) => {
    setBlocked(false);
    setForm((f) => ({ ...f, ...patch }));
  };
  const off = p.readOnly;
  const lock = p.lockOf;
  const box = (name: string) => root.current?.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`) ?? null;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (problems.length) {
      setBlocked(true);
      return;
    }
    setErrors(await p.onSave(form));
  };

  const title = off ? t('optTemplateView', form.titleId) : p.isNew ? t('optTemplateNew') : t('optTemplateEdit', form.titleId);
  return (
    <form ref={root} class="editor card template-editor" data-testid="template-editor" data-template-id={form.id} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3 ref={heading} tabIndex={-1}>{title}</h3>
      <div class="template-editor__layout">
        <div class="template-editor__form">
          <div class="grid-2">
            <TextField name="titleId" label={t('optTitleId')} disabled={off} lockedBy={lock('title')} value={form.titleId} onInput={(titleId) => set({ titleId })} />
            <TextField name="titleEn" label={t('optTitleEn')} disabled={off} lockedBy={lock('title')} value={form.titleEn} onInput={(titleEn) => set({ titleEn })} />
            <TextField name="id" label={t('optId')} hint={t('optIdHint')} disabled={!p.isNew || off} value={form.id} onInput={(id) => set({ id })} />
            <TextField name="category" label={t('optCategory')} hint={t('optCategoryHint')} disabled={off} lockedBy={lock('category')} value={form.category} onInput={(category) => set({ category })} />
            <SelectField<TemplatePurpose>
              name="purpose"
              label={t('optPurpose')}
              disabled={off}
              lockedBy={lock('purpose')}
              value={form.purpose}
              options={TEMPLATE_PURPOSES.map((value) => ({ value, label: value }))}
              onChange={(purpose) => set({ purpose })}
            />
            <TextField name="expires" type="date" label={t('optExpires')} disabled={off} lockedBy={lock('expires')} value={form.expires} onInput={(expires) => set({ expires })} />
          </div>
          <TemplateErrors id="template-other-errors" errors={otherErrors(problems)} />
          <FieldsTable rows={form.fields} errors={problems} disabled={off} lockedBy={lock('fields')} onChange={(fn) => {
            setBlocked(false);
            setForm((f) => ({ ...f, fields: fn(f.fields) }));
          }} />
          <TextField name="body" label={t('optBody')} hint={t('optBodyHint')} multiline mono rows={10} disabled={off} lockedBy={lock('body')} describedBy="body-errors" value={form.body} onInput={(body) => set({ body })} />
          <TemplateErrors id="body-errors" errors={errorsFor(problems, 'body')} target={() => box('body')} />
          <TextField name="hashtags" label={t('optHashtagBlock')} multiline mono rows={2} disabled={off} lockedBy={lock('hashtags')} describedBy="hashtags-errors" value={form.hashtags} onInput={(hashtags) => set({ hashtags })} />
          <TemplateErrors id="hashtags-errors" errors={errorsFor(problems, 'hashtags')} target={() => box('hashtags')} />
          <details class="variants">
            <summary>{t('optPlatformVariants')}</summary>
            {PLATFORMS.map((platform) => (
              <VariantEditor
                key={platform}
                platform={platform}
                row={form.variants[platform]}
                errors={problems}
                disabled={off}
                lockedBy={lock(`variants/${platform}`)}
                box={box}
                onChange={(patch) => {
                  setBlocked(false);
                  setForm((f) => ({ ...f, variants: { ...f.variants, [platform]: { ...f.variants[platform], ...patch } } }));
                }}
              />
            ))}
          </details>
          <div class="grid-2">
            <TextField name="descriptionId" label={t('optDescriptionId')} multiline rows={2} disabled={off} lockedBy={lock('description')} value={form.descriptionId} onInput={(descriptionId) => set({ descriptionId })} />
            <TextField name="descriptionEn" label={t('optDescriptionEn')} multiline rows={2} disabled={off} lockedBy={lock('description')} value={form.descriptionEn} onInput={(descriptionEn) => set({ descriptionEn })} />
          </div>
          <TextField name="tags" label={t('optTags')} hint={t('optOnePerLine')} multiline rows={2} disabled={off} lockedBy={lock('tags')} value={form.tags} onInput={(tags) => set({ tags })} />
        </div>
        <TemplatePreview template={template} snapshot={p.snapshot} />
      </div>
      {blocked && problems.length ? <p class="field-error" role="alert">{t('optTemplateHasErrors', String(problems.length))}</p> : null}
      <ErrorList errors={errors} title={t('optSaveFailed')} />
      <div class="actions">
        {!off ? <button type="submit" class="primary" data-action="save-template">{t('optSave')}</button> : null}
        <button type="button" data-action="cancel-edit" onClick={p.onClose}>{off ? t('optClose') : t('optCancel')}</button>
      </div>
    </form>
  );
}
