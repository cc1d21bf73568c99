import { render } from 'preact';
import type { Signal } from '@preact/signals';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '../../components/panel/Panel';
import { createPanelSession } from '../../components/panel/session';
import { placePanel } from '../../components/panel/placement';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle } from '../../lib/platforms/types';

const PANEL_WIDTH = 320;

export interface MountedPanel {
  remove(): void;
}

/**
 * One panel beside one composer. The host goes on <html>, outside the site's React roots, so the
 * site never re-renders it away and its click handlers (e.g. "click outside closes the dialog")
 * never see our clicks; it is positioned beside the composer's anchor instead.
 */
export async function mountPanel(
  ctx: ContentScriptContext,
  handle: ComposerHandle,
  preset: Signal<PanelPreset | null>,
): Promise<MountedPanel> {
  const lifetime = new AbortController();
  ctx.signal.addEventListener('abort', () => lifetime.abort(), { once: true });
  const session = createPanelSession(handle, preset, lifetime.signal);

  const ui = await createShadowRootUi(ctx, {
    name: 'saring-panel',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.dataset.saring = 'panel';
      host.dataset.platform = handle.platform;
      Object.assign(host.style, {
        position: 'fixed',
        zIndex: '2147483000',
        top: '0px',
        left: '0px',
        width: `${PANEL_WIDTH}px`,
      });
      render(<Panel session={session} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const host = ui.shadowHost;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!handle.isConnected()) return;
    const panelPrefs = preset.value?.ui.panel;
    const spot = placePanel(
      handle.anchor.getBoundingClientRect(),
      { width: window.innerWidth, height: window.innerHeight },
      { width: PANEL_WIDTH, height: host.offsetHeight || 200 },
      panelPrefs?.side,
      panelPrefs?.offsetY,
    );
    host.style.left = `${Math.round(spot.left)}px`;
    host.style.top = `${Math.round(spot.top)}px`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  place();
  const resize = new ResizeObserver(schedule);
  resize.observe(handle.anchor);
  ctx.addEventListener(window, 'resize', schedule, { signal: lifetime.signal });
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true, signal: lifetime.signal });

  return {
    remove() {
      lifetime.abort();
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
      ui.remove();
    },
  };
}
