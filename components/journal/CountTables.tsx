import { PLATFORMS } from '../../lib/checks/types';
import { formatNumber, t } from '../../lib/i18n';
import { PURPOSE_KEYS, type ReportModel } from '../../lib/journal/report';
import { platformLabel, purposeLabel } from './labels';

/** Counts per platform and per content category, as two small tables (they print well). */
export function CountTables({ model }: { model: ReportModel }) {
  return (
    <div class="counts">
      <table class="count-table" data-table="platform">
        <caption>{t('jrnByPlatform')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jrnColPlatform')}</th>
            <th scope="col">{t('jrnCount')}</th>
          </tr>
        </thead>
        <tbody>
          {PLATFORMS.map((platform) => (
            <tr key={platform}>
              <th scope="row">{platformLabel(platform)}</th>
              <td data-count={platform}>{formatNumber(model.byPlatform[platform])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="count-table" data-table="purpose">
        <caption>{t('jrnByPurpose')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jrnColPurpose')}</th>
            <th scope="col">{t('jrnCount')}</th>
          </tr>
        </thead>
        <tbody>
          {PURPOSE_KEYS.map((purpose) => (
            <tr key={purpose}>
              <th scope="row">{purposeLabel(purpose)}</th>
              <td data-count={purpose}>{formatNumber(model.byPurpose[purpose])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
