import { render } from 'preact';
import { t } from '../../lib/i18n';
import { browserJournalPageDeps } from '../../components/journal/deps';
import { adoptLanguage } from '../../components/journal/lang';
import { ReportPage } from '../../components/journal/ReportPage';
import { createReportState, currentMonth, loadEntries, loadPreset } from '../../components/journal/report-state';
import '../../components/journal/report.css';

/** report.html?month=YYYY-MM opens that month; otherwise this month. */
async function start(): Promise<void> {
  const deps = browserJournalPageDeps();
  await adoptLanguage(deps);
  document.title = `${t('jrnReportTitle')} · Saring`;
  const asked = new URLSearchParams(location.search).get('month');
  const state = createReportState(asked && /^\d{4}-\d{2}$/.test(asked) ? asked : currentMonth(Date.now()));
  const app = document.getElementById('app');
  if (!app) return;
  render(<ReportPage deps={deps} state={state} />, app);
  await loadPreset(deps, state);
  await loadEntries(deps, state);
}

void start();
