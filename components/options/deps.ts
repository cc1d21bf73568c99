/**
 * Everything the options page needs from the extension, behind one interface so component tests can
 * hand in a fake and the page never touches IndexedDB or `browser.*` directly.
 */
import { browser } from 'wxt/browser';
import { ask } from '../../lib/messaging/client';
import { downloadText } from '../shared/download';
import { PRESET_REVISION_KEY } from '../../lib/messaging/protocol';

export interface OptionsDeps {
  ask: typeof ask;
  /**
   * Asks for host permission on one origin ("https://example.go.id"). Must be the first thing a
   * click handler calls: browsers only grant it during a user gesture.
   */
  requestOrigin(origin: string): Promise<boolean>;
  /** Calls back when something else (a panel, a subscription refresh) changed the preset. */
  onRevision(callback: () => void): () => void;
  /** Saves text as a file through the browser's download UI. */
  download(fileName: string, text: string): void;
  browserLanguage(): string | readonly string[] | undefined;
}

export function browserOptionsDeps(): OptionsDeps {
  return {
    ask,
    requestOrigin: async (origin) => {
      try {
        return await browser.permissions.request({ origins: [`${origin}/*`] });
      } catch {
        return false;
      }
    },
    onRevision: (callback) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && PRESET_REVISION_KEY in changes) callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    download: (fileName, text) => downloadText(fileName, text),
    browserLanguage: () => navigator.languages,
  };
}
