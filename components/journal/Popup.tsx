import { t } from '../../lib/i18n';
import type { ActivityRow } from '../../lib/messaging/protocol';
import { byProfile, countText, sinceText } from './activity-text';
import { platformLabel } from './labels';
import { ReplyCounts } from './ReplyCounts';
import type { ReplySummary } from '../../lib/journal/replies';

export type PopupData = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; rows: ActivityRow[]; replies?: ReplySummary };

/** Where each profile stands this month; silent ones are highlighted, in words as well as colour. */
export function Popup({ data, pageUrl, openSidePanel }: { data: PopupData; pageUrl(path: string): string; openSidePanel?: () => void }) {
  return (
    <>
      <main class="popup">
        <h1><img class="brand-icon" src="/icon/32.png" width={20} height={20} alt="" /> {t('jrnPopupTitle')}</h1>
        <ActivityList data={data} />
        {data.state === 'ready' && data.replies ? <ReplyCounts summary={data.replies} perDay={false} /> : null}
      </main>
      <nav class="links" aria-label="Saring">
        <a href={pageUrl('report.html')} target="_blank" rel="noopener" data-link="report">{t('jrnLinkReport')}</a>
        <a href={pageUrl('practice.html')} target="_blank" rel="noopener" data-link="practice">{t('jrnLinkPractice')}</a>
        <a href={pageUrl('options.html')} target="_blank" rel="noopener" data-link="options">{t('jrnLinkOptions')}</a>
        {openSidePanel ? (
          <button type="button" class="link-button" data-action="open-sidepanel" onClick={openSidePanel}>
            {t('sidePanelOpen')}
          </button>
        ) : null}
      </nav>
    </>
  );
}

function ActivityList({ data }: { data: PopupData }) {
  if (data.state === 'loading') return <p role="status">{t('jrnLoading')}</p>;
  if (data.state === 'failed') return <p role="alert">{t('jrnLoadFailed')}</p>;
  if (data.rows.length === 0) return <p>{t('jrnPopupEmpty')}</p>;
  return (
    <>
      {byProfile(data.rows).map((group) => (
        <section key={group.profileId} class="profile" data-profile-id={group.profileId} aria-labelledby={`p-${group.profileId}`}>
          <h2 id={`p-${group.profileId}`}>{group.profileName}</h2>
          <ul>
            {group.rows.map((row) => (
              <li
                key={row.platform}
                class={row.silent ? 'row silent' : 'row'}
                data-platform={row.platform}
                data-month-count={row.monthCount}
                data-silent={String(row.silent)}
              >
                <span class="platform">{platformLabel(row.platform)}</span>
                <span class="since">{sinceText(row)}</span>
                <span class="count">{countText(row)}</span>
                {row.silent ? <strong class="flag">{t('jrnSilent')}</strong> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
