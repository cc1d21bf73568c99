/**
 * Locked paths: what a team pack says subscribers may not change locally.
 *
 * A path names a node of the preset tree with `/` between segments:
 *   profiles                          every profile (no local profiles at all)
 *   profiles/<id>                     one whole profile
 *   profiles/<id>/<field>             one field, e.g. profiles/pemkab/officialName
 *   profiles/<id>/hashtags/required   a sub-field of handles or hashtags
 *   glossary/<id>, templates/<id>     one entry, or glossary/<id>/<field>
 *   exercises/<id>
 *   claims/<id>[/<field>]             a debunked claim, e.g. claims/<id>/verdict; claims/* for all
 *   ruleSettings                      all rule settings
 *   ruleSettings/rules/<ruleId>[/enabled|severity|phrases]
 *   ruleSettings/limits/<platform>[/<limit>]
 *   ruleSettings/prompt[/enabled|warnCategories]
 * `*` in place of an id or platform means every one the pack's layer defines (so `glossary/*`
 * locks the pack's entries but still lets an admin add entries of their own; `glossary` does not).
 * Arrays are leaves: a lock names a whole list, never one element of it.
 */
import { PLATFORMS } from '../checks/types';

const PROFILE_FIELDS = [
  'officialName', 'shortNames', 'handles', 'hashtags', 'tagline', 'footer', 'contacts', 'timeZone',
  'allowedWords', 'favouriteTemplates', 'defaultFor', 'activity', 'expires',
];
const GLOSSARY_FIELDS = ['preferred', 'variants', 'caseSensitive', 'note', 'expires'];
const TEMPLATE_FIELDS = [
  'title', 'description', 'category', 'purpose', 'tags', 'fields', 'body', 'hashtags', 'variants', 'expires',
];
const CLAIM_FIELDS = ['claim', 'verdict', 'source', 'published', 'keywords', 'expires'];
const LIMIT_FIELDS = ['captionLength', 'hashtags', 'mentions', 'foldAt', 'linksClickable'];
const ITEM_FIELDS: Record<string, string[]> = {
  profiles: PROFILE_FIELDS,
  glossary: GLOSSARY_FIELDS,
  templates: TEMPLATE_FIELDS,
  exercises: [],
  claims: CLAIM_FIELDS,
};
const SUB_FIELDS: Record<string, readonly string[]> = {
  handles: PLATFORMS,
  hashtags: ['required', 'recommended', 'forbidden'],
  variants: PLATFORMS,
};

export const splitPath = (path: string): string[] => path.split('/');

/** Why a lock path means nothing to Saring, or null when it is fine. */
export function lockPathProblem(path: string): string | null {
  const [kind, second, third, fourth, ...rest] = splitPath(path);
  if (kind === undefined) return 'empty';
  if (kind === 'ruleSettings') return ruleSettingsProblem(second, third, fourth, rest.length);
  const fields = ITEM_FIELDS[kind];
  if (!fields) return `"${kind}"`;
  if (second === undefined || third === undefined) return null;
  if (!fields.includes(third)) return `"${third}"`;
  if (fourth === undefined) return rest.length ? `"${rest.join('/')}"` : null;
  const sub = SUB_FIELDS[third];
  if (!sub || !(sub.includes(fourth) || fourth === '*') || rest.length) return `"${fourth}"`;
  return null;
}

function ruleSettingsProblem(
  section: string | undefined,
  key: string | undefined,
  field: string | undefined,
  extra: number,
): string | null {
  if (section === undefined) return null;
  if (extra) return 'too long';
  if (section === 'prompt') {
    if (field !== undefined) return `"${field}"`;
    return key === undefined || key === 'enabled' || key === 'warnCategories' ? null : `"${key}"`;
  }
  if (section === 'limits') {
    if (key !== undefined && key !== '*' && !(PLATFORMS as readonly string[]).includes(key)) return `"${key}"`;
    return field === undefined || LIMIT_FIELDS.includes(field) ? null : `"${field}"`;
  }
  if (section === 'rules') {
    return field === undefined || ['enabled', 'severity', 'phrases'].includes(field) ? null : `"${field}"`;
  }
  return `"${section}"`;
}

/** True when the two paths overlap: one is the other or lies inside it (`*` matches any segment). */
export function pathsOverlap(a: string, b: string): boolean {
  const x = splitPath(a);
  const y = splitPath(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i] && x[i] !== '*' && y[i] !== '*') return false;
  }
  return true;
}
