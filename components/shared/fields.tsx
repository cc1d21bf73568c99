/**
 * Labelled form controls. Every control has a visible label, its hint, lock and error are tied to it
 * with aria-describedby, and a locked control is disabled with the text saying who locked it.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Common {
  name: string;
  /** Ids of more text describing the control (e.g. a live list of template errors). */
  describedBy?: string;
  label: string;
  hint?: string;
  error?: string;
  lockedBy?: string;
  disabled?: boolean;
}

function describedBy(id: string, p: Common): string | undefined {
  const ids = [p.hint && `${id}-hint`, p.lockedBy && `${id}-lock`, p.error && `${id}-error`, p.describedBy].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Notes({ id, p }: { id: string; p: Common }) {
  return (
    <>
      {p.hint ? <p id={`${id}-hint`} class="hint">{p.hint}</p> : null}
      {p.lockedBy ? (
        <p id={`${id}-lock`} class="lock" data-locked-by={p.lockedBy}>
          {t('optLockedBy', p.lockedBy)}
        </p>
      ) : null}
      {p.error ? <p id={`${id}-error`} class="field-error" role="alert">{p.error}</p> : null}
    </>
  );
}

export function TextField(
  p: Common & { value: string; onInput(value: string): void; type?: 'text' | 'url' | 'date' | 'number'; multiline?: boolean; rows?: number; mono?: boolean; placeholder?: string; required?: boolean },
) {
  const id = useId();
  const common = {
    id,
    name: p.name,
    value: p.value,
    disabled: p.disabled || p.lockedBy !== undefined,
    required: p.required,
    placeholder: p.placeholder,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(id, p),
    class: p.mono ? 'mono' : undefined,
  };
  return (
    <div class="field" data-field={p.name}>
      <label for={id}>{p.label}</label>
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 3} spellcheck={!p.mono} onInput={(e) => p.onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type={p.type ?? 'text'} onInput={(e) => p.onInput(e.currentTarget.value)} />
      )}
      <Notes id={id} p={p} />
    </div>
  );
}

export function SelectField<V extends string>(
  p: Common & { value: V; options: readonly { value: V; label: string }[]; onChange(value: V): void },
) {
  const id = useId();
  return (
    <div class="field" data-field={p.name}>
      <label for={id}>{p.label}</label>
      <select
        id={id}
        name={p.name}
        value={p.value}
        disabled={p.disabled || p.lockedBy !== undefined}
        aria-describedby={describedBy(id, p)}
        aria-invalid={p.error ? true : undefined}
        onChange={(e) => p.onChange(e.currentTarget.value as V)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <Notes id={id} p={p} />
    </div>
  );
}

export function CheckField(p: Common & { checked: boolean; onChange(checked: boolean): void; action?: string }) {
  const id = useId();
  return (
    <div class="field field--check" data-field={p.name}>
      <input
        id={id}
        type="checkbox"
        name={p.name}
        checked={p.checked}
        data-action={p.action}
        disabled={p.disabled || p.lockedBy !== undefined}
        aria-describedby={describedBy(id, p)}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{p.label}</label>
      <Notes id={id} p={p} />
    </div>
  );
}

/** A group of checkboxes over a fixed list (platforms, categories, favourites). */
export function CheckGroup<V extends string>(
  p: Common & { values: readonly V[]; options: readonly { value: V; label: string }[]; onChange(values: V[]): void },
) {
  const id = useId();
  const disabled = p.disabled || p.lockedBy !== undefined;
  return (
    <fieldset class="field check-group" data-field={p.name} aria-describedby={describedBy(id, p)}>
      <legend>{p.label}</legend>
      {p.options.map((o) => (
        <label key={o.value} class="check-group__item">
          <input
            type="checkbox"
            name={p.name}
            value={o.value}
            checked={p.values.includes(o.value)}
            disabled={disabled}
            onChange={(e) =>
              p.onChange(
                e.currentTarget.checked ? [...p.values, o.value] : p.values.filter((v) => v !== o.value),
              )
            }
          />
          {o.label}
        </label>
      ))}
      <Notes id={id} p={p} />
    </fieldset>
  );
}

/** The reason without the field path the message may start with (the path is shown beside it). */
export function reasonOf(error: { path: string; message: string }): string {
  return error.path && error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
}

/** Each problem once, in the order first seen. */
export function uniqueErrors<E extends { path: string; message: string }>(errors: readonly E[]): E[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${reasonOf(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Errors from the store or a pack file, with the field path each one names (once). */
export function ErrorList({ errors, title }: { errors: readonly { path: string; message: string }[]; title?: string }) {
  if (!errors.length) return null;
  return (
    <div class="error-list" role="alert" data-testid="errors">
      {title ? <p class="error-list__title">{title}</p> : null}
      <ul>
        {uniqueErrors(errors).map((e, i) => (
          <li key={`${i}-${e.path}`}>
            {e.path ? <code class="error-list__path">{e.path}</code> : null} {reasonOf(e)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Section({ name, title, children }: { name: string; title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="section" data-section={name} aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>{title}</h2>
      {children}
    </section>
  );
}
