import { render } from 'preact';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PanelRoot } from '../../components/panel/PanelRoot';
import { createPanelSession } from '../../components/panel/session';
import { placePanel } from '../../components/panel/placement';
import { guardPosts, SETTLE_BOUND_MS } from '../../components/panel/guard';
import { confirmPosts } from '../../components/panel/confirm';
import { detectTheme } from '../../components/panel/theme';
import type { PanelDeps } from '../../components/panel/deps';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle } from '../../lib/platforms/types';

const PANEL_WIDTH = 340;
const PANEL_MIN_WIDTH = 260;
const BADGE_WIDTH = 120;

export interface MountedPanel {
  remove(): void;
}

/**
 * One panel beside one composer. The host goes on <html>, outside the site's React roots, so the
 * site never re-renders it away and its "click outside closes the dialog" handlers never see our
 * clicks; it is positioned beside the composer's anchor instead.
 */
export async function mountPanel(
  ctx: ContentScriptContext,
  handle: ComposerHandle,
  preset: Signal<PanelPreset | null>,
  deps: PanelDeps,
  /** True while the browser's side panel shows this tab's panel: the page keeps only the prompt. */
  elsewhere?: ReadonlySignal<boolean>,
): Promise<MountedPanel> {
  const lifetime = new AbortController();
  ctx.signal.addEventListener('abort', () => lifetime.abort(), { once: true });
  const session = createPanelSession(handle, preset, lifetime.signal, 'post', deps.deepCheck);

  const ui = await createShadowRootUi(ctx, {
    name: 'saring-panel',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.dataset.saring = 'panel';
      host.dataset.platform = session.platform.value;
      host.dataset.theme = detectTheme(handle.anchor);
      // Positioned inside the shadow root: WXT resets the host with `all: initial !important`,
      // which beats any style put on the host itself.
      Object.assign(container.style, { position: 'fixed', zIndex: '2147483000', top: '0px', left: '0px', margin: '0' });
      render(<PanelRoot session={session} deps={deps} elsewhere={elsewhere} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (lifetime.signal.aborted) throw new Error('composer closed while the panel was loading');
  ui.mount();
  const host = ui.shadowHost;
  const box = ui.uiContainer;

  let frame = 0;
  const place = () => {
    frame = 0;
    if (!handle.isConnected()) return;
    const prefs = preset.value?.ui.panel;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const anchor = handle.anchor.getBoundingClientRect();
    // Never over what the admin is writing nor over the button that posts it.
    const keepClear = [handle.editor, handle.findPostButton()].flatMap((el) => (el ? [el.getBoundingClientRect()] : []));
    const full = placePanel(anchor, viewport, { width: PANEL_WIDTH, minWidth: PANEL_MIN_WIDTH, height: box.offsetHeight || 200 }, prefs?.side, prefs?.offsetY, keepClear);
    session.crowded.value = full.crowded;
    const spot = session.collapsed.value
      ? placePanel(anchor, viewport, { width: BADGE_WIDTH, minWidth: BADGE_WIDTH, height: 40 }, prefs?.side, prefs?.offsetY, keepClear)
      : full;
    box.style.width = session.collapsed.value ? 'auto' : `${Math.round(spot.width)}px`;
    box.style.left = `${Math.round(spot.left)}px`;
    box.style.top = `${Math.round(spot.top)}px`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  place();
  const resize = new ResizeObserver(schedule);
  resize.observe(handle.anchor);
  resize.observe(handle.editor);
  resize.observe(box);
  const unsubscribe = preset.subscribe(schedule);
  // Business Suite: the strictest selected placement, and all of them, for the admin and for tests.
  const unsubscribePlatform = session.placements.subscribe((list) => {
    host.dataset.platform = session.platform.value;
    if (handle.placements) host.dataset.placements = [...list].sort().join(' ');
  });
  // A Page's Next / Back moves the composer to another dialog (the handle's anchor follows).
  window.addEventListener('click', schedule, { capture: true, passive: true, signal: lifetime.signal });
  const unsubscribeCollapsed = session.collapsed.subscribe(schedule);
  window.addEventListener('resize', schedule, { signal: lifetime.signal });
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: lifetime.signal });

  // The site's theme can change while the composer is open.
  const themeWatch = new MutationObserver(() => {
    host.dataset.theme = detectTheme(handle.anchor);
  });
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  if (document.body) themeWatch.observe(document.body, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });

  // Alt+Shift+S in the composer moves to the panel (inside the panel, PanelRoot moves back).
  // On the document: the site may replace the editor element (the handle follows it).
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyS' && event.target instanceof Node && handle.editor.contains(event.target)) {
        event.preventDefault();
        ui.shadow.querySelector<HTMLElement>('button, select, input')?.focus();
      }
    },
    { signal: lifetime.signal },
  );

  // The journal records a post once the site confirms it (its composer closes), not at the click.
  const confirmer = confirmPosts<Parameters<PanelDeps['recordPost']>[0]>(
    handle,
    (post, outcome) => {
      deps.recordPost({ ...post, confirmed: outcome === 'confirmed' }).catch(() => undefined);
    },
    lifetime.signal,
  );

  guardPosts(
    handle,
    {
      // An orphaned script (extension updated or removed) must not stand between admin and post.
      blocking: () => (ctx.isValid ? session.blocking.value : []),
      // A Post clicked before the background answered for this text waits for it, briefly.
      settle: () => (ctx.isValid ? session.deepSettled(SETTLE_BOUND_MS) : null),
      prompt(findings, proceed) {
        session.prompt.value = { findings, proceed };
      },
      posted({ overridden }) {
        // Everything still worth a look goes in the journal, not only what stopped the post.
        const findingsLeft = session.findings.value.filter((f) => f.severity !== 'info');
        confirmer.clicked({
          // Business Suite posts to its strictest selected placement's platform.
          platform: session.platform.value,
          profileId: session.profile.value?.id ?? null,
          templateId: session.templateUsed.value,
          findingsLeft: findingsLeft.map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
          overridden,
          caption: session.text.value,
        });
      },
    },
    lifetime.signal,
  );

  return {
    remove() {
      lifetime.abort();
      resize.disconnect();
      themeWatch.disconnect();
      unsubscribe();
      unsubscribePlatform();
      unsubscribeCollapsed();
      if (frame) cancelAnimationFrame(frame);
      ui.remove();
    },
  };
}
