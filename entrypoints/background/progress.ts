import type { Handlers } from '../../lib/messaging/server';
import type { BackgroundDeps } from './deps';

type ProgressHandlers = Pick<Handlers, 'progress:record' | 'progress:list' | 'progress:tour-seen'>;

/** Practice mode: attempts and whether the guided tour was seen. */
export function progressHandlers(deps: BackgroundDeps): ProgressHandlers {
  return {
    async 'progress:record'(payload) {
      const id = crypto.randomUUID();
      await deps.progress.add({ ...payload, id, at: deps.now() });
      return { id };
    },
    async 'progress:list'() {
      const attempts = await deps.progress.all();
      return [...attempts].sort((a, b) => a.at - b.at);
    },
    async 'progress:tour-seen'({ seen }) {
      const next = { ...(await deps.readUi()), tourSeen: seen };
      await deps.writeUi(next);
      // Other open practice pages must not start the tour again.
      await deps.bumpRevision();
      return next;
    },
  };
}
