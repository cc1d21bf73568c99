import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../lib/checks/types';
import { t, uiLang } from '../../lib/i18n/core';
import type { MessageKey } from '../../lib/i18n/core';
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels';

export interface PromptState {
  findings: readonly Finding[];
  proceed(): void;
}

/** The prompt's own words; the reply button asks before sending, not before posting. */
export interface PromptTexts {
  title: MessageKey;
  intro: MessageKey;
  proceed: MessageKey;
}

const POST_TEXTS: PromptTexts = { title: 'promptTitle', intro: 'promptIntro', proceed: 'postAnyway' };

/** Keeps Tab inside the dialog, as a modal must. */
function trapTab(event: KeyboardEvent, root: HTMLElement | null): void {
  if (event.key !== 'Tab' || !root) return;
  const focusable = [...root.querySelectorAll<HTMLElement>('button, a[href]')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}

export function Prompt({
  state,
  onFixFirst,
  onPostAnyway,
  texts = POST_TEXTS,
}: {
  state: PromptState;
  onFixFirst(): void;
  onPostAnyway(): void;
  texts?: PromptTexts;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const fixButton = useRef<HTMLButtonElement>(null);
  // Focus moves with the render, not a frame later: a key pressed right after the prompt shows
  // (Tab to "post anyway") must already start from "Perbaiki dulu".
  useLayoutEffect(() => fixButton.current?.focus(), []);
  const links = new Map<string, string>();
  for (const f of state.findings) for (const l of f.links ?? []) links.set(l.url, l.label);
  // The same sign three times is one thing to fix, said once with its count.
  const grouped = new Map<string, { finding: Finding; count: number }>();
  for (const f of state.findings) {
    const key = `${f.ruleId}\u0000${f.message}`;
    const seen = grouped.get(key);
    if (seen) seen.count += 1;
    else grouped.set(key, { finding: f, count: 1 });
  }
  return (
    <div class="prompt-backdrop">
      <div
        ref={dialog}
        class="prompt"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="saring-prompt-title"
        aria-describedby="saring-prompt-intro"
        data-saring="prompt"
        lang={uiLang.value}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onFixFirst();
          }
          trapTab(event, dialog.current);
        }}
      >
        <h2 id="saring-prompt-title" class="prompt__title">
          {t(texts.title)}
        </h2>
        <p id="saring-prompt-intro">{t(texts.intro, state.findings.length)}</p>
        <ul class="prompt__list">
          {[...grouped.values()].map(({ finding: f, count }) => (
            <li data-rule-id={f.ruleId} data-severity={f.severity} data-category={f.category} key={`${f.ruleId}:${f.start}`}>
              <strong>{t(SEVERITY_LABELS[f.severity])}</strong> · {t(CATEGORY_LABELS[f.category])}: {f.message}
              {count > 1 ? ` (${count}×)` : ''}
              {f.evidence ? (
                <p class="prompt__evidence" data-saring="evidence">
                  <a href={f.evidence.url} target="_blank" rel="noopener noreferrer">
                    {t('promptEvidence', f.evidence.title, f.evidence.source, f.evidence.published)}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {links.size ? (
          <p class="prompt__links">
            {t('promptFactCheck')}{' '}
            {[...links.entries()].map(([url, label], i) => (
              <>
                {i > 0 ? ' · ' : ''}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              </>
            ))}
          </p>
        ) : null}
        <div class="prompt__actions">
          <button ref={fixButton} type="button" class="button" data-action="fix-first" onClick={onFixFirst}>
            {t('fixFirst')}
          </button>
          <button type="button" class="button button--danger" data-action="post-anyway" onClick={onPostAnyway}>
            {t(texts.proceed)}
          </button>
        </div>
      </div>
    </div>
  );
}
