import '../../lib/checks/claims/install';
import { makeContext } from '../../lib/checks/defaults';
import { runRules } from '../../lib/checks/engine';
import { hoaxClaim } from '../../lib/checks/rules/hoax-claim';
import type { Claim } from '../../lib/checks/types';
import type { Handlers } from '../../lib/messaging/server';
import { todayOf } from '../../lib/presets';
import { getRevision, type SaringDB } from '../../lib/store';
import type { BackgroundDeps } from './deps';

/**
 * hoax-claim for the panels beside the composers: the claim index is too big for the content
 * script, so it lives here, built once per preset revision (the same claims array keeps the
 * rule's index cache), and the panel asks on a short debounce. Nothing leaves the machine.
 */
export function claimHandlers(db: SaringDB, deps: BackgroundDeps): Pick<Handlers, 'claims:match'> {
  let cached: { revision: number; claims: Claim[]; settings: Awaited<ReturnType<BackgroundDeps['effective']>>['ruleSettings'] } | null = null;
  return {
    async 'claims:match'({ text, platform, lang }) {
      const revision = await getRevision(db);
      if (cached?.revision !== revision) {
        const preset = await deps.effective();
        cached = { revision, claims: preset.claims, settings: preset.ruleSettings };
      }
      if (!cached.claims.length) return [];
      const ctx = makeContext({ platform, lang, claims: cached.claims, today: todayOf(deps.now()) });
      return runRules([hoaxClaim], text, { ...ctx, settings: cached.settings });
    },
  };
}
