import { PLATFORMS, type Platform, type Profile } from '../../../lib/checks/types';
import { t } from '../../../lib/i18n';
import type { StoreSnapshot } from '../../../lib/messaging/protocol';
import { joinHashtags } from '../lists';
import { previewProfile } from '../templates/preview';
import { PLATFORM_LABELS } from '../../panel/labels';

/** Each platform's active profile and its hashtags at a glance, with a way into its editor. */
export function HashtagsOverview({ snapshot, onEdit }: { snapshot: StoreSnapshot; onEdit(profile: Profile): void }) {
  const profiles = snapshot.effective.profiles;
  if (!profiles.length) return null;
  const rows = PLATFORMS.map((platform) => ({ platform, profile: previewProfile(profiles, platform, snapshot.ui.activeProfiles) }));
  return (
    <div class="card" data-testid="hashtags-overview">
      <h3>{t('optHashtagsOverview')}</h3>
      <table class="hashtag-table">
        <thead>
          <tr>
            <th scope="col">{t('optPreviewPlatform')}</th>
            <th scope="col">{t('optPreviewProfile')}</th>
            <th scope="col">{t('optHashtagsRequired')}</th>
            <th scope="col">{t('optHashtagsRecommended')}</th>
            <th scope="col">{t('optHashtagsForbidden')}</th>
            <th scope="col"><span class="visually-hidden">{t('optEdit')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ platform, profile }: { platform: Platform; profile: Profile | undefined }) => (
            <tr key={platform} data-platform={platform}>
              <th scope="row">{t(PLATFORM_LABELS[platform])}</th>
              <td>{profile?.officialName ?? '—'}</td>
              <td>{joinHashtags(profile?.hashtags.required)}</td>
              <td>{joinHashtags(profile?.hashtags.recommended)}</td>
              <td>{joinHashtags(profile?.hashtags.forbidden)}</td>
              <td>
                {profile ? (
                  <button type="button" data-action="edit-hashtags" aria-label={t('optEditNamed', profile.officialName)} onClick={() => onEdit(profile)}>
                    {t('optEdit')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
