import { ask } from '../../lib/messaging/client';
import type { PanelDeps } from '../../components/panel/deps';

/** The panel's deps in a content script: everything goes to the background. */
export const contentScriptDeps: PanelDeps = {
  async saveUi(change) {
    await ask('settings:set', change);
  },
  async allowWord(profileId, word) {
    const reply = await ask('profile:allow-word', { profileId, word });
    return reply.ok && reply.data.ok;
  },
  async openSetup() {
    await ask('setup:open', {});
  },
  async recordPost(post) {
    await ask('journal:record', post);
  },
  async deepCheck(caption, ctx, rules) {
    const reply = await ask('checks:deep', { caption, ctx: ctx as never, rules: [...rules] });
    return reply.ok ? reply.data : null;
  },
};
