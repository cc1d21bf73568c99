/**
 * What the popup and the report page need from the extension, behind one interface so component
 * tests and the bench can hand in a fake.
 */
import { browser } from 'wxt/browser';
import { AUTOSAVE_KEY, readAutosave, type AutosaveConfig } from '../../lib/journal/autosave';
import { ask } from '../../lib/messaging/client';
import { downloadText } from '../shared/download';

export interface JournalPageDeps {
  ask: typeof ask;
  /** Saves text as a file through the browser's download UI. */
  download(fileName: string, text: string, type: string): void;
  browserLanguage(): string | readonly string[] | undefined;
  /** Asks before something that cannot be undone (the browser's own dialog). */
  confirm(message: string): boolean;
  /** Absolute URL of an extension page ("report.html"). */
  pageUrl(path: string): string;
  /** Asks for the optional notifications permission (must run inside the admin's click). */
  allowNotifications(): Promise<boolean>;
  /** The monthly report-file autosave setting (storage.local; the background acts on it). */
  readAutosave(): Promise<AutosaveConfig>;
  writeAutosave(config: AutosaveConfig): Promise<void>;
  /** Asks for the optional downloads permission (must run inside the admin's click). */
  allowDownloads(): Promise<boolean>;
}

export function browserJournalPageDeps(): JournalPageDeps {
  return {
    ask,
    download: (fileName, text, type) => downloadText(fileName, text, type),
    // The same preferred languages every page reads, not Chrome's UI language: one browser, one language.
    browserLanguage: () => navigator.languages,
    confirm: (message) => window.confirm(message),
    pageUrl: (path) => new URL(path, browser.runtime.getURL('/')).href,
    allowNotifications: () => browser.permissions.request({ permissions: ['notifications'] }).catch(() => false),
    readAutosave: async () => readAutosave((await browser.storage.local.get(AUTOSAVE_KEY))[AUTOSAVE_KEY]),
    writeAutosave: (config) => browser.storage.local.set({ [AUTOSAVE_KEY]: config }),
    allowDownloads: () => browser.permissions.request({ permissions: ['downloads'] }).catch(() => false),
  };
}
