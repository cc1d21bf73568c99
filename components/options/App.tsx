import { useEffect, useRef } from 'preact/hooks';
import { t, uiLang, type MessageKey } from '../../lib/i18n';
import { signal } from '@preact/signals';
import { SelectField } from '../shared/fields';
import { GlossarySection } from './glossary/GlossarySection';
import { ClaimsSection } from './claims/ClaimsSection';
import { PacksSection } from './packs/PacksSection';
import { ProfilesSection } from './profiles/ProfilesSection';
import { RulesSection } from './rules/RulesSection';
import type { RuleInfo } from './rule-settings-form';
import { useOptions } from './state';
import { TemplatesSection } from './templates/TemplatesSection';

export const SECTIONS = ['packs', 'profiles', 'templates', 'glossary', 'claims', 'rules'] as const;
export type SectionName = (typeof SECTIONS)[number];

const SECTION_LABELS: Record<SectionName, MessageKey> = {
  packs: 'optPacksTitle',
  profiles: 'optProfilesTitle',
  templates: 'optTemplatesTitle',
  glossary: 'optGlossaryTitle',
  claims: 'optClaimsTitle',
  rules: 'optRulesTitle',
};

/** The section shown; kept in the URL hash so a reload (or a link) opens the same one. */
export const currentSection = signal<SectionName>('packs');

export function sectionFromHash(hash: string): SectionName {
  const name = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(name) ? (name as SectionName) : 'packs';
}

function LangSwitch() {
  const { snapshot, setLang } = useOptions();
  const choice = snapshot.value?.ui.lang ?? 'auto';
  return (
    <SelectField<'auto' | 'id' | 'en'>
      name="lang"
      label={t('languageLabel')}
      value={choice}
      options={[
        { value: 'auto', label: t('languageAuto') },
        { value: 'id', label: 'Bahasa Indonesia' },
        { value: 'en', label: 'English' },
      ]}
      onChange={(lang) => void setLang(lang)}
    />
  );
}

function Nav() {
  const active = currentSection.value;
  return (
    <nav class="nav" aria-label={t('optNavLabel')}>
      <ul>
        {SECTIONS.map((name) => (
          <li key={name}>
            <a href={`#${name}`} data-nav={name} aria-current={active === name ? 'page' : undefined}>
              {t(SECTION_LABELS[name])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Current({ rules }: { rules: readonly RuleInfo[] }) {
  switch (currentSection.value) {
    case 'packs':
      return <PacksSection />;
    case 'profiles':
      return <ProfilesSection />;
    case 'templates':
      return <TemplatesSection />;
    case 'glossary':
      return <GlossarySection />;
    case 'claims':
      return <ClaimsSection />;
    case 'rules':
      return <RulesSection rules={rules} />;
  }
}

export function App({ rules }: { rules: readonly RuleInfo[] }) {
  const { snapshot, loadError, notice, refresh } = useOptions();
  const main = useRef<HTMLElement>(null);
  const lang = uiLang.value;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optPageTitle');
  }, [lang]);

  useEffect(() => {
    const onHash = () => {
      currentSection.value = sectionFromHash(location.hash);
      // Land on the new section's heading, as a page change would.
      requestAnimationFrame(() => main.current?.querySelector<HTMLElement>('h2')?.focus());
    };
    currentSection.value = sectionFromHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div class="options" data-testid="options">
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          // The hash names sections, so the skip link moves focus itself.
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('optSkipToContent')}
      </a>
      <header class="topbar">
        <h1>{t('optPageTitle')}</h1>
        <LangSwitch />
      </header>
      <div class="layout">
        <Nav />
        <main id="main" ref={main} tabIndex={-1}>
          <div class="notice" role="status" aria-live="polite" data-testid="notice" data-tone={notice.value?.tone}>
            {notice.value?.text ?? ''}
          </div>
          {loadError.value ? (
            <div class="error-list" role="alert">
              <p>{loadError.value}</p>
              <button type="button" data-action="retry" onClick={() => void refresh()}>{t('optRetry')}</button>
            </div>
          ) : null}
          {snapshot.value ? <Current rules={rules} /> : !loadError.value ? <p role="status">{t('optLoading')}</p> : null}
        </main>
      </div>
    </div>
  );
}
