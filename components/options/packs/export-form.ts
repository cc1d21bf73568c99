/** The export form's request and its checks, apart from the UI so they can be tested. */
import type { RequestOf } from '../../../lib/messaging/protocol';
import { lockPathProblem } from '../../../lib/presets/locks';
import { splitList } from '../lists';
import { hasProblems, type Converted, type Problems } from '../problems';

export const EXPORT_KINDS = ['profiles', 'templates', 'glossary', 'exercises'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportForm {
  name: string;
  publisher: string;
  selected: Record<ExportKind, string[]>;
  ruleSettings: boolean;
  locked: string;
}

export function exportRequest(form: ExportForm): Converted<RequestOf<'pack:export'>> {
  const problems: Problems = {};
  if (!form.name.trim()) problems.name = { key: 'optErrRequired' };
  if (!form.publisher.trim()) problems.publisher = { key: 'optErrRequired' };
  const locked = splitList(form.locked);
  const badLock = locked.find((path) => lockPathProblem(path) !== null);
  if (badLock !== undefined) problems.locked = { key: 'optErrLockPath', subs: [badLock] };
  const nothing = EXPORT_KINDS.every((k) => !form.selected[k].length) && !form.ruleSettings;
  if (nothing) problems.selection = { key: 'optErrNothingSelected' };
  if (hasProblems(problems)) return { ok: false, problems };
  const request: RequestOf<'pack:export'> = {
    name: form.name.trim(),
    publisher: form.publisher.trim(),
    include: { ...form.selected, ruleSettings: form.ruleSettings },
  };
  if (locked.length) request.locked = locked;
  return { ok: true, item: request };
}

export interface LockChoice {
  path: string;
  /** Message key and its values: what the path locks, in words. */
  key: 'lockProfileHashtags' | 'lockProfileTagline' | 'lockProfileAll' | 'lockTemplateBody' | 'lockGlossaryAll' | 'lockGlossaryItem' | 'lockRulesAll' | 'lockPrompt' | 'lockLimits';
  subs: string[];
}

/**
 * What the exported pack can lock, for what is selected: the admin picks from this list instead of
 * typing lock paths (every path here passes lockPathProblem).
 */
export function lockChoices(form: ExportForm, names: { profile(id: string): string; template(id: string): string; glossary(id: string): string; platform(p: 'instagram' | 'facebook' | 'tiktok'): string }): LockChoice[] {
  const choices: LockChoice[] = [];
  for (const id of form.selected.profiles) {
    choices.push({ path: `profiles/${id}/hashtags/required`, key: 'lockProfileHashtags', subs: [names.profile(id)] });
    choices.push({ path: `profiles/${id}/tagline`, key: 'lockProfileTagline', subs: [names.profile(id)] });
    choices.push({ path: `profiles/${id}`, key: 'lockProfileAll', subs: [names.profile(id)] });
  }
  for (const id of form.selected.templates) choices.push({ path: `templates/${id}/body`, key: 'lockTemplateBody', subs: [names.template(id)] });
  if (form.selected.glossary.length) {
    choices.push({ path: 'glossary/*', key: 'lockGlossaryAll', subs: [] });
    for (const id of form.selected.glossary) choices.push({ path: `glossary/${id}`, key: 'lockGlossaryItem', subs: [names.glossary(id)] });
  }
  if (form.ruleSettings) {
    choices.push({ path: 'ruleSettings', key: 'lockRulesAll', subs: [] });
    choices.push({ path: 'ruleSettings/prompt', key: 'lockPrompt', subs: [] });
    for (const p of ['instagram', 'facebook', 'tiktok'] as const) choices.push({ path: `ruleSettings/limits/${p}`, key: 'lockLimits', subs: [names.platform(p)] });
  }
  return choices;
}
