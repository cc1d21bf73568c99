import { useMemo, useState } from 'preact/hooks';
import type { PanelSession } from './session';
import type { Template, TemplateField } from '../../lib/templates/types';
// Direct imports: the package index also exports the built-in library, which the content script
// must not carry (templates reach the panel through the preset).
import { fieldsOf, initialValues, renderTemplate } from '../../lib/templates/render';
import { errorMessage } from '../../lib/templates/errors';
import { t, uiLang } from '../../lib/i18n/core';
import { localized } from './localized';
import { FindingList } from './FindingList';

function FieldInput({
  field,
  value,
  onInput,
}: {
  field: TemplateField;
  value: string;
  onInput(value: string): void;
}) {
  const common = {
    'data-field': field.name,
    required: field.required,
    'aria-required': field.required ? ('true' as const) : undefined,
  };
  if (field.type === 'paragraph') {
    return <textarea {...common} value={value} onInput={(e) => onInput(e.currentTarget.value)} />;
  }
  if (field.type === 'choice') {
    return (
      <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
        <option value="">{t('choiceEmpty')}</option>
        {(field.options ?? []).map((option) => (
          <option value={option} key={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  const type = field.type === 'date' ? 'date' : field.type === 'time' ? 'time' : 'text';
  return <input {...common} type={type} value={value} onInput={(e) => onInput(e.currentTarget.value)} />;
}

/** A template's fields, its live preview with the preview's own findings, and the insert buttons. */
export function TemplateForm({
  session,
  template,
  onBack,
  onDone,
}: {
  session: PanelSession;
  template: Template;
  onBack(): void;
  onDone(): void;
}) {
  const platform = session.platform.value;
  const profile = session.profile.value;
  const lang = uiLang.value;
  const fields = useMemo(() => fieldsOf(template, platform), [template, platform]);
  const [values, setValues] = useState<Record<string, string>>(() =>
    initialValues(template, new Date(), profile?.timeZone ?? 'WIB'),
  );
  const limits = session.limits.value;
  const result = renderTemplate(template, {
    platform,
    values,
    profile,
    now: new Date(),
    lang,
    linksClickable: limits.linksClickable,
    hashtagLimit: limits.hashtags,
  });
  const previewFindings = session.checkPreview(result.text);
  const labelOf = (name: string) => {
    const field = fields.find((f) => f.name === name);
    return field ? localized(field.label, lang) : name;
  };
  const blocked = result.missing.length > 0 || result.errors.length > 0;

  const insert = async (mode: 'caret' | 'all') => {
    const outcome = await session.insert(result.text, mode);
    if (!outcome.ok) return;
    session.templateUsed.value = template.id;
    session.status.value = 'templateInserted';
    onDone();
  };

  return (
    <form
      class="template-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) void insert('caret');
      }}
    >
      <h3 class="section-title">{t('templateFormHeading', localized(template.title, lang))}</h3>
      {fields.map((field) => (
        <label class="field" key={field.name}>
          <span>
            {localized(field.label, lang)}
            {field.required ? <span class="muted"> ({t('templateRequired')})</span> : null}
          </span>
          <FieldInput
            field={field}
            value={values[field.name] ?? ''}
            onInput={(value) => setValues({ ...values, [field.name]: value })}
          />
        </label>
      ))}
      {result.missing.length ? (
        <p class="form-errors" role="alert">
          {t('templateMissing', result.missing.map(labelOf).join(', '))}
        </p>
      ) : null}
      {result.errors.length ? (
        <ul class="form-errors" role="alert">
          {result.errors.map((error, i) => (
            <li key={i}>{t('templateErrors', errorMessage(error, lang))}</li>
          ))}
        </ul>
      ) : null}
      <h4 class="category__title">{t('templatePreview')}</h4>
      <div class="preview" data-saring="template-preview" tabIndex={0}>
        {result.text}
      </div>
      {previewFindings.length ? (
        <details class="preview-findings">
          <summary>
            {t('templatePreviewFindings')} ({previewFindings.length})
          </summary>
          <FindingList findings={previewFindings} text={result.text} actions={{}} />
        </details>
      ) : null}
      <div class="actions">
        <button type="submit" class="button" data-action="insert-template" disabled={blocked || session.busy.value}>
          {t('templateInsert')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-action="replace-with-template"
          disabled={blocked || session.busy.value}
          onClick={() => void insert('all')}
        >
          {t('templateReplace')}
        </button>
        <button type="button" class="link-button" data-action="back-to-templates" onClick={onBack}>
          {t('templatesBack')}
        </button>
      </div>
    </form>
  );
}
