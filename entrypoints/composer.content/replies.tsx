import '../../components/replies/reply.css';
import { render } from 'preact';
import { signal, type Signal } from '@preact/signals';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPanelSession } from '../../components/panel/session';
import { detectTheme } from '../../components/panel/theme';
import type { PanelDeps } from '../../components/panel/deps';
import { ReplyRoot } from '../../components/replies/ReplyRoot';
import { institutionProfile } from '../../components/replies/match';
import { guardReplies } from '../../components/replies/reply-guard';
import type { PanelPreset } from '../../lib/messaging/protocol';
import { watchComposers } from '../../lib/platforms';
import { asWatchable, replyAdapterFor, type ReplyBoxHandle } from '../../lib/platforms/replies';

const BUTTON_SIZE = 30;

/**
 * The reply button beside every comment box that answers on the institution's behalf: its own
 * small mount, apart from the post panel. Boxes are re-judged when the preset (the profiles) changes.
 */
export function mountReplies(ctx: ContentScriptContext, preset: Signal<PanelPreset | null>, deps: PanelDeps): void {
  const adapter = replyAdapterFor(new URL(location.href));
  if (!adapter) return;
  const mounted = new Map<ReplyBoxHandle, Promise<(() => void) | null>>();
  const waiting = new Set<ReplyBoxHandle>();

  const tryMount = (handle: ReplyBoxHandle): void => {
    const p = preset.value;
    if (!p || mounted.has(handle) || !handle.isConnected()) return;
    const profile = institutionProfile(p.profiles, handle.platform, { identity: handle.accountName(), owners: handle.postOwners() });
    if (!profile) return;
    waiting.delete(handle);
    mounted.set(
      handle,
      mountReplyButton(ctx, handle, preset, deps, profile.id).catch((error: unknown) => {
        console.warn('[Saring] reply button not shown', error);
        return null;
      }),
    );
  };

  watchComposers(asWatchable(adapter), document, {
    signal: ctx.signal,
    onAdd(box) {
      const handle = box as ReplyBoxHandle;
      waiting.add(handle);
      tryMount(handle);
    },
    onRemove(box) {
      const handle = box as ReplyBoxHandle;
      waiting.delete(handle);
      const done = mounted.get(handle);
      mounted.delete(handle);
      void done?.then((remove) => remove?.());
    },
  });
  const unsubscribe = preset.subscribe(() => {
    for (const handle of [...waiting]) tryMount(handle);
  });
  ctx.onInvalidated(() => {
    unsubscribe();
    for (const done of mounted.values()) void done.then((remove) => remove?.());
    mounted.clear();
  });
}

async function mountReplyButton(
  ctx: ContentScriptContext,
  handle: ReplyBoxHandle,
  preset: Signal<PanelPreset | null>,
  deps: PanelDeps,
  profileId: string,
): Promise<() => void> {
  const lifetime = new AbortController();
  ctx.signal.addEventListener('abort', () => lifetime.abort(), { once: true });
  const session = createPanelSession(handle, preset, lifetime.signal, 'reply', deps.deepCheck);
  session.chooseProfile(profileId);
  const open = signal(false);
  const App = () => <ReplyRoot session={session} open={open.value} onToggle={(next) => (open.value = next)} />;

  const ui = await createShadowRootUi(ctx, {
    name: 'saring-reply',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.dataset.saring = 'reply';
      host.dataset.platform = handle.platform;
      host.dataset.theme = detectTheme(handle.anchor);
      Object.assign(container.style, { position: 'fixed', zIndex: '2147482000', top: '0px', left: '0px', margin: '0' });
      render(<App />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (lifetime.signal.aborted) throw new Error('reply box closed while the button was loading');
  ui.mount();
  const box = ui.uiContainer;

  // Beside the box's right edge, inside the viewport; the popover hangs below the button.
  let frame = 0;
  const place = (): void => {
    frame = 0;
    if (!handle.isConnected()) return;
    const rect = handle.anchor.getBoundingClientRect();
    const hidden = rect.width === 0 && rect.height === 0;
    box.style.display = hidden ? 'none' : '';
    const left = Math.min(rect.right + 4, window.innerWidth - BUTTON_SIZE - 4);
    box.style.left = `${Math.round(Math.max(0, left))}px`;
    box.style.top = `${Math.round(Math.max(0, rect.top + (rect.height - BUTTON_SIZE) / 2))}px`;
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  place();
  const resize = new ResizeObserver(schedule);
  resize.observe(handle.anchor);
  window.addEventListener('resize', schedule, { signal: lifetime.signal });
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: lifetime.signal });

  // What the reply said when it was checked: the site empties the box as it sends.
  let sentText = '';
  let sentFindings = session.findings.value;
  guardReplies(
    handle,
    {
      blocking: () => {
        sentText = session.text.value;
        sentFindings = session.findings.value;
        return ctx.isValid ? session.blocking.value : [];
      },
      prompt(findings, proceed) {
        session.prompt.value = { findings, proceed };
      },
      sent({ overridden }) {
        const left = sentFindings.filter((f) => f.severity !== 'info');
        void deps.recordPost({
          kind: 'reply',
          platform: handle.platform,
          profileId: session.profile.value?.id ?? null,
          templateId: session.templateUsed.value,
          findingsLeft: left.map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
          overridden,
          caption: sentText,
        });
        // The box is empty again for the next answer.
        session.templateUsed.value = null;
        open.value = false;
      },
    },
    lifetime.signal,
  );

  return () => {
    lifetime.abort();
    resize.disconnect();
    if (frame) cancelAnimationFrame(frame);
    ui.remove();
  };
}
