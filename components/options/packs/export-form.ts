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
