/** A fake background for component tests: canned replies, every call recorded. */
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import type { Profile } from '../../lib/checks/types';
import type { MessageType, Reply, StoreSnapshot } from '../../lib/messaging/protocol';
import type { OptionsDeps } from './deps';

export const sampleProfile: Profile = {
  id: 'sleman',
  officialName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
  shortNames: ['Diskominfo Sleman'],
  handles: { instagram: 'kominfosleman' },
  hashtags: { required: ['SlemanSembada'], recommended: [], forbidden: [] },
  contacts: [],
  timeZone: 'WIB',
  allowedWords: [],
  defaultFor: ['instagram'],
};

export const packProfile: Profile = {
  ...sampleProfile,
  id: 'prov',
  officialName: 'Diskominfo Provinsi <img src=x onerror=alert(1)>',
  hashtags: { required: ['JogjaIstimewa'], recommended: [], forbidden: [] },
  defaultFor: [],
};

export function sampleSnapshot(): StoreSnapshot {
  return {
    packs: [
      {
        id: 'builtin',
        name: 'Bawaan Saring',
        publisher: 'Saring',
        updated: '2026-11-01',
        source: 'builtin',
        enabled: true,
        order: 0,
        counts: { profiles: 0, templates: 3, glossary: 0, exercises: 2 },
        locked: [],
      },
      {
        id: 'prov-pack',
        name: 'Paket Provinsi',
        publisher: 'Diskominfo DIY',
        updated: '2026-11-20',
        source: 'subscription',
        enabled: true,
        order: 1,
        counts: { profiles: 1, templates: 0, glossary: 0, exercises: 0 },
        locked: ['profiles/prov/hashtags/required'],
        subscription: { url: 'https://diy.example.go.id/saring.json', refreshHours: 24, lastFetched: '2026-11-24T01:00:00Z', lastError: 'HTTP 503' },
      },
    ],
    local: { profiles: [sampleProfile], templates: [], glossary: [], hidden: {}, ruleSettings: {} },
    effective: {
      profiles: [sampleProfile, packProfile],
      templates: [],
      glossary: [],
      exercises: [],
      settings: DEFAULT_SETTINGS,
      locked: { 'profiles/prov/hashtags/required': 'Paket Provinsi (Diskominfo DIY)' },
      safety: [],
    },
    ui: {
      lang: 'id',
      activeProfiles: {},
      panel: { collapsed: false, side: 'right', offsetY: 0 },
      journal: { fullCaption: false, reminders: true },
      tourSeen: false,
    },
    packItems: {},
  };
}

export interface Call {
  type: MessageType;
  payload: unknown;
}

export interface FakeOptionsDeps extends OptionsDeps {
  calls: Call[];
  /** Everything in order: asks, permission requests, downloads. */
  log: string[];
  snapshot: StoreSnapshot;
  replies: Partial<Record<MessageType, unknown>>;
  downloads: { fileName: string; text: string }[];
  grant: boolean;
  revise(): void;
}

export function fakeOptionsDeps(snapshot: StoreSnapshot = sampleSnapshot()): FakeOptionsDeps {
  let onRevision: (() => void) | null = null;
  const deps: FakeOptionsDeps = {
    calls: [],
    log: [],
    snapshot,
    replies: {},
    downloads: [],
    grant: true,
    ask: (async (type: MessageType, payload: unknown): Promise<Reply<unknown>> => {
      deps.calls.push({ type, payload });
      deps.log.push(`ask:${type}`);
      if (type === 'store:snapshot') return { ok: true, data: structuredClone(deps.snapshot) };
      if (type in deps.replies) return { ok: true, data: deps.replies[type] };
      if (type === 'settings:set') {
        const lang = (payload as { lang?: StoreSnapshot['ui']['lang'] }).lang;
        if (lang) deps.snapshot.ui.lang = lang;
        return { ok: true, data: deps.snapshot.ui };
      }
      return { ok: true, data: { ok: true } };
    }) as OptionsDeps['ask'],
    requestOrigin: (origin) => {
      deps.log.push(`permission:${origin}`);
      return Promise.resolve(deps.grant);
    },
    onRevision: (callback) => {
      onRevision = callback;
      return () => (onRevision = null);
    },
    download: (fileName, text) => {
      deps.log.push(`download:${fileName}`);
      deps.downloads.push({ fileName, text });
    },
    browserLanguage: () => 'id-ID',
    revise: () => onRevision?.(),
  };
  return deps;
}

export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
