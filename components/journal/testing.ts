/** A JournalPageDeps over the real service and in-memory stores, for component tests and the bench. */
import type { Profile } from '../../lib/checks/types';
import type { JournalEntry, MessageType, Reply, RequestOf, Responses, StoreSnapshot, UiSettings } from '../../lib/messaging/protocol';
import { AUTOSAVE_DEFAULT, type AutosaveConfig } from '../../lib/journal/autosave';
import { memoryJournal, memoryProgress } from '../../lib/journal/memory-store';
import * as service from '../../lib/journal/service';
import type { Template } from '../../lib/templates/types';
import type { JournalPageDeps } from './deps';

export interface FakeJournalPageDeps extends JournalPageDeps {
  /** What the next confirm() calls answer, in order (then true). */
  answers: boolean[];
  confirmed: string[];
  downloads: Array<{ fileName: string; text: string; type: string }>;
  backend: service.JournalDeps;
  /** What the browser answers when asked for the notifications permission. */
  notificationsAllowed: boolean;
  downloadsAllowed: boolean;
  autosave: AutosaveConfig;
}

export function fakeJournalPageDeps(options: { entries?: JournalEntry[]; profiles?: Profile[]; templates?: Template[]; now?: number }): FakeJournalPageDeps {
  let ui: UiSettings = {
    lang: 'id',
    activeProfiles: {},
    panel: { collapsed: false, side: 'right', offsetY: 0 },
    journal: { fullCaption: false, reminders: true },
    tourSeen: false,
  };
  const preset = { profiles: options.profiles ?? [], templates: options.templates ?? [] };
  const backend: service.JournalDeps = {
    now: () => options.now ?? Date.now(),
    lang: async () => 'id',
    readUi: async () => ui,
    writeUi: async (next) => {
      ui = next;
    },
    bumpRevision: async () => undefined,
    effective: async () => preset,
    journal: memoryJournal(options.entries ?? []),
    progress: memoryProgress(),
  };
  const handle = async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<unknown> => {
    switch (type) {
      case 'settings:get':
        return ui;
      case 'settings:set': {
        const change = payload as RequestOf<'settings:set'>;
        ui = { ...ui, journal: { ...ui.journal, ...change.journal } };
        return ui;
      }
      case 'store:snapshot':
        return { effective: preset } as unknown as StoreSnapshot;
      case 'journal:list':
        return service.listEntries(backend, payload as RequestOf<'journal:list'>);
      case 'journal:update':
        return service.updateEntry(backend, payload as RequestOf<'journal:update'>);
      case 'journal:delete':
        return service.deleteEntry(backend, (payload as RequestOf<'journal:delete'>).id);
      case 'activity:summary':
        return service.activitySummary(backend);
      case 'backup:export':
        return service.exportBackup(backend);
      case 'backup:import':
        return service.importBackup(backend, (payload as RequestOf<'backup:import'>).text);
      case 'report:file':
        return service.reportFileFor(backend, payload as RequestOf<'report:file'>);
      default:
        throw new Error(`fake deps: ${type} not faked`);
    }
  };
  const deps: FakeJournalPageDeps = {
    answers: [],
    confirmed: [],
    confirm(message) {
      deps.confirmed.push(message);
      return deps.answers.shift() ?? true;
    },
    downloads: [],
    backend,
    ask: async <K extends MessageType>(type: K, payload: RequestOf<K>) =>
      ({ ok: true, data: (await handle(type, payload)) as Responses[K] }) as Reply<Responses[K]>,
    download(fileName, text, type) {
      deps.downloads.push({ fileName, text, type });
    },
    browserLanguage: () => 'id-ID',
    pageUrl: (path) => `chrome-extension://test/${path}`,
    notificationsAllowed: true,
    allowNotifications: async () => deps.notificationsAllowed,
    downloadsAllowed: true,
    allowDownloads: async () => deps.downloadsAllowed,
    autosave: { ...AUTOSAVE_DEFAULT },
    readAutosave: async () => ({ ...deps.autosave }),
    writeAutosave: async (config) => {
      deps.autosave = { ...config };
    },
  };
  return deps;
}

/** Lets pending promises and Preact's batched renders finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
