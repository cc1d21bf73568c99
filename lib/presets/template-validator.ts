/**
 * The template checker from lib/templates, behind one name so tests can swap it and the pack
 * validation reports template syntax errors with the same messages as the template editor.
 */
import type { Template } from '../templates/types';
import type { TemplateError } from '../templates/errors';
import { validateTemplate } from '../templates/validate';

export type TemplateValidator = (template: Template) => TemplateError[];

export const templateValidator: TemplateValidator = validateTemplate;
