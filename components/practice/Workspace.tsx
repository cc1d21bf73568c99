import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Platform } from '../../lib/checks/types';
import type { PanelPreset } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n';
import { createPanelSession, type PanelSession } from '../panel/session';
import { guardPosts, SETTLE_BOUND_MS } from '../panel/guard';
import { createTextareaHandle } from './textarea-handle';
import { createAttemptController, type AttemptController } from './attempt';
import { SimulatedComposer } from './SimulatedComposer';
import { PanelHost } from './PanelHost';
import { ExerciseBar } from './ExerciseBar';
import { ResultCard } from './ResultCard';
import { LOOKS } from './looks';
import { practiceDeps } from './deps';
import { realPresets } from './state';

interface Props {
  platform: Platform;
  onReady(platform: Platform, controller: AttemptController, session: PanelSession): void;
  onNext(platform: Platform): void;
}

/** One simulated composer with the real panel beside it, and the exercise being done in it. */
export function Workspace({ platform, onReady, onNext }: Props) {
  const anchor = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const post = useRef<HTMLButtonElement>(null);
  const [parts, setParts] = useState<{ session: PanelSession; controller: AttemptController } | null>(null);

  useEffect(() => {
    if (!anchor.current || !textarea.current) return;
    const lifetime = new AbortController();
    const handle = createTextareaHandle({
      platform,
      textarea: textarea.current,
      anchor: anchor.current,
      postButton: () => post.current,
      account: LOOKS[platform].account,
    });
    const preset = signal<PanelPreset | null>(null);
    const session = createPanelSession(handle, preset, lifetime.signal, 'post', practiceDeps.deepCheck);
    const controller = createAttemptController(session, preset, realPresets[platform], platform, lifetime.signal);
    // The same prompt before posting as on the real site, on this composer's own button.
    guardPosts(
      handle,
      {
        blocking: () => session.blocking.value,
        settle: () => session.deepSettled(SETTLE_BOUND_MS),
        prompt(findings, proceed) {
          session.prompt.value = { findings, proceed };
        },
        posted() {},
      },
      lifetime.signal,
    );
    // Alt+Shift+S moves from the composer to the panel, as on the real sites (the panel moves back).
    textarea.current.addEventListener(
      'keydown',
      (event) => {
        if (!(event.altKey && event.shiftKey && event.code === 'KeyS')) return;
        event.preventDefault();
        const host = document.querySelector(`[data-saring="panel"][data-platform="${platform}"]`);
        host?.shadowRoot?.querySelector<HTMLElement>('button, select, input')?.focus();
      },
      { signal: lifetime.signal },
    );
    setParts({ session, controller });
    onReady(platform, controller, session);
    return () => {
      lifetime.abort();
      handle.dispose?.();
    };
  }, [platform]);

  const session = parts?.session;
  const controller = parts?.controller;
  const onPost = () => {
    controller?.markPosted();
    if (controller?.active.value) void controller.finish();
  };

  return (
    <section class="workspace" id={`workspace-${platform}`} aria-labelledby={`workspace-${platform}-title`}>
      <h2 class="workspace__title" id={`workspace-${platform}-title`} tabIndex={-1}>
        {t('pracWorkspaceTitle', t(LOOKS[platform].site))}
      </h2>
      {controller ? <ExerciseBar controller={controller} /> : null}
      <div class="workspace__row">
        <SimulatedComposer
          platform={platform}
          refs={{ anchor, textarea, post }}
          length={session?.text.value.length ?? 0}
          limit={session?.limits.value.captionLength ?? 0}
          onPost={onPost}
          posted={controller?.posted.value ?? false}
        />
        {controller ? <PanelHost session={controller.panelSession} deps={practiceDeps} /> : null}
      </div>
      {controller?.finished.value ? (
        <ResultCard
          finished={controller.finished.value}
          onRetry={(entry) => void controller.start(entry)}
          onNext={() => onNext(platform)}
        />
      ) : null}
    </section>
  );
}
