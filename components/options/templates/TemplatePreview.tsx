import { useMemo, useState } from 'preact/hooks';
import { check, makeContext } from '../../../lib/checks';
import { PLATFORMS, type Platform } from '../../../lib/checks/types';
import { formatNumber, t, uiLang } from '../../../lib/i18n';
import type { StoreSnapshot } from '../../../lib/messaging/protocol';
import { errorMessage, renderTemplate } from '../../../lib/templates';
import type { Template } from '../../../lib/templates/types';
import { SEVERITY_LABELS } from '../../panel/labels';
import { SelectField } from '../../shared/fields';
import { PLATFORM_LABELS } from '../../panel/labels';
import { previewProfile, previewValues } from './preview';

/** The template rendered for one platform and profile, as the panel would insert it, with its findings. */
export function TemplatePreview({ template, snapshot }: { template: Template; snapshot: StoreSnapshot }) {
  const profiles = snapshot.effective.profiles;
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [profileId, setProfileId] = useState<string>(() => previewProfile(profiles, 'instagram', snapshot.ui.activeProfiles)?.id ?? '');
  const profile = profiles.find((p) => p.id === profileId);
  const lang = uiLang.value;
  const now = useMemo(() => new Date(), []);

  const result = useMemo(
    () => renderTemplate(template, { platform, profile, values: previewValues(template, now, profile?.timeZone), now, lang }),
    [template, platform, profile, now, lang],
  );
  const findings = useMemo(() => {
    if (!result.text) return [];
    const ctx = makeContext({ platform, lang, profile, glossary: snapshot.effective.glossary, settings: snapshot.effective.settings });
    try {
      return check(result.text, ctx);
    } catch {
      // A broken rule must not take the editor down with it; the preview text still shows.
      return [];
    }
  }, [result.text, platform, lang, profile, snapshot.effective.glossary, snapshot.effective.settings]);
  const valueErrors = result.errors.filter((e) => e.part === 'values' || e.part === 'template');

  return (
    <aside class="template-preview card" aria-labelledby="template-preview-title" data-testid="template-preview-panel">
      <h4 id="template-preview-title">{t('optPreview')}</h4>
      <div class="grid-2">
        <SelectField<Platform>
          name="preview-platform"
          label={t('optPreviewPlatform')}
          value={platform}
          options={PLATFORMS.map((p) => ({ value: p, label: t(PLATFORM_LABELS[p]) }))}
          onChange={setPlatform}
        />
        <SelectField<string>
          name="preview-profile"
          label={t('optPreviewProfile')}
          value={profileId}
          options={[{ value: '', label: t('optNoProfile') }, ...profiles.map((p) => ({ value: p.id, label: p.officialName }))]}
          onChange={setProfileId}
        />
      </div>
      <pre class="preview-text" data-testid="template-preview" aria-label={t('optPreviewText')}>{result.text}</pre>
      <p class="muted">{t('optPreviewLength', formatNumber(result.text.length), formatNumber(snapshot.effective.settings.limits[platform].captionLength))}</p>
      {result.missing.length ? <p class="muted">{t('optPreviewMissing', result.missing.join(', '))}</p> : null}
      {result.emptyProfile.length ? <p class="muted">{t('optPreviewEmptyProfile', result.emptyProfile.join(', '))}</p> : null}
      {valueErrors.length ? (
        <ul class="template-errors">
          {valueErrors.map((e, i) => <li key={i}>{errorMessage(e, lang)}</li>)}
        </ul>
      ) : null}
      <h5>{t('optPreviewFindings', formatNumber(findings.length))}</h5>
      {findings.length ? (
        <ul class="preview-findings" data-testid="preview-findings">
          {findings.map((f, i) => (
            <li key={`${i}-${f.ruleId}`} data-rule-id={f.ruleId} data-category={f.category} data-severity={f.severity}>
              <span class={`badge badge--${f.severity}`}>{t(SEVERITY_LABELS[f.severity])}</span> {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
