/**
 * When the site drifts: the admin types in an editable on a composer page and, a few seconds
 * later, no composer has been recognised around it. A small notice says so ("Saring belum
 * mengenali kolom ini") and offers to attach the panel to that editable for this page. It never
 * blocks the site: no listener here prevents anything, and every failure is only logged.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t, uiLang } from '../../lib/i18n/core';
import { createHandle } from '../../lib/platforms/editor';
import { lexicalBlocks } from '../../lib/platforms/selectors';
import type { ComposerHandle, PlatformAdapter } from '../../lib/platforms/types';

/** How long after the first keystroke a composer may take to be recognised before the notice. */
const DRIFT_WAIT_MS = 3000;

export interface DriftOptions {
  ctx: ContentScriptContext;
  adapter: PlatformAdapter;
  /** Whether the element is (inside) an editor Saring already has a panel for. */
  known(element: HTMLElement): boolean;
  /** Mounts a panel for a handle made here; `until` tells when the editable has gone. */
  attach(handle: ComposerHandle): void;
}

/** The editing host of the event's target (contenteditable only: the handle reads DOM blocks). */
function editableOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let host = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

export function watchDrift({ ctx, adapter, known, attach }: DriftOptions): void {
  if (!adapter.mightBeComposer) return;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: HTMLElement | null = null;
  /** Once per page: after "check this box" or "dismiss", no more notices until the page reloads. */
  let settled = false;
  let notice: { remove(): void } | null = null;

  const check = (): void => {
    timer = null;
    const editable = pending;
    pending = null;
    if (settled || notice || !editable?.isConnected || known(editable)) return;
    show(editable).catch((error: unknown) => console.warn('[Saring] notice not shown', error));
  };

  // beforeinput: Lexical cancels some native inputs, and a cancelled beforeinput fires no input.
  document.addEventListener(
    'beforeinput',
    (event) => {
      if (settled || notice) return;
      const editable = editableOf(event.composedPath()[0] ?? null);
      if (!editable || known(editable)) return;
      try {
        if (!adapter.mightBeComposer?.(editable, new URL(location.href))) return;
      } catch {
        return;
      }
      pending = editable;
      timer ??= setTimeout(check, DRIFT_WAIT_MS);
    },
    { capture: true, passive: true, signal: ctx.signal },
  );
  ctx.signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
    notice?.remove();
  });

  async function show(editable: HTMLElement): Promise<void> {
    const close = (): void => {
      ui.remove();
      notice = null;
    };
    const ui = await createShadowRootUi(ctx, {
      name: 'saring-notice',
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      isolateEvents: true,
      onMount(container, _shadow, host) {
        host.dataset.saring = 'notice';
        // Under the box the admin types in, kept on screen.
        const box = editable.getBoundingClientRect();
        Object.assign(container.style, {
          position: 'fixed',
          zIndex: '2147483000',
          top: `${Math.min(box.bottom + 8, innerHeight - 140)}px`,
          left: `${Math.max(8, Math.min(box.left, innerWidth - 328))}px`,
          width: '320px',
        });
        render(
          <div class="root notice" role="status" lang={uiLang.value}>
            <p class="notice__title">{t('driftNotice')}</p>
            <p class="hint">{t('driftExplain')}</p>
            <div class="notice__actions">
              <button
                type="button"
                class="button button--small"
                data-action="attach-here"
                onClick={() => {
                  settled = true;
                  close();
                  if (!editable.isConnected || known(editable)) return;
                  attach(
                    createHandle({
                      platform: adapter.platform,
                      editor: editable,
                      anchor: editable.closest<HTMLElement>('[role="dialog"]') ?? editable.parentElement ?? editable,
                      blockSelector: editable.querySelector('[data-block="true"]') ? '[data-block="true"]' : lexicalBlocks,
                      // An unrecognised page: which button posts is not known, so no prompt here.
                      findPostButton: () => null,
                      accountName: () => null,
                    }),
                  );
                }}
              >
                {t('driftAttach')}
              </button>
              <button
                type="button"
                class="button button--quiet button--small"
                data-action="dismiss-notice"
                onClick={() => {
                  settled = true;
                  close();
                }}
              >
                {t('driftDismiss')}
              </button>
            </div>
          </div>,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (ctx.isInvalid) return;
    ui.mount();
    notice = { remove: () => ui.remove() };
  }
}
