import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { CheckField, ErrorList, TextField } from '../../shared/fields';
import { formToGlossary, type GlossaryForm } from '../glossary-form';
import { problemText, type Problems } from '../problems';

export interface GlossaryEditorProps {
  initial: GlossaryForm;
  isNew: boolean;
  readOnly: boolean;
  lockOf(field: string): string | undefined;
  onSave(form: GlossaryForm): Promise<FieldError[]>;
  onClose(): void;
}

export function GlossaryEditor(p: GlossaryEditorProps) {
  const [form, setForm] = useState(p.initial);
  const [problems, setProblems] = useState<Problems>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.initial]);
  const set = (patch: Partial<GlossaryForm>) => setForm((f) => ({ ...f, ...patch }));
  const common = (name: string, field = name) => ({ name, lockedBy: p.lockOf(field), disabled: p.readOnly, error: problemText(problems[name]) });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const converted = formToGlossary(form);
    if (!converted.ok) {
      setProblems(converted.problems);
      return;
    }
    setProblems({});
    setErrors(await p.onSave(form));
  };

  return (
    <form class="editor card" data-testid="glossary-editor" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3 ref={heading} tabIndex={-1}>{p.isNew ? t('optGlossaryNew') : t('optGlossaryEdit', form.preferred)}</h3>
      <div class="grid-2">
        <TextField {...common('preferred')} label={t('optPreferred')} required value={form.preferred} onInput={(preferred) => set({ preferred })} />
        <TextField name="id" label={t('optId')} hint={t('optIdHint')} disabled={!p.isNew || p.readOnly} error={problemText(problems.id)} value={form.id} onInput={(id) => set({ id })} />
      </div>
      <TextField {...common('variants')} label={t('optVariants')} hint={t('optOnePerLine')} multiline value={form.variants} onInput={(variants) => set({ variants })} />
      <CheckField {...common('caseSensitive')} label={t('optCaseSensitive')} hint={t('optCaseSensitiveHint')} checked={form.caseSensitive} onChange={(caseSensitive) => set({ caseSensitive })} />
      <div class="grid-2">
        <TextField {...common('noteId', 'note')} label={t('optNoteId')} multiline rows={2} value={form.noteId} onInput={(noteId) => set({ noteId })} />
        <TextField {...common('noteEn', 'note')} label={t('optNoteEn')} multiline rows={2} value={form.noteEn} onInput={(noteEn) => set({ noteEn })} />
      </div>
      <TextField {...common('expires')} type="date" label={t('optExpires')} hint={t('optExpiresHint')} value={form.expires} onInput={(expires) => set({ expires })} />
      <ErrorList errors={errors} title={t('optSaveFailed')} />
      <div class="actions">
        {!p.readOnly ? <button type="submit" class="primary" data-action="save-glossary">{t('optSave')}</button> : null}
        <button type="button" data-action="cancel-edit" onClick={p.onClose}>{p.readOnly ? t('optClose') : t('optCancel')}</button>
      </div>
    </form>
  );
}
