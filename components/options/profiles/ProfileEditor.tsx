import { useEffect, useRef, useState } from 'preact/hooks';
import { INSTITUTION_TYPES, PLATFORMS, type InstitutionType, type Platform } from '../../../lib/checks/types';
import type { Template } from '../../../lib/templates/types';
import { t, uiLang, type MessageKey } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { localized } from '../../panel/localized';
import { CheckGroup, ErrorList, SelectField, TextField } from '../../shared/fields';
import { problemText, type Problems } from '../problems';
import { formToProfile, HASHTAG_LISTS, TIME_ZONES, type HashtagList, type ProfileForm } from '../profile-form';
import { ContactsEditor } from './ContactsEditor';
import { PLATFORM_LABELS } from '../../panel/labels';
import { TYPE_LABELS } from '../../journal/labels';
import { LogoField } from './LogoField';


const HASHTAG_LABELS: Record<HashtagList, MessageKey> = {
  required: 'optHashtagsRequired',
  recommended: 'optHashtagsRecommended',
  forbidden: 'optHashtagsForbidden',
};

export interface ProfileEditorProps {
  initial: ProfileForm;
  isNew: boolean;
  /** A pack's profile shown for reading: every control disabled. */
  readOnly: boolean;
  templates: readonly Template[];
  lockOf(field: string): string | undefined;
  onSave(form: ProfileForm): Promise<FieldError[]>;
  onClose(): void;
}

