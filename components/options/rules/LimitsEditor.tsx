import { PLATFORMS, type Platform } from '../../../lib/checks/types';
import { t, type MessageKey } from '../../../lib/i18n';
import { CheckField, TextField } from '../../shared/fields';
import { PLATFORM_LABELS } from '../../panel/labels';
import { problemText, type Problems } from '../problems';
import { NULLABLE_LIMITS, type LimitsRow } from '../rule-settings-form';

const LIMIT_LABELS: Record<(typeof NULLABLE_LIMITS)[number], MessageKey> = {
  hashtags: 'optLimitHashtags',
  mentions: 'optLimitMentions',
  foldAt: 'optLimitFold',
};

export function LimitsEditor(p: {
  limits: Record<Platform, LimitsRow>;
  problems: Problems;
  lockOf(platform: Platform, field: string): string | undefined;
  hasLocal(platform: Platform): boolean;
  onChange(platform: Platform, patch: Partial<LimitsRow>): void;
  onReset(platform: Platform): void;
}) {
  return (
    <div class="limits grid-3" data-testid="limits">
      {PLATFORMS.map((platform) => {
        const row = p.limits[platform];
        const set = (patch: Partial<LimitsRow>) => p.onChange(platform, patch);
        const name = (field: string) => `limits.${platform}.${field}`;
        return (
          <fieldset key={platform} class="card" data-platform={platform}>
            <legend>{t(PLATFORM_LABELS[platform])}</legend>
            <TextField
              name={name('captionLength')}
              type="number"
              label={t('optLimitCaption')}
              lockedBy={p.lockOf(platform, 'captionLength')}
              error={problemText(p.problems[name('captionLength')])}
              value={row.captionLength}
              onInput={(captionLength) => set({ captionLength })}
            />
            {NULLABLE_LIMITS.map((field) => (
              <TextField
                key={field}
                name={name(field)}
                type="number"
                label={t(LIMIT_LABELS[field])}
                hint={t('optLimitEmptyHint')}
                lockedBy={p.lockOf(platform, field)}
                error={problemText(p.problems[name(field)])}
                value={row[field]}
                onInput={(value) => set({ [field]: value })}
              />
            ))}
            <CheckField
              name={name('linksClickable')}
              label={t('optLimitLinks')}
              lockedBy={p.lockOf(platform, 'linksClickable')}
              checked={row.linksClickable}
              onChange={(linksClickable) => set({ linksClickable })}
            />
            {p.hasLocal(platform) ? (
              <button type="button" data-action="reset-limits" aria-label={t('optResetNamed', t(PLATFORM_LABELS[platform]))} onClick={() => p.onReset(platform)}>
                {t('optReset')}
              </button>
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}
