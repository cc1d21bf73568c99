import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { formatNumber, t, uiLang } from '../../lib/i18n';
import { reportCsv } from '../../lib/journal/report-csv';
import type { Outcome, Reply } from '../../lib/messaging/protocol';
import type { JournalPageDeps } from './deps';
import { BackupPanel } from './BackupPanel';
import { JournalSettings } from './JournalSettings';
import { CountTables } from './CountTables';
import { csvLabels, localized } from './labels';
import { ReplyCounts } from './ReplyCounts';
import { OverriddenChecks } from './OverriddenChecks';
import { PAGE_SIZE, PostList } from './PostList';
import { ReportFileSection } from './ReportFileSection';
import { ReportFilters } from './ReportFilters';
import { REPORT_RENDERED_MARK, loadEntries, type ReportState } from './report-state';
import { WeekChart } from './WeekChart';
import { ReportLetterhead, SignatureBlock, letterheadProfile } from './ReportLetterhead';
import { civilAt } from '../../lib/journal/time';
import { toIsoDate } from '../../lib/templates/dates';
import type { PostActions } from './PostRow';

function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 15));
  return new Intl.DateTimeFormat(uiLang.value === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function chosenNames(state: ReportState): string {
  const ids = state.profileIds.value;
  if (ids.length === 0) return t('jrnAllProfilesShort');
  return ids.map((id) => state.profiles.value.find((profile) => profile.id === id)?.officialName ?? id).join(', ');
}

export function ReportPage({ deps, state }: { deps: JournalPageDeps; state: ReportState }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);
  const model = state.model.value;
  const label = monthLabel(model.month);

  const refresh = () => loadEntries(deps, state);
  const templateTitle = (id: string) => {
    const template = state.templates.value.find((item) => item.id === id);
    return template ? localized(template.title) : null;
  };
  const outcome = async (reply: Reply<Outcome>, done?: string) => {
    if (!reply.ok) return setStatus(t('jrnActionFailed', t('jrnUnreachable')));
    if (!reply.data.ok) return setStatus(t('jrnActionFailed', reply.data.errors.map((error) => error.message).join(' ')));
    if (done) setStatus(done);
    await refresh();
  };
  const actions: PostActions = {
    setPosted: (id, posted) => void deps.ask('journal:update', { id, posted }).then((reply) => outcome(reply)),
    saveNote: (id, note) => void deps.ask('journal:update', { id, note }).then((reply) => outcome(reply, t('jrnNoteSaved'))),
    remove: (id) => {
      if (!deps.confirm(t('jrnDeleteConfirm'))) return;
      void deps.ask('journal:delete', { id }).then((reply) => outcome(reply, t('jrnDeleted')));
    },
  };

  // Runs once the DOM holds the new report (see REPORT_DATA_MARK).
  useLayoutEffect(() => {
    performance.mark(REPORT_RENDERED_MARK);
  }, [model]);

  // Printing shows every post, not only the first page; the browser prints once that has rendered.
  useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);

  const exportCsv = () => {
    deps.download(`saring-laporan-${model.month}.csv`, reportCsv(model, csvLabels(), templateTitle), 'text/csv;charset=utf-8');
  };

  const chosen = state.profileIds.value;
  const headProfile = letterheadProfile(state.profiles.value, chosen);
  const others = Math.max(0, (chosen.length > 0 ? chosen.length : state.profiles.value.length) - 1);
  const today = toIsoDate(civilAt(Date.now(), headProfile?.timeZone ?? 'WIB'));
  return (
    <>
      <header class="report-header">
        <ReportLetterhead profile={headProfile} month={model.month} others={others} />
        <p class="muted no-print">{t('jrnReportIntro')}</p>
      </header>
      <main id="main">
        <ReportFilters
          month={state.month.value}
          profileIds={state.profileIds.value}
          profiles={state.profiles.value}
          onMonth={(month) => {
            state.month.value = month;
            setShown(PAGE_SIZE);
            void refresh();
          }}
          onProfiles={(ids) => {
            state.profileIds.value = ids;
            setShown(PAGE_SIZE);
            void refresh();
          }}
        />
        <p role="status" class="status" data-status>
          {state.load.value === 'failed' ? t('jrnLoadFailed') : state.load.value === 'loading' ? t('jrnLoading') : status}
        </p>
        <section aria-labelledby="summary-heading" data-section="summary">
          <h2 id="summary-heading">{t('jrnSummaryHeading', label)}</h2>
          <p class="muted" data-profiles-shown>{t('jrnProfilesShown', chosenNames(state))}</p>
          <p class="total" data-total={model.total}>{t('jrnTotalPosts', formatNumber(model.total))}</p>
          {model.unconfirmed > 0 ? (
            <p class="muted" data-unconfirmed={model.unconfirmed}>{t('jrnUnconfirmedCount', formatNumber(model.unconfirmed))}</p>
          ) : null}
          <div class="buttons no-print">
            <button type="button" data-action="export-csv" onClick={exportCsv}>{t('jrnExportCsv')}</button>
            <button type="button" data-action="print" onClick={() => setPrinting(true)}>{t('jrnPrint')}</button>
          </div>
          <CountTables model={model} />
        </section>
        <WeekChart model={model} monthLabel={label} />
        <PostList
          model={model}
          shown={printing ? model.posts.length : shown}
          onShowMore={() => setShown((count) => count + PAGE_SIZE)}
          templateTitle={templateTitle}
          actions={actions}
        />
        <OverriddenChecks model={model} />
        <ReportFileSection deps={deps} month={state.month.value} profileIds={state.profileIds.value} say={setStatus} />
        <ReplyCounts summary={model.replies} perDay monthLabel={label} />
        <SignatureBlock profile={headProfile} today={today} />
        <JournalSettings deps={deps} say={setStatus} />
        <BackupPanel deps={deps} say={setStatus} onRestored={() => void refresh()} />
      </main>
    </>
  );
}
