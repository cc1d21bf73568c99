import { useRef } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import type { PanelSession } from './session';
import type { PanelDeps } from './deps';
import { Panel } from './Panel';
import { Prompt } from './Prompt';
import type { Finding } from '../../lib/checks/types';

/**
 * Focuses the row of the first problem the prompt listed (errors before warnings, not whatever
 * comes first in the page, which is the header's buttons), waiting the frames the panel needs to
 * open and render it.
 */
function focusFirstProblem(root: HTMLElement | null, findings: readonly Finding[], tries = 30): void {
  const order = [...findings].sort((a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
  const rows = order.map((f) => `.finding[data-rule-id="${f.ruleId}"][data-severity="${f.severity}"]`);
  const row =
    rows.map((css) => root?.querySelector<HTMLElement>(css)).find(Boolean) ??
    root?.querySelector<HTMLElement>('.finding[data-severity="error"], .finding[data-severity="warning"]');
  if (row) {
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  } else if (tries > 0) requestAnimationFrame(() => focusFirstProblem(root, findings, tries - 1));
}

/**
 * The panel and, while it is shown, the prompt before posting. Escape or Alt+Shift+S inside the
 * panel gives the caret back to the composer.
 */
export function PanelRoot({
  session,
  deps,
  elsewhere,
}: {
  session: PanelSession;
  deps: PanelDeps;
  /** The browser's side panel shows the panel: only the prompt stays in the page. */
  elsewhere?: ReadonlySignal<boolean>;
}) {
  const root = useRef<HTMLDivElement>(null);
  const prompt = session.prompt.value;
  const away = elsewhere?.value ?? false;
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
      {away ? null : <Panel session={session} deps={deps} />}
      {prompt ? (
        <Prompt
          state={prompt}
          onFixFirst={() => {
            session.prompt.value = null;
            // The admin needs the findings now, even where the panel has to cover the composer.
            session.openedHere.value = true;
            if (session.preset.value?.ui.panel.collapsed) void deps.saveUi({ panel: { collapsed: false } });
            requestAnimationFrame(() => focusFirstProblem(root.current, prompt.findings));
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
