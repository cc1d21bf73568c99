import type { Finding, Lang, Platform } from '../../lib/checks/types';
import type { RequestOf } from '../../lib/messaging/protocol';

/** What the panel asks of its surroundings; the content script and the practice page supply it. */
export interface PanelServices {
  saveUi(change: {
    lang?: Lang | 'auto';
    activeProfile?: { platform: Platform; profileId: string };
    panel?: { collapsed?: boolean; side?: 'left' | 'right' };
  }): Promise<void>;
  allowWord(profileId: string, word: string): Promise<boolean>;
  /** A post went out through the site's own Share/Post click (for the journal). */
  recordPost(post: RequestOf<'journal:record'>): Promise<void>;
  /** hoax-claim findings, matched in the background against the preset's claims. */
  matchClaims?(text: string, platform: Platform, lang: Lang): Promise<Finding[]>;
}
