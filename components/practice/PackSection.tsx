import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ask } from '../../lib/messaging/client';
import type { FieldError, PackPreview } from '../../lib/messaging/protocol';
import { kindLabel } from './labels';
import { loadAll } from './state';

interface Pending {
  text: string;
  preview: PackPreview;
}

/**
 * Installs the class pack the trainer handed out (a file on a flash drive or in the class group):
 * preview first, then import; its exercises appear after the built-in ones.
 */
export function PackSection() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState('');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    setStatus('');
    const text = await file.text();
    const reply = await ask('pack:preview', { text });
    if (!reply.ok) {
      setErrors([{ path: '', message: t('pracPackUnreachable') }]);
      return;
    }
    if (!reply.data.ok) {
      setErrors(reply.data.errors);
      return;
    }
    setErrors([]);
    setPending({ text, preview: reply.data.preview });
  };

  const install = async () => {
    if (!pending) return;
    const reply = await ask('pack:import', { text: pending.text });
    if (!reply.ok) {
      setErrors([{ path: '', message: t('pracPackUnreachable') }]);
      return;
    }
    if (!reply.data.ok) {
      setErrors(reply.data.errors);
      return;
    }
    const exercises = pending.preview.added.filter((a) => a.kind === 'exercises').length;
    setStatus(t('pracPackInstalled', pending.preview.pack.name, exercises));
    setPending(null);
    await loadAll();
  };

  return (
    <section class="card" id="packs" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('pracPackHeading')}</h2>
      <p class="muted">{t('pracPackIntro')}</p>
      <div class="field-row">
        <label for="pack-file">{t('pracPackFile')}</label>
        <input
          id="pack-file"
          type="file"
          accept=".json,application/json"
          data-action="choose-pack"
          onChange={(event) => {
            const input = event.currentTarget;
            void onFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </div>
      {errors.length ? (
        <ul class="errors" role="alert" data-practice="pack-errors">
          {errors.map((e, i) => (
            <li key={i}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
          ))}
        </ul>
      ) : null}
      {pending ? (
        <div class="pack-preview" data-practice="pack-preview">
          <p>
            {t('pracPackPreview', pending.preview.pack.name, pending.preview.pack.publisher)}
          </p>
          <ul>
            {pending.preview.added.map((item) => (
              <li key={`${item.kind}/${item.id}`}>{t('pracPackAdded', kindLabel(item.kind), item.label)}</li>
            ))}
            {pending.preview.changed.map((item) => (
              <li key={`${item.kind}/${item.id}`}>{t('pracPackChanged', kindLabel(item.kind), item.label)}</li>
            ))}
          </ul>
          <button type="button" class="btn" data-action="import-pack" onClick={() => void install()}>
            {t('pracPackInstall')}
          </button>{' '}
          <button type="button" class="btn btn--quiet" onClick={() => setPending(null)}>
            {t('pracCancel')}
          </button>
        </div>
      ) : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
