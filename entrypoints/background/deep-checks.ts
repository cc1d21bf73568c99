import '../../lib/checks/deep/install';
import { RULES } from '../../lib/checks';
import { runRules } from '../../lib/checks/engine';
import type { CheckContext } from '../../lib/checks/types';
import type { Handlers } from '../../lib/messaging/server';

const DEEP_RULES = RULES.filter((rule) => rule.deep === true);

/**
 * The deep rules for a panel (lib/checks/deep.ts): the content script sends its caption and check
 * context a short debounce after typing and gets these rules' findings back. Nothing is stored.
 */
export function deepCheckHandlers(): Pick<Handlers, 'checks:deep'> {
  return {
    'checks:deep': async ({ caption, ctx }) => runRules(DEEP_RULES, caption, ctx as unknown as CheckContext),
  };
}
