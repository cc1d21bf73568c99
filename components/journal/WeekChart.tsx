import { PLATFORMS } from '../../lib/checks/types';
import { formatNumber, t } from '../../lib/i18n';
import type { ReportModel } from '../../lib/journal/report';
import { platformLabel } from './labels';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 16, right: 12, bottom: 32, left: 36 };

/**
 * Posts per week, stacked by platform. The SVG is one labelled image for screen readers; the table
 * right after it holds the same figures, so nothing is only in the picture. Patterns are not needed:
 * the legend and the table name every colour.
 */
export function WeekChart({ model, monthLabel }: { model: ReportModel; monthLabel: string }) {
  const max = Math.max(1, ...model.weeks.map((week) => week.total));
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, model.weeks.length);
  const barW = Math.min(56, slot * 0.6);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  return (
    <section class="chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('jrnChartHeading')}</h2>
      <svg class="week-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('jrnChartAlt', monthLabel)}>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} class="axis" />
        <text x={PAD.left - 6} y={y(max) + 4} class="tick" text-anchor="end">{formatNumber(max)}</text>
        <text x={PAD.left - 6} y={y(0) + 4} class="tick" text-anchor="end">0</text>
        {model.weeks.map((week, index) => {
          const x = PAD.left + slot * index + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={week.week}>
              {PLATFORMS.map((platform) => {
                const value = week.byPlatform[platform];
                if (value === 0) return null;
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return <rect key={platform} x={x} y={top} width={barW} height={height} class={`bar bar-${platform}`} />;
              })}
              <text x={x + barW / 2} y={HEIGHT - PAD.bottom + 18} class="tick" text-anchor="middle">
                {t('jrnWeekShort', week.week)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        {PLATFORMS.map((platform) => (
          <li key={platform}>
            <span class={`swatch bar-${platform}`} />
            {platformLabel(platform)}
          </li>
        ))}
      </ul>
      <table class="week-table">
        <caption class="visually-hidden">{t('jrnChartHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jrnWeek')}</th>
            {PLATFORMS.map((platform) => (
              <th scope="col" key={platform}>{platformLabel(platform)}</th>
            ))}
            <th scope="col">{t('jrnTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {model.weeks.map((week) => (
            <tr key={week.week}>
              <th scope="row">{t('jrnWeekLabel', week.week, week.firstDay, week.lastDay)}</th>
              {PLATFORMS.map((platform) => (
                <td key={platform}>{formatNumber(week.byPlatform[platform])}</td>
              ))}
              <td>{formatNumber(week.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
