import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { ErrorList, SelectField, TextField } from '../../shared/fields';
import { VERDICTS, type ClaimForm } from './claims-form';

export interface ClaimEditorProps {
  initial: ClaimForm;
  isNew: boolean;
  /** A pack's claim opened for reading, or one its pack locked. */
  readOnly: boolean;
  lockOf(field: string): string | undefined;
  onSave(form: ClaimForm): Promise<FieldError[]>;
  onClose(): void;
}

/** Adds, edits (the admin's own claims, or a local copy of a pack's) or shows one claim. */
export function ClaimEditor(p: ClaimEditorProps) {
  const [form, setForm] = useState(p.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.initial]);
  const set = (patch: Partial<ClaimForm>) => setForm((f) => ({ ...f, ...patch }));
  const common = (name: string, field: string) => ({ name, lockedBy: p.lockOf(field), disabled: p.readOnly });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (p.readOnly) return;
    setErrors(await p.onSave(form));
  };

  return (
    <form class="card editor" data-testid="claim-editor" data-read-only={p.readOnly ? 'true' : undefined} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3 ref={heading} tabIndex={-1}>{p.isNew ? t('optClaimNew') : t('optClaimEdit', form.id)}</h3>
      <TextField {...common('claim', 'claim')} label={t('optClaimText')} hint={t('optClaimTextHint')} multiline value={form.claim} onInput={(claim) => set({ claim })} required />
      <TextField {...common('claimEn', 'claim')} label={t('optClaimTextEn')} multiline rows={2} value={form.claimEn} onInput={(claimEn) => set({ claimEn })} />
      <div class="grid-2">
        <TextField name="id" label={t('optId')} hint={t('optIdHint')} disabled={!p.isNew || p.readOnly} value={form.id} onInput={(id) => set({ id })} />
        <SelectField
          {...common('verdict', 'verdict')}
          label={t('optClaimVerdict')}
          value={form.verdict}
          options={VERDICTS.map((v) => ({ value: v, label: v.toUpperCase() }))}
          onChange={(verdict) => set({ verdict })}
        />
      </div>
      <div class="grid-2">
        <TextField {...common('sourceName', 'source')} label={t('optClaimSourceName')} value={form.sourceName} onInput={(sourceName) => set({ sourceName })} required />
        <TextField {...common('sourceUrl', 'source')} type="url" label={t('optClaimSourceUrl')} value={form.sourceUrl} onInput={(sourceUrl) => set({ sourceUrl })} required />
      </div>
      <TextField {...common('sourceTitle', 'source')} label={t('optClaimSourceTitle')} value={form.sourceTitle} onInput={(sourceTitle) => set({ sourceTitle })} />
      <div class="grid-2">
        <TextField {...common('published', 'published')} type="date" label={t('optClaimPublished')} value={form.published} onInput={(published) => set({ published })} required />
        <TextField {...common('expires', 'expires')} type="date" label={t('optExpires')} hint={t('optExpiresHint')} value={form.expires} onInput={(expires) => set({ expires })} />
      </div>
      <TextField {...common('keywords', 'keywords')} label={t('optClaimKeywords')} hint={t('optClaimKeywordsHint')} value={form.keywords} onInput={(keywords) => set({ keywords })} />
      <ErrorList errors={errors} title={t('optSaveFailed')} />
      <div class="actions">
        {!p.readOnly ? <button type="submit" class="primary" data-action="save-claim">{t('optSave')}</button> : null}
        <button type="button" data-action="cancel-edit" onClick={p.onClose}>{p.readOnly ? t('optClose') : t('optCancel')}</button>
      </div>
    </form>
  );
}
