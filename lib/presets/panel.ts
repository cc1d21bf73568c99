/**
 * What a composer's panel is given: the effective preset for one platform plus the admin's UI
 * settings. Defined here, the lowest layer that owns every part of it, so the journal, practice and
 * the store use it without going up to lib/messaging (which only refers to it).
 */
import type { GlossaryEntry, Lang, Platform, Profile, RuleSettings } from '../checks/types';
import type { Template } from '../templates/types';
import type { PackError } from './types';

/** The admin's settings on this device (kept by the background, carried by backups). */
export interface UiSettings {
  lang: Lang | 'auto';
  activeProfiles: Partial<Record<Platform, string>>;
  panel: { collapsed: boolean; side: 'left' | 'right'; offsetY: number };
  /** Journal: keep the whole caption (off: first line only); remind about silent profiles. */
  journal: { fullCaption: boolean; reminders: boolean };
  /** Practice mode: the guided tour was seen once. */
  tourSeen: boolean;
  /** The welcome page set up the admin's institution (until then panels do not check against the example). */
  setupDone?: boolean;
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
  /** The panel's strings in the language it should speak (the content script carries no catalogs). */
  messages: { lang: Lang; templates: Record<string, string> };
  /** True until the admin sets up their institution: profiles is then empty, not the example's. */
  setupNeeded?: boolean;
}

/** A field-level problem, in the language of the page that asked (a pack's PackError is one). */
export type FieldError = PackError;

/** Done (with what T adds), or refused with field-level problems the UI shows as they are. */
export type Outcome<T extends object = object> = ({ ok: true } & T) | { ok: false; errors: FieldError[] };
