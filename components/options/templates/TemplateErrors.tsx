import { t, uiLang } from '../../../lib/i18n';
import { errorMessage, type TemplateError } from '../../../lib/templates';

/**
 * The template language's errors beside a text box, with line and column. Polite live region, not
 * an alert: they change while the admin types. Each error selects its place in the text on click.
 */
export function TemplateErrors({ id, errors, target }: { id: string; errors: readonly TemplateError[]; target?: () => HTMLTextAreaElement | null }) {
  const lang = uiLang.value;
  return (
    <div id={id} class="template-errors" aria-live="polite" data-testid={`template-errors-${id}`}>
      {errors.length ? (
        <ul>
          {errors.map((error, i) => {
            const where = error.line > 0 ? t('optLineColumn', String(error.line), String(error.column)) : '';
            const select = () => {
              const box = target?.();
              if (!box) return;
              box.focus();
              box.setSelectionRange(error.start, Math.max(error.end, error.start));
            };
            return (
              <li key={`${i}-${error.code}`} class="template-error" data-code={error.code} data-line={error.line} data-column={error.column}>
                {where && target ? (
                  <button type="button" class="link" onClick={select}>{where}</button>
                ) : where ? (
                  <span>{where}</span>
                ) : null}{' '}
                {errorMessage(error, lang)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
