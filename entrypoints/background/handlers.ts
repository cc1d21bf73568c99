import type { Handlers } from '../../lib/messaging/server';
import type { SaringDB } from '../../lib/store';
import { presetHandlers } from './presets';
import { packHandlers } from './packs';
import { journalHandlers } from './journal';
import { progressHandlers } from './progress';
import { localBackup } from './backup';
import type { BackgroundDeps } from './deps';
import { deepCheckHandlers } from './deep-checks';

/** Every message's handler, one file per area; the type makes a missing one a compile error. */
export function createHandlers(db: SaringDB, deps: BackgroundDeps, onSubscriptionsChanged: () => Promise<void>): Handlers {
  return {
    ...presetHandlers(db, deps),
    ...packHandlers(db, deps, onSubscriptionsChanged),
    ...journalHandlers(deps, localBackup(db, deps)),
    ...progressHandlers(deps),
    ...deepCheckHandlers(db, deps),
  };
}
