import type { PanelSession } from './session';
import { formatNumber, t, uiLang } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n';
import type { Platform } from '../../lib/checks/types';

const PLATFORM_NAMES: Record<Platform, MessageKey> = {
  instagram: 'platformInstagram',
  facebook: 'platformFacebook',
  tiktok: 'platformTiktok',
};

export function Panel({ session }: { session: PanelSession }) {
  const lang = uiLang.value;
  const length = session.text.value.length;
  const limit = session.limits.value.captionLength;
  const over = length > limit;
  const platformName = t(PLATFORM_NAMES[session.handle.platform]);
  const status = session.status.value;
  return (
    <section class="panel" lang={lang} aria-label={t('panelRegion', platformName)}>
      <header class="panel__header">
        <h2 class="panel__title">{t('panelTitle')}</h2>
        <span class="panel__platform">{platformName}</span>
      </header>
      <p class="counter" data-over={over ? 'true' : 'false'}>
        <span class="counter__label">{t('charCount')}</span>{' '}
        <span
          data-saring="char-count"
          aria-label={t('charCountLabel', formatNumber(length), formatNumber(limit))}
        >
          {t('charCountValue', formatNumber(length), formatNumber(limit))}
        </span>
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          data-action="insert-sample"
          disabled={session.busy.value}
          onClick={() => void session.insert(t('sampleCaption'))}
        >
          {t('insertSample')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status ? t(status) : ''}
      </p>
    </section>
  );
}
