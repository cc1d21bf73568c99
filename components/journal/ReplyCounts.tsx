import { PLATFORMS } from '../../lib/checks/types';
import { formatNumber, t } from '../../lib/i18n';
import type { ReplySummary } from '../../lib/journal/replies';
import { platformLabel } from './labels';

/**
 * Replies sent through comment boxes with Saring (issue 18): the month's count per platform and
 * how many used a template; the report page also lists them per day.
 */
export function ReplyCounts({ summary, perDay, monthLabel }: { summary: ReplySummary; perDay: boolean; monthLabel?: string }) {
  return (
    <section aria-labelledby="replies-heading" data-section="replies" data-replies={summary.total} data-replies-template={summary.withTemplate}>
      <h2 id="replies-heading">{t('jrnRepliesHeading')}</h2>
      <p>{t('jrnRepliesTotal', formatNumber(summary.total), formatNumber(summary.withTemplate))}</p>
      {summary.total > 0 ? (
        <table>
          {monthLabel ? <caption>{t('jrnRepliesCaption', monthLabel)}</caption> : null}
          <thead>
            <tr>
              <th scope="col">{perDay ? t('jrnRepliesDay') : ''}</th>
              {PLATFORMS.map((platform) => (
                <th scope="col" key={platform}>{platformLabel(platform)}</th>
              ))}
              <th scope="col">{t('jrnRepliesWithTemplate')}</th>
            </tr>
          </thead>
          <tbody>
            {(perDay ? summary.days : []).map((day) => (
              <tr key={day.day} data-day={day.day}>
                <th scope="row">{formatNumber(day.day)}</th>
                {PLATFORMS.map((platform) => (
                  <td key={platform} data-platform={platform}>{formatNumber(day.byPlatform[platform])}</td>
                ))}
                <td>{formatNumber(day.withTemplate)}</td>
              </tr>
            ))}
            <tr data-day="total">
              <th scope="row">{t('jrnRepliesSum')}</th>
              {PLATFORMS.map((platform) => (
                <td key={platform} data-platform={platform}>{formatNumber(summary.byPlatform[platform])}</td>
              ))}
              <td>{formatNumber(summary.withTemplate)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
