import type { CheckContext, Finding, Lang, Platform } from '../../lib/checks/types';
import type { RequestOf } from '../../lib/messaging/protocol';

/** What the panel asks of its surroundings; the content script and the practice page supply it. */
export interface PanelDeps {
  saveUi(change: {
    lang?: Lang | 'auto';
    activeProfile?: { platform: Platform; profileId: string };
    panel?: { collapsed?: boolean; side?: 'left' | 'right' };
  }): Promise<void>;
  /** Opens the welcome page (shown while Saring is not set up; absent in practice mode). */
  openSetup?(): Promise<void>;
  allowWord(profileId: string, word: string): Promise<boolean>;
  /** A post went out through the site's own Share/Post click (for the journal). */
  recordPost(post: RequestOf<'journal:record'>): Promise<void>;
  /**
   * The findings of the deep rules (lib/checks/deep.ts) whose data is not loaded in this page,
   * asked of the background (`rules`: their ids; hoax-claim's claim index is only there); null
   * when that failed.
   */
  deepCheck?(caption: string, ctx: CheckContext, rules: readonly string[]): Promise<Finding[] | null>;
}