export function ProfileEditor(p: ProfileEditorProps) {
  const [form, setForm] = useState(p.initial);
  const [problems, setProblems] = useState<Problems>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p.initial]);
  // Functional updates: two events before a render must not undo each other.
  const set = (patch: Partial<ProfileForm>) => setForm((f) => ({ ...f, ...patch }));
  const lock = (field: string) => p.lockOf(field);
  const common = (name: string, field = name) => ({ name, lockedBy: lock(field), disabled: p.readOnly, error: problemText(problems[name]) });
  const lang = uiLang.value;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const converted = formToProfile(form);
    if (!converted.ok) {
      setProblems(converted.problems);
      setErrors([]);
      return;
    }
    setProblems({});
    setErrors(await p.onSave(form));
  };

  const title = p.readOnly ? t('optProfileView', form.officialName) : p.isNew ? t('optProfileNew') : t('optProfileEdit', form.officialName);
  return (
    <form class="editor card" data-testid="profile-editor" data-profile-id={form.id} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3 ref={heading} tabIndex={-1}>{title}</h3>
      {Object.keys(problems).length ? <p class="field-error" role="alert">{t('optFixProblems')}</p> : null}
      <fieldset>
        <legend>{t('optProfileIdentity')}</legend>
        <div class="grid-2">
          <TextField {...common('officialName')} label={t('optOfficialName')} required value={form.officialName} onInput={(officialName) => set({ officialName })} />
          <TextField
            name="id"
            label={t('optId')}
            hint={t('optIdHint')}
            disabled={!p.isNew || p.readOnly}
            error={problemText(problems.id)}
            value={form.id}
            onInput={(id) => set({ id })}
          />
        </div>
        <TextField {...common('shortNames')} label={t('optShortNames')} hint={t('optOnePerLine')} multiline value={form.shortNames} onInput={(shortNames) => set({ shortNames })} />
        <div class="grid-3">
          {PLATFORMS.map((platform) => (
            <TextField
              key={platform}
              {...common(`handles.${platform}`, `handles/${platform}`)}
              label={t('optHandleOn', t(PLATFORM_LABELS[platform]))}
              placeholder="@"
              value={form.handles[platform]}
              onInput={(value) => setForm((f) => ({ ...f, handles: { ...f.handles, [platform]: value } }))}
            />
          ))}
        </div>
        <div class="grid-2">
          <SelectField
            {...common('timeZone')}
            label={t('optTimeZone')}
            value={form.timeZone}
            options={TIME_ZONES.map((z) => ({ value: z, label: z }))}
            onChange={(timeZone) => set({ timeZone })}
          />
          <SelectField<InstitutionType | ''>
            {...common('institutionType')}
            label={t('optInstitutionType')}
            hint={t('optInstitutionTypeHint')}
            value={form.institutionType}
            options={[{ value: '', label: t('optInstitutionTypeNone') }, ...INSTITUTION_TYPES.map((type) => ({ value: type, label: t(TYPE_LABELS[type]) }))]}
            onChange={(institutionType) => set({ institutionType })}
          />
          <TextField {...common('expires')} type="date" label={t('optExpires')} hint={t('optExpiresHint')} value={form.expires} onInput={(expires) => set({ expires })} />
        </div>
      </fieldset>
      <fieldset data-testid="hashtags">
        <legend>{t('optHashtags')}</legend>
        <p class="hint">{t('optHashtagsHint')}</p>
        {HASHTAG_LISTS.map((list) => (
          <TextField
            key={list}
            {...common(`hashtags.${list}`, `hashtags/${list}`)}
            label={t(HASHTAG_LABELS[list])}
            multiline
            rows={2}
            value={form.hashtags[list]}
            onInput={(value) => setForm((f) => ({ ...f, hashtags: { ...f.hashtags, [list]: value } }))}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optProfileTexts')}</legend>
        <TextField {...common('tagline')} label={t('optTagline')} value={form.tagline} onInput={(tagline) => set({ tagline })} />
        <TextField {...common('footer')} label={t('optFooter')} multiline value={form.footer} onInput={(footer) => set({ footer })} />
        <ContactsEditor
          rows={form.contacts}
          lockedBy={lock('contacts')}
          disabled={p.readOnly}
          problems={problems}
          onChange={(fn) => setForm((f) => ({ ...f, contacts: fn(f.contacts) }))}
        />
        <TextField {...common('allowedWords')} label={t('optAllowedWords')} hint={t('optAllowedWordsHint')} multiline value={form.allowedWords} onInput={(allowedWords) => set({ allowedWords })} />
      </fieldset>
      <fieldset data-testid="report-signature">
        <legend>{t('optReportFieldset')}</legend>
        <p class="hint">{t('optReportFieldsetHint')}</p>
        <div class="grid-2">
          <TextField {...common('signatoryName', 'signatory')} label={t('optSignatoryName')} value={form.signatoryName} onInput={(signatoryName) => set({ signatoryName })} />
          <TextField {...common('signatoryNip', 'signatory')} label={t('optSignatoryNip')} hint={t('optSignatoryNipHint')} value={form.signatoryNip} onInput={(signatoryNip) => set({ signatoryNip })} />
        </div>
        <TextField {...common('signatoryPosition', 'signatory')} label={t('optSignatoryPosition')} value={form.signatoryPosition} onInput={(signatoryPosition) => set({ signatoryPosition })} />
        <LogoField
          value={form.logo}
          disabled={p.readOnly || lock('logo') !== undefined}
          error={problemText(problems.logo)}
          onChange={(logo, problem) => {
            setProblems((current) => {
              const { logo: _old, ...rest } = current;
              return problem ? { ...rest, logo: { key: problem } } : rest;
            });
            if (!problem) set({ logo });
          }}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optProfileUse')}</legend>
        <CheckGroup<Platform>
          {...common('defaultFor')}
          label={t('optDefaultFor')}
          values={form.defaultFor}
          options={PLATFORMS.map((value) => ({ value, label: t(PLATFORM_LABELS[value]) }))}
          onChange={(defaultFor) => set({ defaultFor })}
        />
        {p.templates.length ? (
          <CheckGroup<string>
            {...common('favouriteTemplates')}
            label={t('optFavouriteTemplates')}
            values={form.favouriteTemplates}
            options={p.templates.map((x) => ({ value: x.id, label: localized(x.title, lang) }))}
            onChange={(favouriteTemplates) => set({ favouriteTemplates })}
          />
        ) : null}
        <div class="grid-2">
          <TextField {...common('postsPerWeek', 'activity')} type="number" label={t('optPostsPerWeek')} value={form.postsPerWeek} onInput={(postsPerWeek) => set({ postsPerWeek })} />
          <TextField {...common('silentAfterDays', 'activity')} type="number" label={t('optSilentAfterDays')} value={form.silentAfterDays} onInput={(silentAfterDays) => set({ silentAfterDays })} />
        </div>
      </fieldset>
      <ErrorList errors={errors} title={t('optSaveFailed')} />
      <div class="actions">
        {!p.readOnly ? (
          <button type="submit" class="primary" data-action="save-profile">{t('optSave')}</button>
        ) : null}
        <button type="button" data-action="cancel-edit" onClick={p.onClose}>{p.readOnly ? t('optClose') : t('optCancel')}</button>
      </div>
    </form>
  );
}
