import type { TemplateField } from './types';
import { FIELD_FORMATS } from './ast';
import type { TemplateNode } from './ast';
import { textError } from './errors';
import type { TemplateError } from './errors';

/** Field references that the declarations do not cover, and formats that do not fit the type. */
export function checkDeclarations(ast: TemplateNode[], fields: readonly TemplateField[], text: string): TemplateError[] {
  const declared = new Map<string, TemplateField>();
  for (const f of Array.isArray(fields) ? fields : []) if (f && typeof f.name === 'string') declared.set(f.name, f);
  const errors: TemplateError[] = [];
  walk(ast, (node) => {
    if (node.kind === 'text' || node.ref.kind !== 'field') return;
    const field = declared.get(node.ref.name);
    if (!field) {
      errors.push(textError('undeclared-field', { name: node.ref.name }, text, node.start, node.end));
      return;
    }
    if (node.kind === 'value' && node.format && !(FIELD_FORMATS[node.format] as readonly string[]).includes(field.type)) {
      errors.push(
        textError(
          'bad-format',
          {
            format: node.format,
            name: field.name,
            hint: `Kolom ini berjenis ${field.type}.`,
            hintEn: `This field is of type ${field.type}.`,
          },
          text,
          node.start,
          node.end,
        ),
      );
    }
  });
  return errors;
}

export function walk(nodes: readonly TemplateNode[], visit: (node: TemplateNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'section') walk(node.children, visit);
  }
}
