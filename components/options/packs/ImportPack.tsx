import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatNumber, t, uiLang } from '../../../lib/i18n';
import { MAX_PACK_CHARS, type FieldError, type PackPreview } from '../../../lib/messaging/protocol';
import { ErrorList } from '../../shared/fields';
import { formatDate } from '../format';
import { useOptions } from '../state';
import { kindLabel } from './kinds';
import { safetyText } from '../rules/safety-text';

type Change = PackPreview['changed'][number];

function ChangeList({ title, items, name }: { title: string; items: readonly Change[]; name: string }) {
  return (
    <div class="preview-list" data-testid={`preview-${name}`}>
      <h5>{t('optPreviewCount', title, formatNumber(items.length))}</h5>
      {items.length ? (
        <ul>
          {items.map((item) => (
            <li key={`${item.kind}/${item.id}`} data-kind={item.kind} data-id={item.id}>
              <span class="badge">{kindLabel(item.kind)}</span> {item.label}
              {item.fields?.length ? <span class="muted"> ({item.fields.join(', ')})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PathList({ title, paths, name }: { title: string; paths: readonly string[]; name: string }) {
  if (!paths.length) return null;
  return (
    <div class="preview-list" data-testid={`preview-${name}`}>
      <h5>{t('optPreviewCount', title, formatNumber(paths.length))}</h5>
      <ul>
        {paths.map((path) => (
          <li key={path}><code>{path}</code></li>
        ))}
      </ul>
    </div>
  );
}

/** What the pack does to safety rules; an off is refused on import and said so here. */
function SafetyList({ changes }: { changes: PackPreview['safety'] }) {
  if (!changes.length) return null;
  return (
    <div class="preview-list" data-testid="preview-safety" role="note">
      <h5>{t('optPreviewCount', t('optPreviewSafety'), formatNumber(changes.length))}</h5>
      <ul>
        {changes.map((change) => (
          <li key={change.ruleId} data-rule-id={change.ruleId} data-kind={change.kind}>{safetyText(change)}</li>
        ))}
      </ul>
    </div>
  );
}

function Preview({ preview, onConfirm, onCancel, busy }: { preview: PackPreview; onConfirm(): void; onCancel(): void; busy: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to what appeared, so keyboard and screen-reader users land on the preview.
  useEffect(() => heading.current?.focus(), [preview]);
  const { pack } = preview;
  return (
    <div class="preview" data-testid="import-preview">
      <h4 ref={heading} tabIndex={-1}>{t('optPreviewTitle', pack.name)}</h4>
      <p class="muted">
        {t('optPackPublisher', pack.publisher)} · {t('optPackUpdated', formatDate(pack.updated, uiLang.value))} ·{' '}
        {t('optPackVersion', String(pack.version))}
      </p>
      {pack.description ? <p>{pack.description}</p> : null}
      <p>{preview.replaces ? t('optPreviewReplaces') : t('optPreviewNew')}</p>
      <ChangeList title={t('optPreviewAdded')} items={preview.added} name="added" />
      <ChangeList title={t('optPreviewChanged')} items={preview.changed} name="changed" />
      <ChangeList title={t('optPreviewRemoved')} items={preview.removed} name="removed" />
      <PathList title={t('optPreviewRuleSettings')} paths={preview.ruleSettings} name="rule-settings" />
      <PathList title={t('optPreviewLocksAdded')} paths={preview.locks.added} name="locks-added" />
      <PathList title={t('optPreviewLocksRemoved')} paths={preview.locks.removed} name="locks-removed" />
      <SafetyList changes={preview.safety} />
      <div class="actions">
        <button type="button" class="primary" data-action="confirm-import" disabled={busy} onClick={onConfirm}>
          {t('optConfirmImport')}
        </button>
        <button type="button" data-action="cancel-import" onClick={onCancel}>{t('optCancel')}</button>
      </div>
    </div>
  );
}

export function ImportPack() {
  const { act } = useOptions();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setText(null);
    setPreview(null);
    if (input.current) input.current.value = '';
  };

  const onFile = async (file: File | undefined) => {
    setErrors([]);
    setPreview(null);
    if (!file) return;
    if (file.size > MAX_PACK_CHARS * 4) {
      setErrors([{ path: '', message: t('optFileTooLarge') }]);
      return;
    }
    setBusy(true);
    const content = await file.text();
    if (content.length > MAX_PACK_CHARS) {
      setBusy(false);
      setErrors([{ path: '', message: t('optFileTooLarge') }]);
      return;
    }
    const result = await act('pack:preview', { text: content });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setText(content);
    setPreview(result.value.preview);
  };

  const onConfirm = async () => {
    if (text === null || !preview) return;
    setBusy(true);
    const result = await act('pack:import', { text }, t('optImported', preview.pack.name));
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    reset();
  };

  return (
    <div class="card" data-testid="import">
      <h3>{t('optImportTitle')}</h3>
      <div class="field">
        <label for={inputId}>{t('optImportFile')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          name="pack-file"
          accept=".json,application/json"
          data-action="import-file"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <p id={`${inputId}-hint`} class="hint">{t('optImportHint')}</p>
      </div>
      {busy ? <p role="status">{t('optWorking')}</p> : null}
      <ErrorList errors={errors} title={t('optImportInvalid')} />
      {preview ? <Preview preview={preview} busy={busy} onConfirm={() => void onConfirm()} onCancel={reset} /> : null}
    </div>
  );
}
