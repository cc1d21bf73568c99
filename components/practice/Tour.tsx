import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { findTarget, TOUR_STEPS } from './tour-steps';

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const PAD = 6;
const DIALOG_WIDTH = 460;
const DIALOG_HEIGHT = 280;
const GAP = 16;

/** Beside the outlined part when there is room (so it is never covered), else above or below it. */
function placement(box: Box | null): Record<string, string> {
  const width = window.innerWidth;
  const height = window.innerHeight;
  if (!box) return { left: `${Math.max(GAP, (width - DIALOG_WIDTH) / 2)}px`, top: `${GAP * 4}px` };
  const top = `${Math.round(Math.min(Math.max(GAP, box.top), height - DIALOG_HEIGHT - GAP))}px`;
  if (box.left - GAP >= DIALOG_WIDTH + GAP) return { left: `${Math.round(box.left - DIALOG_WIDTH - GAP)}px`, top };
  if (width - (box.left + box.width) - GAP >= DIALOG_WIDTH + GAP) return { left: `${Math.round(box.left + box.width + GAP)}px`, top };
  const left = `${Math.max(GAP, (width - DIALOG_WIDTH) / 2)}px`;
  return box.top + box.height / 2 < height / 2 ? { left, bottom: `${GAP}px` } : { left, top: `${GAP}px` };
}

function measure(element: Element | null): Box | null {
  if (!element) return null;
  const r = element.getBoundingClientRect();
  return { top: r.top - PAD, left: r.left - PAD, width: r.width + PAD * 2, height: r.height + PAD * 2 };
}

function trapTab(event: KeyboardEvent, root: HTMLElement): void {
  const focusable = [...root.querySelectorAll<HTMLElement>('button')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && (document.activeElement === first || document.activeElement === root)) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}

/**
 * A short tour of the panel. Focus moves to the step's dialog; Enter goes on, Escape skips, Tab
 * stays inside; the part of the page it talks about is outlined.
 */
export function Tour({ onClose }: { onClose(completed: boolean): void }) {
  const [index, setIndex] = useState(0);
  const [box, setBox] = useState<Box | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;

  useLayoutEffect(() => {
    const target = findTarget(step);
    target?.scrollIntoView({ block: 'center', behavior: 'instant' });
    setBox(measure(target));
    dialog.current?.focus();
  }, [index]);

  useEffect(() => {
    const update = () => setBox(measure(findTarget(step)));
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, { capture: true });
    };
  }, [index]);

  const next = () => (last ? onClose(true) : setIndex(index + 1));

  return (
    <div class="tour" data-saring="tour">
      {box ? (
        <div
          class="tour__highlight"
          aria-hidden="true"
          style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      ) : null}
      <div
        ref={dialog}
        class="tour__dialog"
        style={placement(box)}
        role="dialog"
        aria-modal="true"
        aria-labelledby="tour-title"
        aria-describedby="tour-body"
        data-step={step.id}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose(false);
          } else if (event.key === 'Enter' && event.target === dialog.current) {
            event.preventDefault();
            next();
          } else if (event.key === 'Tab' && dialog.current) {
            trapTab(event, dialog.current);
          }
        }}
      >
        <p class="tour__progress">{t('pracTourProgress', index + 1, TOUR_STEPS.length)}</p>
        <h2 id="tour-title" class="tour__title">
          {t(step.title)}
        </h2>
        <p id="tour-body">{t(step.body)}</p>
        <p class="tour__keys">{t('pracTourKeys')}</p>
        <div class="tour__actions">
          <button type="button" class="btn btn--quiet" data-action="tour-skip" onClick={() => onClose(false)}>
            {t('pracTourSkip')}
          </button>
          {index > 0 ? (
            <button type="button" class="btn btn--quiet" data-action="tour-back" onClick={() => setIndex(index - 1)}>
              {t('pracTourBack')}
            </button>
          ) : null}
          <button type="button" class="btn" data-action="tour-next" onClick={next}>
            {last ? t('pracTourDone') : t('pracTourNext')}
          </button>
        </div>
      </div>
    </div>
  );
}
