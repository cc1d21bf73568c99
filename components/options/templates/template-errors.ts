/** Groups template errors by the text box (or field row) they belong to. */
import type { TemplateError } from '../../../lib/templates';

const byPlace = (a: TemplateError, b: TemplateError): number => a.line - b.line || a.column - b.column;

export function errorsFor(errors: readonly TemplateError[], part: string): TemplateError[] {
  return errors.filter((e) => e.part === part).sort(byPlace);
}

export function fieldErrors(errors: readonly TemplateError[], index: number): TemplateError[] {
  return errors.filter((e) => e.part === 'fields' && e.fieldIndex === index);
}

/** Errors no text box or field row shows: the template's metadata, unplaced field errors. */
export function otherErrors(errors: readonly TemplateError[]): TemplateError[] {
  return errors.filter((e) => e.part === 'template' || e.part === 'source' || (e.part === 'fields' && e.fieldIndex === undefined));
}
