import { useMemo, useState } from 'preact/hooks';
import type { PanelSession } from '../panel/session';
import { FindingList } from '../panel/FindingList';
import { Prompt, type PromptTexts } from '../panel/Prompt';
import { TemplatePicker } from '../panel/TemplatePicker';
import { TemplateForm } from '../panel/TemplateForm';
import { t, uiLang } from '../../lib/i18n/core';

const PROMPT_TEXTS: PromptTexts = { title: 'replyPromptTitle', intro: 'replyPromptIntro', proceed: 'replySendAnyway' };

/** Reply templates: the picker, then the chosen one's form (the panel's own components). */
function ReplyTemplates({ session }: { session: PanelSession }) {
  const [open, setOpen] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const all = session.preset.value?.templates;
  const templates = useMemo(() => (all ?? []).filter((x) => x.kind === 'reply'), [all]);
  const chosen = templates.find((x) => x.id === chosenId) ?? null;
  if (templates.length === 0) return null;
  return (
    <div class="templates">
      <button type="button" class="button button--secondary" data-action="open-templates" aria-expanded={open} onClick={() => (setOpen(!open), setChosenId(null))}>
        {open ? t('replyTemplatesClose') : t('replyTemplatesOpen')}
      </button>
      {open ? (
        <div class="templates__body">
          {chosen ? (
            <TemplateForm session={session} template={chosen} onBack={() => setChosenId(null)} onDone={() => (setChosenId(null), setOpen(false))} />
          ) : (
            <TemplatePicker templates={templates} favourites={session.profile.value?.favouriteTemplates ?? []} onChoose={setChosenId} />
          )}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The compact Saring of a comment box: a small button showing the errors left, and on click a
 * popover with the findings and the reply templates. Never the full panel.
 */
export function ReplyRoot({ session, open, onToggle }: { session: PanelSession; open: boolean; onToggle(open: boolean): void }) {
  const counts = session.counts.value;
  const prompt = session.prompt.value;
  const limit = session.limits.value.replyLength ?? session.limits.value.captionLength;
  const close = () => {
    onToggle(false);
    session.handle.restoreCaret();
  };
  return (
    <div
      class="root reply-root"
      lang={uiLang.value}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open && !prompt) {
          event.preventDefault();
          close();
        }
      }}
    >
      <button
        type="button"
        class="badge reply-button"
        data-action="open-reply"
        aria-expanded={open}
        aria-label={t('replyButtonLabel', counts.error, counts.warning)}
        onClick={() => onToggle(!open)}
      >
        <span class="badge__name">S</span>
        {counts.error + counts.warning > 0 ? <span class={`badge__count badge__count--${counts.error ? 'error' : 'warning'}`}>{counts.error + counts.warning}</span> : null}
      </button>
      {open ? (
        <section class="panel reply-popover" role="dialog" aria-label={t('replyHeading')} data-saring="reply-popover">
          <div class="reply-popover__head">
            <h2 class="section-title">{t('replyHeading')}</h2>
            <button type="button" class="link-button" data-action="close-reply" onClick={close}>
              {t('replyClose')}
            </button>
          </div>
          {session.profile.value ? <p class="muted">{t('replyFor', session.profile.value.officialName)}</p> : null}
          <p class="muted" data-saring="reply-length">
            {t('replyLength', session.text.value.length, limit)}
          </p>
          <ReplyTemplates session={session} />
          <FindingList
            findings={session.findings.value}
            text={session.text.value}
            busy={session.busy.value}
            actions={{ applyFix: (f, i) => void session.applyFix(f, i), ignore: (f) => session.ignore(f) }}
          />
          <p class="status" role="status" aria-live="polite">
            {session.status.value ? t(session.status.value) : ''}
          </p>
        </section>
      ) : null}
      {prompt ? (
        <Prompt
          state={prompt}
          texts={PROMPT_TEXTS}
          onFixFirst={() => {
            session.prompt.value = null;
            onToggle(true);
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
