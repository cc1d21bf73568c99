import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import panelCss from '../panel/panel.css?inline';
import { PanelRoot } from '../panel/PanelRoot';
import type { PanelSession } from '../panel/session';
import type { PanelDeps } from '../panel/deps';

/**
 * The real panel in its own shadow root, as the content script mounts it on the sites: the same
 * markup, the same styles, the same test hooks (`data-saring="panel"`, `data-platform`).
 */
export function PanelHost({ session, deps }: { session: PanelSession; deps: PanelDeps }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = panelCss;
    const container = document.createElement('div');
    shadow.replaceChildren(style, container);
    render(<PanelRoot session={session} deps={deps} />, container);
    return () => render(null, container);
  }, [session, deps]);
  return (
    <div
      ref={host}
      class="practice__panel"
      data-saring="panel"
      data-platform={session.handle.platform}
      data-theme="light"
    />
  );
}
