/** A JournalApi over the real service and in-memory stores, for component tests and the bench. */
import type { Profile } from '../../lib/checks/types';
import type { JournalEntry, MessageType, Reply, RequestOf, Responses, StoreSnapshot, UiSettings } from '../../lib/messaging/protocol';
import { AUTOSAVE_DEFAULT, type AutosaveConfig } from '../../lib/journal/autosave';
import { memoryJournal, memoryProgress } from '../../lib/journal/memory-store';
import * as service from '../../lib/journal/service';
import type { Template } from '../../lib/templates/types';
import type { JournalApi } from './api';

export interface FakeJournalApi extends JournalApi {
  /** What the next confirm() calls answer, in order (then true). */
  answers: boolean[];
  confirmed: string[];
  downloads: Array<{ fileName: string; text: string; type: string }>;
  deps: service.JournalDeps;
  /** What the browser answers when asked for the notifications permission. */
  notificationsAllowed: boolean;
  downloadsAllowed: boolean;
  autosave: AutosaveConfig;
}

export function fakeJournalApi(options: { entries?: JournalEntry[]; profiles?: Profile[]; templates?: Template[]; now?: number }): FakeJournalApi {
  let ui: UiSettings = {
    lang: 'id',
    activeProfiles: {},
    panel: { collapsed: false, side: 'right', offsetY: 0 },
    journal: { fullCaption: false, reminders: true },
    tourSeen: false,
  };
  const preset = { profiles: options.profiles ?? [], templates: options.templates ?? [] };
  const deps: service.JournalDeps = {
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
        return service.listEntries(deps, payload as RequestOf<'journal:list'>);
      case 'journal:update':
        return service.updateEntry(deps, payload as RequestOf<'journal:update'>);
      case 'journal:delete':
        return service.deleteEntry(deps, (payload as RequestOf<'journal:delete'>).id);
      case 'activity:summary':
        return service.activitySummary(deps);
      case 'backup:export':
        return service.exportBackup(deps);
      case 'backup:import':
        return service.importBackup(deps, (payload as RequestOf<'backup:import'>).text);
      case 'report:file':
        return service.reportFileFor(deps, payload as RequestOf<'report:file'>);
      default:
        throw new Error(`fake api: ${type} not faked`);
    }
  };
  const api: FakeJournalApi = {
    answers: [],
    confirmed: [],
    confirm(message) {
      api.confirmed.push(message);
      return api.answers.shift() ?? true;
    },
    downloads: [],
    deps,
    ask: async <K extends MessageType>(type: K, payload: RequestOf<K>) =>
      ({ ok: true, data: (await handle(type, payload)) as Responses[K] }) as Reply<Responses[K]>,
    download(fileName, text, type) {
      api.downloads.push({ fileName, text, type });
    },
    browserLanguage: () => 'id-ID',
    pageUrl: (path) => `chrome-extension://test/${path}`,
    notificationsAllowed: true,
    allowNotifications: async () => api.notificationsAllowed,
    downloadsAllowed: true,
    allowDownloads: async () => api.downloadsAllowed,
    autosave: { ...AUTOSAVE_DEFAULT },
    readAutosave: async () => ({ ...api.autosave }),
    writeAutosave: async (config) => {
      api.autosave = { ...config };
    },
  };
  return api;
}

/** Lets pending promises and Preact's batched renders finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
