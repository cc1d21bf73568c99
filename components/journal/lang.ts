import { resolveLang, uiLang } from '../../lib/i18n';
import type { JournalApi } from './api';

/** Speaks the language the admin chose in Saring (or the browser's), before the first render. */
export async function adoptLanguage(api: JournalApi): Promise<void> {
  const reply = await api.ask('settings:get', {});
  uiLang.value = resolveLang(reply.ok ? reply.data.lang : 'auto', api.browserLanguage());
  document.documentElement.lang = uiLang.value;
}
