import type { Finding } from '../../lib/checks/types';

export interface GuardTarget {
  findPostButton(): HTMLElement | null;
  /** Every button that publishes (Business Suite: Publish and Schedule), when there are several. */
  findPostButtons?(): HTMLElement[];
}

/**
 * The final Post the click hit, asked at click time: on a Facebook Page that is the Post of the
 * "Post settings" step (the handle follows the composer there), never Next.
 */
function hitPostButton(target: GuardTarget, event: Event): HTMLElement | null {
  const buttons = target.findPostButtons?.() ?? [target.findPostButton()];
  return buttons.find((button): button is HTMLElement => button !== null && hitsButton(event, button)) ?? null;
}

export interface GuardHooks {
  /** Findings that should stop this post now; [] lets it through. */
  blocking(): readonly Finding[];
  /** Show the prompt; call `proceed` to let the site's own click go through after all. */
  prompt(findings: readonly Finding[], proceed: () => void): void;
  /** The site's Share/Post click went through (for the journal). */
  posted(info: { overridden: boolean; findingsLeft: readonly Finding[] }): void;
  /**
   * When the findings are not yet those of the text being posted (the background's deep rules,
   * hoax-claim among them, answer on a debounce): a promise that settles once they are, bounded
   * by its maker; null when `blocking()` is already up to date.
   */
  settle?(): Promise<void> | null;
}

/**
 * How long a Post click clicked before the deep findings came may wait for them. Past it, or if
 * the background fails, the click goes through with what is known: Saring never blocks a post.
 */
export const SETTLE_BOUND_MS = 600;

/**
 * "Not live" as the sites show it: aria-disabled, the disabled property, and TikTok Studio's own
 * data-disabled="true" / TUXButton--disabled (a greyed-out Post that still receives clicks).
 */
export function isDisabled(button: HTMLElement): boolean {
  return (
    button.getAttribute('aria-disabled') === 'true' ||
    button.getAttribute('data-disabled') === 'true' ||
    button.classList.contains('TUXButton--disabled') ||
    (button instanceof HTMLButtonElement && button.disabled)
  );
}

function hitsButton(event: Event, button: HTMLElement): boolean {
  return event.composedPath().includes(button);
}

/**
 * Stops the site's Share/Post click while serious findings remain, and lets it through on
 * "post anyway". Listens on window in the capture phase, so it runs before the site's own
 * handlers (React listens on its root). Anything that goes wrong in here lets the click pass:
 * Saring must never be the reason a post fails.
 */
export function guardPosts(target: GuardTarget, hooks: GuardHooks, signal: AbortSignal, win: Window = window): void {
  let bypass = false;

  const intercept = (event: Event) => {
    if (bypass) return;
    let button: HTMLElement | null = null;
    let blocking: readonly Finding[] = [];
    try {
      button = hitPostButton(target, event);
      if (!button || isDisabled(button)) return;
      blocking = hooks.blocking();
    } catch (error) {
      console.warn('[Saring] post check skipped', error);
      return;
    }
    const clicked = button;
    /** The site's own click, let through by Saring (a held click, or "post anyway"). */
    const release = (overridden: boolean, findingsLeft: readonly Finding[]) => {
      bypass = true;
      try {
        clicked.click();
      } finally {
        bypass = false;
      }
      safely(() => hooks.posted({ overridden, findingsLeft }));
    };
    const ask = (found: readonly Finding[]): boolean => {
      try {
        hooks.prompt(found, () => release(true, found));
        return true;
      } catch (error) {
        console.warn('[Saring] prompt failed; the post goes through', error);
        return false;
      }
    };
    if (blocking.length === 0) {
      let settling: Promise<void> | null = null;
      try {
        settling = hooks.settle?.() ?? null;
      } catch (error) {
        console.warn('[Saring] post check skipped', error);
      }
      if (settling === null) {
        safely(() => hooks.posted({ overridden: false, findingsLeft: [] }));
        return;
      }
      // The deep findings of this text are on their way (a Post right after the last keystroke):
      // hold the click until they come, within the bound settle() sets; then prompt, or give the
      // site its click. A failure anywhere here releases the click too.
      event.preventDefault();
      event.stopImmediatePropagation();
      const decide = () => {
        if (!clicked.isConnected || isDisabled(clicked)) return;
        let found: readonly Finding[] = [];
        try {
          found = hooks.blocking();
        } catch (error) {
          console.warn('[Saring] post check skipped', error);
        }
        if (found.length === 0 || !ask(found)) release(false, []);
      };
      settling.then(decide, decide);
      return;
    }
    if (!ask(blocking)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Every space typed in the caption comes through here: only a focused button can be Post.
    const focused = event.target;
    if (focused instanceof HTMLElement && (focused.isContentEditable || focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement)) return;
    intercept(event);
  };

  win.addEventListener('click', intercept, { capture: true, signal });
  win.addEventListener('keydown', onKey, { capture: true, signal });
}

function safely(action: () => void): void {
  try {
    action();
  } catch (error) {
    console.warn('[Saring]', error);
  }
}
