import { useMemo, useState } from 'preact/hooks';
import type { PanelSession } from './session';
import { TemplatePicker } from './TemplatePicker';
import { TemplateForm } from './TemplateForm';
import { t } from '../../lib/i18n/core';

/** The templates part of the panel: a toggle, then a picker, then the chosen template's form. */
export function Templates({ session }: { session: PanelSession }) {
  const [open, setOpen] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  // Reply templates belong to comment boxes (the reply button), never to a post's caption.
  const all = session.preset.value?.templates;
  const templates = useMemo(() => (all ?? []).filter((x) => x.kind !== 'reply'), [all]);
  const chosen = useMemo(() => templates.find((x) => x.id === chosenId) ?? null, [templates, chosenId]);
  return (
    <div class="templates">
      <button
        type="button"
        class="button button--secondary"
        data-action="open-templates"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          setChosenId(null);
        }}
      >
        {open ? t('templatesClose') : t('templatesOpen')}
      </button>
      {open ? (
        <div
          class="templates__body"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && chosen) {
              event.stopPropagation();
              setChosenId(null);
            }
          }}
        >
          {chosen ? (
            <TemplateForm
              session={session}
              template={chosen}
              onBack={() => setChosenId(null)}
              onDone={() => {
                setChosenId(null);
                setOpen(false);
              }}
            />
          ) : (
            <TemplatePicker
              templates={templates}
              favourites={session.profile.value?.favouriteTemplates ?? []}
              onChoose={setChosenId}
            />
          )}
        </div>
      ) : null}
    </div>
  );
}
