/** The template language and the built-in library (pure: no DOM, no extension APIs). */
export { escapeTemplateText, parseTemplate } from './parse';
export type { ParseResult } from './parse';
export { validateTemplate } from './validate';
export { renderTemplate, fieldsOf, initialValues, partsFor } from './render';
export type { RenderOptions, RenderResult } from './render';
export { errorMessage, TEMPLATE_ERROR_CODES } from './errors';
export type { TemplateError, TemplateErrorCode, TemplatePart } from './errors';
export { formatDate, formatTime, resolveDate, RELATIVE_DAYS } from './dates';
export { PROFILE_VARIABLES, FIELD_FORMATS } from './ast';
export type { TemplateNode, ProfileVariable, FieldFormat } from './ast';
export { BUILTIN_REPLY_TEMPLATES, BUILTIN_TEMPLATES } from './library';
export { SAMPLE_PROFILE, exampleValues, requiredValues } from './samples';
export * from './types';
