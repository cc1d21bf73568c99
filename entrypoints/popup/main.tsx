import { render } from 'preact';
import { signal } from '@preact/signals';
import { t } from '../../lib/i18n';
import { browserJournalApi } from '../../components/journal/api';
import { adoptLanguage } from '../../components/journal/lang';
import { Popup, type PopupData } from '../../components/journal/Popup';
import '../../components/journal/popup.css';

async function start(): Promise<void> {
  const api = browserJournalApi();
  await adoptLanguage(api);
  document.title = `${t('jrnPopupTitle')} · Saring`;
  const data = signal<PopupData>({ state: 'loading' });
  const app = document.getElementById('app');
  if (!app) return;
  const App = () => <Popup data={data.value} pageUrl={api.pageUrl} />;
  render(<App />, app);
  const reply = await api.ask('activity:summary', {});
  data.value = reply.ok ? { state: 'ready', rows: reply.data } : { state: 'failed' };
}

void start();
