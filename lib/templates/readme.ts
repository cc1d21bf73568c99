import { PLATFORMS } from '../checks/types';
import type { Template } from './types';
import { BUILTIN_TEMPLATES } from './library';
import { renderTemplate } from './render';
import { exampleValues, SAMPLE_PROFILE } from './samples';

/**
 * The README's template section, generated from the library so the list of built-in templates and
 * the worked example can never drift from the code (readme.test.ts compares; scripts/docs-templates.ts writes).
 */

export const README_START = '<!-- templates:start -->';
export const README_END = '<!-- templates:end -->';

const EXAMPLE_ID = 'layanan-keliling';
const EXAMPLE_NOW = new Date('2024-03-19T03:00:00Z');

const LANGUAGE = `Templates are institutional captions with fields to fill (\`lib/templates/\`, pure TypeScript).
A preset pack carries them under \`"templates"\`; the panel shows a form for the fields and inserts
the rendered caption. The language is small enough to edit by hand in a textarea: only \`{\` and
\`}\` are special.

| write | renders |
|---|---|
| \`{nama_field}\` | the field's value (names: lower-case letters, digits, \`_\`) |
| \`{tanggal}\` · \`{tanggal:tanggal}\` · \`{tanggal:hari}\` | date field: "Selasa, 19 Maret 2024" · "19 Maret 2024" · "Selasa" |
| \`{jam}\` · \`{jam:jam}\` | time field: "08.00 WIB" (WITA/WIT from the profile's time zone) · "08.00" (for ranges: \`{mulai:jam}–{selesai}\`) |
| \`{kegiatan:kapital}\` | a text, paragraph or choice value with its first letter capitalised, to open a sentence with a value that is written in lower case |
| \`{profil.nama}\` | the profile's official name |
| \`{profil.singkatan}\` | its first short name (the official name when there is none) |
| \`{profil.handle}\` | its handle on the platform being rendered, with \`@\` |
| \`{profil.tagline}\` · \`{profil.footer}\` | its tagline · its footer |
| \`{profil.tagar}\` | its required hashtags as one block: \`#A #B\` |
| \`{profil.kontak}\` | its official contacts, one per line ("Telepon: …", "Surel: …"); web addresses only where links are clickable (Facebook) |
| \`{profil.zona}\` | WIB, WITA or WIT |
| \`{profil.hotline}\` | its WhatsApp number, or its phone number when it has no WhatsApp (for replies) |
| \`{?x}…{/x}\` | the part in between only when \`x\` (a field or \`profil.…\`) has a value |
| \`{!x}…{/x}\` | the part in between only when \`x\` is empty |
| \`{{\` · \`}}\` | a literal \`{\` · \`}\` |

- A section tag alone on its line takes the line with it, so a hidden section leaves no blank line.
  The rendered caption keeps at most one empty line in a row and no trailing spaces.
- \`hashtags\` (template language too) is appended after an empty line. A tag that the block or
  the body already has is dropped, whatever its case, so it does not count twice; if the post would
  still have more tags than the platform allows (5 on Instagram and TikTok, or the preset's limit),
  the template's own tags go, last first. The profile's required tags always stay.
- \`variants.instagram\` / \`facebook\` / \`tiktok\` may replace \`body\` and/or \`hashtags\` for one
  platform; the library uses them for "link in bio" on Instagram and TikTok (links there are not
  clickable) and longer hashtag blocks on Facebook.

Fields (\`fields\`, in form order): \`name\`, \`type\`, \`label\` (\`{ "id", "en" }\`), optional \`default\`,
\`required\`, \`options\` (choice only) and \`example\` (a sample value: the form's placeholder, and what
previews and tests render; added by this layer, optional).

| type | value |
|---|---|
| \`text\` | one line; a pasted line break becomes a space |
| \`paragraph\` | several lines |
| \`date\` | \`YYYY-MM-DD\`, or \`kemarin\`, \`hari ini\`, \`besok\`, \`lusa\`, resolved when the caption is rendered, in the profile's time zone |
| \`time\` | \`HH.MM\` or \`HH:MM\` |
| \`choice\` | one of \`options\` (at least two, all different) |

Dates and times are computed without \`Intl\` time-zone data (WIB = UTC+7, WITA = UTC+8, WIT = UTC+9,
no daylight saving), so Node and every browser give the same result.

API (\`lib/templates/index.ts\`): \`parseTemplate(source, fields?)\` → \`{ ast, errors }\`;
\`validateTemplate(template)\` → errors for the fields, the body, the hashtags and every variant;
\`renderTemplate(template, { platform, values, profile, now, linksClickable?, hashtagLimit? })\` →
\`{ text, missing, errors, emptyProfile, droppedHashtags }\`, never throws (a required field without
value is listed in \`missing\`, a value that does not fit its type is shown as typed and reported,
values are never read as template syntax); \`fieldsOf(template, platform)\` (the fields the form
shows); \`initialValues(template, now, zone)\` (form defaults, relative dates as \`YYYY-MM-DD\`).
Every error has a \`code\`, a message in Indonesian and English, the \`part\` it is in (\`body\`,
\`hashtags\`, \`variants.instagram.body\`, …, or \`fields\` with the field's name and index) and its
\`start\`/\`end\` offsets, \`line\` and \`column\` in that text. Codes: \`unclosed-field\`, \`stray-brace\`,
\`bad-reference\`, \`unknown-profile-variable\`, \`bad-format\`, \`unclosed-section\`,
\`unexpected-section-end\`, \`undeclared-field\`, \`unknown-field-type\`, \`bad-field-name\`,
\`duplicate-field\`, \`missing-label\`, \`bad-choice-options\`, \`bad-default\`, \`bad-template\`, \`bad-value\`.`;

