import type { Lang } from '../../lib/checks/types';
import type { UiSettings } from '../../lib/messaging/protocol';
import type { JournalStore } from '../../lib/journal/port';
import type { ProgressStore } from '../../lib/practice/port';
import type { EffectivePreset } from '../../lib/presets';

/** What the background's handlers share; index.ts builds it once the database is open. */
export interface BackgroundDeps {
  now(): number;
  /** The UI language the admin uses now (for messages the background writes). */
  lang(): Promise<Lang>;
  readUi(): Promise<UiSettings>;
  writeUi(next: UiSettings): Promise<void>;
  /** Tells every open panel and page that the preset or settings changed. */
  bumpRevision(): Promise<void>;
  /** The merged preset (packs, local items, rule settings) every panel uses. */
  effective(): Promise<EffectivePreset>;
  journal: JournalStore;
  progress: ProgressStore;
}
