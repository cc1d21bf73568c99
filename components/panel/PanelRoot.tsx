import { useRef } from 'preact/hooks';
import type { PanelSession } from './session';
import type { PanelServices } from './services';
import { Panel } from './Panel';
import { Prompt } from './Prompt';

function focusFirst(root: HTMLElement | null, selector: string): void {
  root?.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * The panel and, while it is shown, the prompt before posting. Escape or Alt+Shift+S inside the
 * panel gives the caret back to the composer.
 */
export function PanelRoot({ session, services }: { session: PanelSession; services: PanelServices }) {
  const root = useRef<HTMLDivElement>(null);
  const prompt = session.prompt.value;
  return (
    <div
      ref={root}
      class="root"
      onKeyDown={(event) => {
        const toggle = event.altKey && event.shiftKey && event.code === 'KeyS';
        if (toggle || (event.key === 'Escape' && !prompt && !event.defaultPrevented)) {
          event.preventDefault();
          session.handle.restoreCaret();
        }
      }}
    >
      <Panel session={session} services={services} />
      {prompt ? (
        <Prompt
          state={prompt}
          onFixFirst={() => {
            session.prompt.value = null;
            // The admin needs the findings now, even where the panel has to cover the composer.
            session.openedHere.value = true;
            if (session.preset.value?.ui.panel.collapsed) void services.saveUi({ panel: { collapsed: false } });
            requestAnimationFrame(() =>
              focusFirst(root.current, '[data-severity="error"] button, [data-severity="warning"] button, .panel button'),
            );
          }}
          onPostAnyway={() => {
            session.prompt.value = null;
            prompt.proceed();
          }}
        />
      ) : null}
    </div>
  );
}
