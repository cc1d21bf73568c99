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
}

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
    if (blocking.length === 0) {
      safely(() => hooks.posted({ overridden: false, findingsLeft: [] }));
      return;
    }
    const clicked = button;
    try {
      hooks.prompt(blocking, () => {
        bypass = true;
        try {
          clicked.click();
        } finally {
          bypass = false;
        }
        safely(() => hooks.posted({ overridden: true, findingsLeft: blocking }));
      });
    } catch (error) {
      console.warn('[Saring] prompt failed; the post goes through', error);
      return;
    }
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
