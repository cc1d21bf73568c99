import type { Profile } from '../../lib/checks/types';
import { t } from '../../lib/i18n';

/** Month and profiles. No profile ticked means every profile, and posts made without one. */
export function ReportFilters(props: {
  month: string;
  profileIds: string[];
  profiles: Profile[];
  onMonth(month: string): void;
  onProfiles(ids: string[]): void;
}) {
  const { profileIds } = props;
  const toggle = (id: string, on: boolean) => props.onProfiles(on ? [...profileIds, id] : profileIds.filter((item) => item !== id));
  return (
    <form class="filters no-print" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="report-month">{t('jrnMonthLabel')}</label>
        <input
          id="report-month"
          type="month"
          required
          value={props.month}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (/^\d{4}-\d{2}$/.test(value)) props.onMonth(value);
          }}
        />
      </div>
      <fieldset class="field">
        <legend>{t('jrnProfilesLegend')}</legend>
        <label class="check">
          <input type="checkbox" data-profile="*" checked={profileIds.length === 0} onChange={() => props.onProfiles([])} />
          {t('jrnAllProfiles')}
        </label>
        {props.profiles.map((profile) => (
          <label class="check" key={profile.id}>
            <input
              type="checkbox"
              data-profile={profile.id}
              checked={profileIds.includes(profile.id)}
              onChange={(event) => toggle(profile.id, event.currentTarget.checked)}
            />
            {profile.officialName}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