function example(): string {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === EXAMPLE_ID);
  if (!t) return '';
  const pack = compactJson({ templates: [t] }, '');
  const { text } = renderTemplate(t, {
    platform: 'instagram',
    values: exampleValues(t),
    profile: SAMPLE_PROFILE,
    now: EXAMPLE_NOW,
  });
  return `### Example

A template as it appears in a preset pack:

\`\`\`json
${pack}
\`\`\`

Its body as a team lead edits it:

\`\`\`text
${t.body}
\`\`\`

Rendered for Instagram with the example values and a sample profile
(\`lib/templates/samples.ts\`, time zone WIB):

\`\`\`text
${text}
\`\`\``;
}

/** JSON like JSON.stringify(_, null, 2), but objects and lists that fit on one line stay on one line. */
export function compactJson(value: unknown, indent: string): string {
  const flat = oneLine(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'null';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function row(t: Template): string {
  const variants = PLATFORMS.filter((p) => t.variants?.[p]).join(', ') || '–';
  const fields = t.fields.map((f) => `${f.name}${f.required ? '*' : ''}`).join(', ');
  return `| \`${t.id}\` | ${escapeCell(t.title.id)} | ${t.category} | ${t.purpose} | ${fields} | ${variants} |`;
}

function list(): string {
  return `### Built-in templates (${BUILTIN_TEMPLATES.length})

In the default pack, in Bahasa Indonesia (EYD V). Every one is rendered for each platform, with all
optional parts shown and hidden, through the check engine in the tests and gives no error or
warning. \`*\` marks a required field.

| id | title | category | purpose | fields | variants |
|---|---|---|---|---|---|
${BUILTIN_TEMPLATES.map(row).join('\n')}

Generated from \`lib/templates/library/\` by \`npm run docs:templates\`; edit the library, not this section.`;
}

/** The text between the README markers (without them), starting and ending with a newline. */
export function templatesReadmeSection(): string {
  return `\n${LANGUAGE}\n\n${example()}\n\n${list()}\n`;
}

/** README with the section replaced; null when the markers are missing or out of order. */
export function replaceSection(readme: string, section: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start + README_START.length) + section + readme.slice(end);
}
