import type { PanelSession } from './session';
import type { PanelDeps } from './deps';
import { t } from '../../lib/i18n/core';
import { PLATFORM_LABELS } from './labels';

export function Header({ session, deps }: { session: PanelSession; deps: PanelDeps }) {
  const platform = session.platform.value;
  const preset = session.preset.value;
  const profile = session.profile.value;
  const profiles = preset?.profiles ?? [];
  const langChoice = preset?.ui.lang ?? 'auto';
  const side = preset?.ui.panel.side ?? 'right';
  return (
    <header class="panel__header">
      <div class="panel__heading">
        <h2 class="panel__title">{t('panelTitle')}</h2>
        <span class="panel__platform">{t(PLATFORM_LABELS[platform])}</span>
        <button
          type="button"
          class="icon-button icon-button--push"
          data-action="move-panel"
          aria-label={side === 'left' ? t('moveRight') : t('moveLeft')}
          title={side === 'left' ? t('moveRight') : t('moveLeft')}
          onClick={() => void deps.saveUi({ panel: { side: side === 'left' ? 'right' : 'left' } })}
        >
          {side === 'left' ? '→' : '←'}
        </button>
        <button
          type="button"
          class="icon-button"
          data-action="collapse"
          aria-label={t('collapse')}
          title={t('collapse')}
          onClick={() => {
            session.openedHere.value = false;
            void deps.saveUi({ panel: { collapsed: true } });
          }}
        >
          –
        </button>
      </div>
      <div class="panel__controls">
        <label class="field field--inline">
          <span>{t('profileLabel')}</span>
          {profiles.length ? (
            <select
              data-action="choose-profile"
              value={profile?.id ?? ''}
              onChange={(event) => {
                const id = event.currentTarget.value;
                session.chooseProfile(id);
                void deps.saveUi({ activeProfile: { platform, profileId: id } });
              }}
            >
              {profiles.map((p) => (
                <option value={p.id} key={p.id}>
                  {p.officialName}
                </option>
              ))}
            </select>
          ) : (
            <span class="muted">{t('noProfile')}</span>
          )}
        </label>
        <label class="field field--inline">
          <span>{t('languageLabel')}</span>
          <select
            data-action="choose-language"
            value={langChoice}
            onChange={(event) => {
              const lang = event.currentTarget.value as 'id' | 'en' | 'auto';
              void deps.saveUi({ lang });
            }}
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="id" lang="id">Bahasa Indonesia</option>
            <option value="en" lang="en">English</option>
          </select>
        </label>
      </div>
    </header>
  );
}
