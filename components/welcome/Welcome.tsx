/**
 * The first page a new admin sees: who their institution is, in under a minute, or the pack their
 * Diskominfo sent. Until this is done the panels say so instead of checking against the example.
 */
import { useEffect, useState } from 'preact/hooks';
import { resolveLang, t, uiLang } from '../../lib/i18n';
import type { LangChoice } from '../../lib/i18n';
import type { FieldError } from '../../lib/messaging/protocol';
import type { TimeZoneName } from '../../lib/checks/types';
import { ErrorList, SelectField, TextField } from '../shared/fields';
import type { OptionsDeps } from '../options/deps';
import { checkSubscriptionUrl } from '../options/packs/subscription-url';
import { EMPTY_WELCOME, welcomeErrors, welcomeProfile } from './welcome-form';
import type { WelcomeErrors, WelcomeValues } from './welcome-form';

type Step = 'form' | 'pack' | 'done';

const ZONES: TimeZoneName[] = ['WIB', 'WITA', 'WIT'];

export function Welcome({ deps }: { deps: OptionsDeps }) {
  const [lang, setLang] = useState<LangChoice>('auto');
  const [values, setValues] = useState<WelcomeValues>(EMPTY_WELCOME);
  const [errors, setErrors] = useState<WelcomeErrors>({});
  const [failures, setFailures] = useState<FieldError[]>([]);
  const [step, setStep] = useState<Step>('form');
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');
  const [done, setDone] = useState('');

  useEffect(() => {
    void deps.ask('settings:get', {}).then((reply) => {
      const choice = reply.ok ? reply.data.lang : 'auto';
      setLang(choice);
      uiLang.value = resolveLang(choice, deps.browserLanguage());
    });
  }, []);

  const set = (key: keyof WelcomeValues) => (value: string) => setValues({ ...values, [key]: value });
  const field = (key: keyof WelcomeValues, label: string, hint?: string, extra: { type?: 'url'; placeholder?: string; required?: boolean } = {}) => (
    <TextField name={key} label={label} hint={hint} value={values[key]} error={errors[key] ? t(errors[key]) : undefined} onInput={set(key)} {...extra} />
  );

  const finish = async (name: string) => {
    await deps.ask('settings:set', { setupDone: true });
    setDone(name);
    setStep('done');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const found = welcomeErrors(values);
    setErrors(found);
    setFailures([]);
    if (Object.keys(found).length) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const profile = welcomeProfile(values);
    setBusy(true);
    const reply = await deps.ask('local:put', { kind: 'profiles', item: profile as never });
    if (reply.ok && reply.data.ok) {
      for (const platform of ['instagram', 'facebook', 'tiktok'] as const) {
        await deps.ask('settings:set', { activeProfile: { platform, profileId: profile.id } });
      }
      await finish(profile.officialName);
    } else setFailures(reply.ok && !reply.data.ok ? reply.data.errors : [{ path: '', message: t('welErrSave') }]);
    setBusy(false);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setFailures([]);
    setBusy(true);
    const reply = await deps.ask('pack:import', { text: await file.text() });
    setBusy(false);
    if (reply.ok && reply.data.ok) await finish(file.name);
    else setFailures(reply.ok && !reply.data.ok ? reply.data.errors : [{ path: '', message: t('welErrSave') }]);
  };

  const subscribe = (event: Event) => {
    event.preventDefault();
    setFailures([]);
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) {
      setFailures([{ path: '', message: t(checked.reason === 'not-https' ? 'optErrNotHttps' : 'optErrUrl') }]);
      return;
    }
    // The permission prompt needs the click's user gesture: asked before anything is awaited.
    const granted = deps.requestOrigin(checked.origin);
    setBusy(true);
    void (async () => {
      if (!(await granted)) {
        setBusy(false);
        setFailures([{ path: '', message: t('optPermissionDenied', checked.origin) }]);
        return;
      }
      const reply = await deps.ask('subscription:add', { url: checked.url });
      setBusy(false);
      if (reply.ok && reply.data.ok) await finish(checked.url);
      else setFailures(reply.ok && !reply.data.ok ? reply.data.errors : [{ path: '', message: t('welErrSave') }]);
    })();
  };

  return (
    <main class="welcome" data-saring="welcome" lang={uiLang.value} data-step={step}>
      <header class="welcome__top">
        <div>
          <h1>{t('welTitle')}</h1>
          <p class="hint">{t('welIntro')}</p>
        </div>
        <SelectField<LangChoice>
          name="language"
          label={t('languageLabel')}
          value={lang}
          options={[
            { value: 'auto', label: t('languageAuto') },
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(choice) => {
            setLang(choice);
            uiLang.value = resolveLang(choice, deps.browserLanguage());
            void deps.ask('settings:set', { lang: choice });
          }}
        />
      </header>
      {step === 'done' ? (
        <section class="card" data-testid="welcome-done">
          <h2 tabIndex={-1} ref={(h) => h?.focus()}>{t('welDoneTitle')}</h2>
          <p role="status">{t('welDone', done)}</p>
          <p>{t('welDoneNext')}</p>
          <p class="actions">
            <a class="button-link" href="practice.html">{t('welOpenPractice')}</a>
            <a class="button-link button-link--quiet" href="options.html">{t('welOpenOptions')}</a>
          </p>
        </section>
      ) : (
        <>
          <nav class="welcome__choice" aria-label={t('welChoice')}>
            <button type="button" class={step === 'form' ? 'primary' : ''} aria-pressed={step === 'form'} data-action="welcome-form" onClick={() => setStep('form')}>
              {t('welChooseForm')}
            </button>
            <button type="button" class={step === 'pack' ? 'primary' : ''} aria-pressed={step === 'pack'} data-action="welcome-pack" onClick={() => setStep('pack')}>
              {t('welChoosePack')}
            </button>
          </nav>
          {step === 'form' ? (
            <form class="card" onSubmit={(e) => void save(e)} noValidate data-testid="welcome-form">
              <h2>{t('welFormTitle')}</h2>
              {field('officialName', t('welOfficialName'), t('welOfficialNameHint'), { required: true, placeholder: 'Pemerintah Kabupaten …' })}
              {field('shortNames', t('welShortNames'), t('welShortNamesHint'))}
              <fieldset class="grid-3">
                <legend>{t('welHandles')}</legend>
                {field('instagram', 'Instagram', undefined, { placeholder: '@' })}
                {field('facebook', 'Facebook', undefined, { placeholder: '@' })}
                {field('tiktok', 'TikTok', undefined, { placeholder: '@' })}
              </fieldset>
              {field('hashtags', t('welHashtags'), t('welHashtagsHint'), { placeholder: '#' })}
              {field('tagline', t('welTagline'))}
              <fieldset class="grid-3">
                <legend>{t('welContacts')}</legend>
                {field('phone', t('welPhone'))}
                {field('email', t('welEmail'))}
                {field('web', t('welWeb'), undefined, { type: 'url', placeholder: 'https://' })}
              </fieldset>
              <fieldset class="grid-3" data-testid="welcome-signatory">
                <legend>{t('welSignatory')}</legend>
                {field('signatoryName', t('optSignatoryName'))}
                {field('signatoryNip', t('optSignatoryNip'), t('optSignatoryNipHint'))}
                {field('signatoryPosition', t('optSignatoryPosition'))}
              </fieldset>
              <SelectField<TimeZoneName>
                name="timeZone"
                label={t('welTimeZone')}
                value={values.timeZone}
                options={ZONES.map((zone) => ({ value: zone, label: t(`welZone${zone}` as 'welZoneWIB') }))}
                onChange={(zone) => setValues({ ...values, timeZone: zone })}
              />
              <ErrorList errors={failures} />
              <button type="submit" class="primary" data-action="welcome-save" disabled={busy}>{t('welSave')}</button>
            </form>
          ) : (
            <section class="card" data-testid="welcome-pack">
              <h2>{t('welPackTitle')}</h2>
              <p class="hint">{t('welPackHint')}</p>
              <div class="field">
                <label for="welcome-file">{t('welPackFile')}</label>
                <input id="welcome-file" type="file" accept=".json,application/json" data-action="welcome-file" disabled={busy} onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
              </div>
              <form onSubmit={subscribe} noValidate>
                <TextField name="welcome-url" type="url" label={t('welPackUrl')} placeholder="https://" value={url} onInput={setUrl} />
                <button type="submit" class="primary" data-action="welcome-subscribe" disabled={busy}>{t('optSubscribeButton')}</button>
              </form>
              <ErrorList errors={failures} />
            </section>
          )}
          {busy ? <p role="status">{t('optWorking')}</p> : null}
        </>
      )}
    </main>
  );
}
