import type { Handlers } from '../../lib/messaging/server';
import { presetHandlers } from './presets';
import { packHandlers } from './packs';
import { journalHandlers } from './journal';
import { progressHandlers } from './progress';
import type { BackgroundDeps } from './deps';

/** Every message's handler, one file per area; the type makes a missing one a compile error. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...presetHandlers(deps),
    ...packHandlers(deps),
    ...journalHandlers(deps),
    ...progressHandlers(deps),
  };
}
