/**
 * Every message between content scripts, extension pages and the background, in one place.
 * Payloads are validated with these schemas before any handler sees them: a content script runs
 * inside a page we do not control, so what it sends is input, not truth.
 */
import * as v from 'valibot';
import { LANGS, PLATFORMS } from '../checks/types';
import type { GlossaryEntry, Lang, Platform, Profile, RuleSettings } from '../checks/types';
import type { Template } from '../templates/types';

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const requestSchemas = {
  /** The preset a composer's panel needs: asked for at start and after every change. */
  'preset:get': v.strictObject({
    platform: v.picklist(PLATFORMS),
    account: v.optional(v.nullable(shortText(200))),
  }),
  /** UI settings the panel shows and changes. */
  'settings:get': v.strictObject({}),
  'settings:set': v.strictObject({
    lang: v.optional(v.picklist([...LANGS, 'auto'] as const)),
    activeProfile: v.optional(
      v.strictObject({ platform: v.picklist(PLATFORMS), profileId: shortText(200) }),
    ),
    panel: v.optional(
      v.strictObject({
        collapsed: v.optional(v.boolean()),
        side: v.optional(v.picklist(['left', 'right'] as const)),
        offsetY: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-4000), v.maxValue(4000))),
      }),
    ),
  }),
  /** "Add to allowed words" from a finding. */
  'profile:allow-word': v.strictObject({ profileId: shortText(200), word: shortText(100) }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;

export interface UiSettings {
  lang: Lang | 'auto';
  activeProfiles: Partial<Record<Platform, string>>;
  panel: { collapsed: boolean; side: 'left' | 'right'; offsetY: number };
}

/** What a panel needs to check and fill a caption on one platform. */
export interface PanelPreset {
  profiles: Profile[];
  activeProfileId: string | null;
  glossary: GlossaryEntry[];
  templates: Template[];
  settings: RuleSettings;
  ui: UiSettings;
  /** Paths locked by subscribed packs, with who locked them (for the UI to explain). */
  locked: Record<string, string>;
}

export interface Responses {
  'preset:get': PanelPreset;
  'settings:get': UiSettings;
  'settings:set': UiSettings;
  'profile:allow-word': { ok: true };
}

/** What content scripts may ask for; everything else is for extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'preset:get',
  'settings:get',
  'settings:set',
  'profile:allow-word',
]);

export interface Envelope<K extends MessageType = MessageType> {
  saring: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Key in storage.local that changes whenever the preset does; panels listen to it. */
export const PRESET_REVISION_KEY = 'presetRevision';
