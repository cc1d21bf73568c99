import { ask } from '../../lib/messaging/client';
import type { PanelDeps } from '../panel/deps';
import { PRACTICE_PROFILE } from '../../lib/practice/institution';
import { loadPresets } from './state';

/**
 * The panel's deps on the practice page: the same messages as on the real sites, except that
 * picking the practice institution is not saved (it exists only on this page).
 */
export const practiceDeps: PanelDeps = {
  async saveUi(change) {
    if (change.activeProfile?.profileId === PRACTICE_PROFILE.id) return;
    await ask('settings:set', change);
    await loadPresets();
  },
  async allowWord(profileId, word) {
    if (profileId === PRACTICE_PROFILE.id) return false;
    const reply = await ask('profile:allow-word', { profileId, word });
    return reply.ok && reply.data.ok;
  },
  // A practice "post" is an exercise attempt, recorded as progress by the practice page; the
  // journal counts only what really went out on a site, so nothing is sent here.
  async recordPost() {},
  // The word lists are loaded in this page; hoax-claim's claim index is in the background.
  async deepCheck(caption, ctx, rules) {
    const reply = await ask('checks:deep', { caption, ctx: ctx as never, rules: [...rules] });
    return reply.ok ? reply.data : null;
  },
};
