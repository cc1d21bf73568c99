import { render } from 'preact';
import { browser } from 'wxt/browser';
import { signal } from '@preact/signals';
import { t } from '../../lib/i18n';
import { browserJournalPageDeps } from '../../components/journal/deps';
import { adoptLanguage } from '../../components/journal/lang';
import { Popup, type PopupData } from '../../components/journal/Popup';
import '../../components/journal/popup.css';
import { summarizeReplies } from '../../lib/journal/replies';
import { civilAt, DEFAULT_ZONE, monthKeyOf } from '../../lib/journal/time';

type SidePanelApis = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/**
 * Opens Saring in the browser's own side panel (Chrome's sidePanel, Firefox's sidebar). Both need
 * the click's user gesture, so the window is looked up before the click, not awaited in it.
 */
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id));
function sidePanelOpener(): (() => void) | undefined {
  const apis = browser as unknown as SidePanelApis;
  if (apis.sidebarAction) return () => void apis.sidebarAction?.open().then(() => window.close());
  if (apis.sidePanel) return () => windowId !== undefined && void apis.sidePanel?.open({ windowId }).then(() => window.close());
  return undefined;
}

async function start(): Promise<void> {
  const deps = browserJournalPageDeps();
  await adoptLanguage(deps);
  document.title = `${t('jrnPopupTitle')} · Saring`;
  const data = signal<PopupData>({ state: 'loading' });
  const app = document.getElementById('app');
  if (!app) return;
  const App = () => <Popup data={data.value} pageUrl={deps.pageUrl} openSidePanel={sidePanelOpener()} />;
  render(<App />, app);
  const reply = await deps.ask('activity:summary', {});
  if (!reply.ok) {
    data.value = { state: 'failed' };
    return;
  }
  data.value = { state: 'ready', rows: reply.data };
  // This month's replies (issue 18), counted in WIB like the rest of the popup's month.
  const month = monthKeyOf(civilAt(Date.now(), DEFAULT_ZONE));
  const entries = await deps.ask('journal:list', { from: `${month}-01` });
  if (entries.ok) data.value = { state: 'ready', rows: reply.data, replies: summarizeReplies(entries.data, month, () => DEFAULT_ZONE) };
}

void start();
