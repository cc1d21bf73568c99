/**
 * What the popup and the report page need from the extension, behind one interface so component
 * tests and the bench can hand in a fake.
 */
import { browser } from 'wxt/browser';
import { ask } from '../../lib/messaging/client';

export interface JournalApi {
  ask: typeof ask;
  /** Saves text as a file through the browser's download UI. */
  download(fileName: string, text: string, type: string): void;
  browserLanguage(): string | undefined;
  /** Asks before something that cannot be undone (the browser's own dialog). */
  confirm(message: string): boolean;
  /** Absolute URL of an extension page ("report.html"). */
  pageUrl(path: string): string;
  /** Asks for the optional notifications permission (must run inside the admin's click). */
  allowNotifications(): Promise<boolean>;
}

export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function browserJournalApi(): JournalApi {
  return {
    ask,
    download: (fileName, text, type) => downloadText(fileName, text, type),
    browserLanguage: () => browser.i18n?.getUILanguage?.() ?? navigator.language,
    confirm: (message) => window.confirm(message),
    pageUrl: (path) => new URL(path, browser.runtime.getURL('/')).href,
    allowNotifications: () => browser.permissions.request({ permissions: ['notifications'] }).catch(() => false),
  };
}
