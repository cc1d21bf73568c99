import { render } from 'preact';
import { t } from '../../lib/i18n';
import { browserJournalPageDeps } from '../../components/journal/deps';
import { adoptLanguage } from '../../components/journal/lang';
import { CoordinatorPage } from '../../components/coordinator/CoordinatorPage';
import { ruleName } from '../../components/coordinator/rule-name';
import { workerEngine } from '../../components/coordinator/worker-engine';
import '../../components/journal/report.css';
import '../../components/coordinator/coordinator.css';

const OFFICE_KEY = 'saring:coordinator-office';

/** coordinator.html: the Diskominfo's view over many admins' report files, offline. */
async function start(): Promise<void> {
  const pageDeps = browserJournalPageDeps();
  await adoptLanguage(pageDeps);
  document.title = `${t('jrnCoordTitle')} · Saring`;
  const app = document.getElementById('app');
  if (!app) return;
  render(
    <CoordinatorPage
      deps={{
        engine: workerEngine(),
        now: () => Date.now(),
        download: pageDeps.download,
        print: () => window.print(),
        header: { read: () => localStorage.getItem(OFFICE_KEY) ?? '', write: (name) => localStorage.setItem(OFFICE_KEY, name) },
        ruleName,
      }}
    />,
    app,
  );
}

void start();
