import { resolveLang, uiLang } from '../../lib/i18n';
import type { JournalPageDeps } from './deps';

/** Speaks the language the admin chose in Saring (or the browser's), before the first render. */
export async function adoptLanguage(deps: JournalPageDeps): Promise<void> {
  const reply = await deps.ask('settings:get', {});
  uiLang.value = resolveLang(reply.ok ? reply.data.lang : 'auto', deps.browserLanguage());
  document.documentElement.lang = uiLang.value;
}
