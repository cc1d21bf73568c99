import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { focusSectionHeading } from './focus';

/**
 * A destructive button that asks once, in place. Focus moves to "yes" when the question appears and
 * back to the button on cancel, so keyboard users never lose their place.
 */
export function ConfirmButton(p: { label: string; ariaLabel: string; question: string; yes: string; action: string; onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={trigger} type="button" class="danger" data-action={p.action} aria-label={p.ariaLabel} onClick={() => setAsking(true)}>
        {p.label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={p.question}>
      <span>{p.question}</span>
      <button
        ref={yes}
        type="button"
        class="danger"
        data-action={`confirm-${p.action}`}
        onClick={() => {
          // The row goes away with its buttons: hand focus to the section first.
          focusSectionHeading();
          p.onConfirm();
        }}
      >
        {p.yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>{t('optCancel')}</button>
    </span>
  );
}
