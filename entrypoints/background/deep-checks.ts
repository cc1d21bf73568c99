import '../../lib/checks/deep/install';
import '../../lib/checks/claims/install';
import { RULES } from '../../lib/checks';
import { runRules } from '../../lib/checks/engine';
import type { CheckContext, Claim } from '../../lib/checks/types';
import type { Handlers } from '../../lib/messaging/server';
import { todayOf } from '../../lib/presets';
import { getRevision, type SaringDB } from '../../lib/store';
import type { BackgroundDeps } from './deps';

const DEEP_RULES = RULES.filter((rule) => rule.deep === true);

/**
 * The deep rules for a panel (lib/checks/deep.ts): the content script sends its caption and check
 * context a short debounce after typing (and again when Post is clicked before the answer is in)
 * and gets these rules' findings back, hoax-claim's among them: the claim index lives here, built
 * once per preset revision (the same claims array keeps the rule's index cache). Nothing is stored
 * and nothing leaves the machine.
 */
export function deepCheckHandlers(db: SaringDB, deps: BackgroundDeps): Pick<Handlers, 'checks:deep'> {
  let cached: { revision: number; claims: readonly Claim[] } | null = null;
  const claims = async (): Promise<readonly Claim[]> => {
    const revision = await getRevision(db);
    if (cached?.revision !== revision) cached = { revision, claims: (await deps.effective()).claims };
    return cached.claims;
  };
  return {
    'checks:deep': async ({ caption, ctx, rules }) => {
      const wanted = rules ? DEEP_RULES.filter((rule) => rules.includes(rule.id)) : DEEP_RULES;
      if (wanted.length === 0) return [];
      // The claims and "today" are the background's own, whatever the page sent.
      const context = { ...(ctx as unknown as CheckContext), claims: wanted.some((rule) => rule.id === 'hoax-claim') ? await claims() : [], today: todayOf(deps.now()) };
      return runRules(wanted, caption, context);
    },
  };
}
