/**
 * A post counts when the site confirms it, not when Share / Post is clicked: the click may be held
 * by the site's own confirmation (TikTok's "Continue to post?"), fail, or be cancelled there.
 * After the guard lets a click through (its `posted` hook), this watches the composer: it closing
 * (the editor leaves the document) or the site's own success state (`siteConfirmed`), within a
 * bound, confirms the post; the bound passing with
 * the composer still open records it as unconfirmed, so the monthly report can show the
 * difference. While the site's own confirmation shows, the bound waits. A second click while one
 * is pending replaces it: one post, one entry.
 */

export interface ConfirmTarget {
  /** The composer is still in the document. */
  isConnected(): boolean;
  /** The site's own "post now?" confirmation is showing (the post has not gone yet). */
  siteConfirming?(): boolean;
  /** The site shows the post went while the composer stays open (Business Suite empties it). */
  siteConfirmed?(): boolean;
}

export interface ConfirmOptions {
  /** How long after the click the composer may take to close (default 30 s). */
  boundMs?: number;
  /** Backstop poll for pages whose composer closes without a DOM mutation we see. */
  pollMs?: number;
  win?: Window;
}

export type PostOutcome = 'confirmed' | 'unconfirmed';

export interface PostConfirmer<T> {
  /** The guard let a click on Share / Post through; `info` is recorded once it is settled. */
  clicked(info: T): void;
  /** Whether a click is waiting for the site. */
  pending(): boolean;
}

export const CONFIRM_BOUND_MS = 30_000;

export function confirmPosts<T>(
  target: ConfirmTarget,
  record: (info: T, outcome: PostOutcome) => void,
  lifetime: AbortSignal,
  options: ConfirmOptions = {},
): PostConfirmer<T> {
  const bound = options.boundMs ?? CONFIRM_BOUND_MS;
  const pollMs = options.pollMs ?? 250;
  const win = options.win ?? window;
  let waiting: { info: T; deadline: number } | null = null;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  function stop(): void {
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  function settle(outcome: PostOutcome): void {
    const done = waiting;
    waiting = null;
    stop();
    if (!done) return;
    try {
      record(done.info, outcome);
    } catch (error) {
      console.warn('[Saring] journal entry failed', error);
    }
  }

  function check(): void {
    if (!waiting) return;
    try {
      if (!target.isConnected() || target.siteConfirmed?.()) return settle('confirmed');
      // The admin is reading the site's own confirmation: the clock starts again after it.
      if (target.siteConfirming?.()) {
        waiting.deadline = Date.now() + bound;
        return;
      }
      if (Date.now() >= waiting.deadline) settle('unconfirmed');
    } catch {
      settle('unconfirmed');
    }
  }

  lifetime.addEventListener(
    'abort',
    () => {
      // The panel goes when the composer goes: that is the confirmation, seen a little late.
      if (waiting) settle(safeConnected(target) ? 'unconfirmed' : 'confirmed');
      stop();
    },
    { once: true },
  );
  // Leaving the page with a click still pending: keep it, as unconfirmed.
  win.addEventListener('pagehide', () => waiting && settle(safeConnected(target) ? 'unconfirmed' : 'confirmed'), { signal: lifetime });

  return {
    clicked(info) {
      if (lifetime.aborted) return;
      waiting = { info, deadline: Date.now() + bound };
      if (!observer) {
        observer = new MutationObserver(check);
        observer.observe(win.document.documentElement, { childList: true, subtree: true });
      }
      timer ??= setInterval(check, pollMs);
      // A site that closes the composer in the same task as the click.
      queueMicrotask(check);
    },
    pending: () => waiting !== null,
  };
}

function safeConnected(target: ConfirmTarget): boolean {
  try {
    return target.isConnected();
  } catch {
    return false;
  }
}
