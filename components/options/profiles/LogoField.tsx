import { useId } from 'preact/hooks';
import { t, type MessageKey } from '../../../lib/i18n';
import { LOGO_MAX_CHARS, LOGO_PATTERN } from '../../../lib/presets/schema';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** Reads a picked image into a data: URL the profile keeps (never an address to fetch), or says why not. */
export function readLogo(file: File): Promise<{ logo: string } | { problem: MessageKey }> {
  if (!TYPES.includes(file.type)) return Promise.resolve({ problem: 'optErrLogoType' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      if (url.length > LOGO_MAX_CHARS) resolve({ problem: 'optErrLogoSize' });
      else if (!LOGO_PATTERN.test(url)) resolve({ problem: 'optErrLogoType' });
      else resolve({ logo: url });
    };
    reader.onerror = () => resolve({ problem: 'optErrLogoType' });
    reader.readAsDataURL(file);
  });
}

/** The report header's logo: pick a small image, see it, or remove it. */
export function LogoField(p: { value: string; disabled: boolean; error?: string | undefined; onChange(logo: string, problem?: MessageKey): void }) {
  const id = useId();
  return (
    <div class="field" data-field="logo">
      <label for={id}>{t('optLogo')}</label>
      {p.value ? <img class="logo-preview" src={p.value} alt={t('optLogoPreview')} data-testid="logo-preview" /> : null}
      <input
        id={id}
        type="file"
        accept={TYPES.join(',')}
        disabled={p.disabled}
        aria-describedby={`${id}-hint${p.error ? ` ${id}-error` : ''}`}
        aria-invalid={p.error ? true : undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          void readLogo(file).then((read) => ('logo' in read ? p.onChange(read.logo) : p.onChange(p.value, read.problem)));
          input.value = '';
        }}
      />
      <p class="hint" id={`${id}-hint`}>{t('optLogoHint')}</p>
      {p.error ? (
        <p class="field-error" id={`${id}-error`}>
          {p.error}
        </p>
      ) : null}
      {p.value && !p.disabled ? (
        <button type="button" class="danger" data-action="remove-logo" onClick={() => p.onChange('')}>
          {t('optLogoRemove')}
        </button>
      ) : null}
    </div>
  );
}
