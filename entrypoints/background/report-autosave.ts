/**
 * Last month's report file saved into Downloads/<folder> at the start of each month, when the admin
 * turned it on and gave the optional `downloads` permission. Checked by an alarm twice a day, so a
 * browser that was closed on the 1st saves on the first day it runs.
 */
import { browser } from 'wxt/browser';
import { AUTOSAVE_KEY, autosavePath, dueAutosave, readAutosave } from '../../lib/journal/autosave';
import { reportFileFor } from '../../lib/journal/service';
import type { BackgroundDeps } from './deps';

export const AUTOSAVE_ALARM = 'saring:report-autosave';

export async function ensureAutosaveAlarm(): Promise<void> {
  if (!(await browser.alarms.get(AUTOSAVE_ALARM))) {
    await browser.alarms.create(AUTOSAVE_ALARM, { delayInMinutes: 2, periodInMinutes: 12 * 60 });
  }
}

/** A URL the downloads API can fetch: a blob where the background has one, else a data URL. */
function fileUrl(text: string): { url: string; release(): void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    return { url, release: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
  }
  // Chrome's service worker has no createObjectURL; the downloads API takes data URLs there.
  return { url: `data:application/json;charset=utf-8,${encodeURIComponent(text)}`, release: () => undefined };
}

export async function saveReportIfDue(deps: BackgroundDeps): Promise<void> {
  const stored = await browser.storage.local.get(AUTOSAVE_KEY);
  const config = readAutosave(stored[AUTOSAVE_KEY]);
  const due = dueAutosave(config, deps.now());
  if (!due) return;
  if (!browser.downloads || !(await browser.permissions.contains({ permissions: ['downloads'] }))) return;
  const { fileName, text } = await reportFileFor(deps, { from: due.from, to: due.to });
  const { url, release } = fileUrl(text);
  try {
    await browser.downloads.download({ url, filename: autosavePath(config, fileName), conflictAction: 'uniquify', saveAs: false });
    await browser.storage.local.set({ [AUTOSAVE_KEY]: { ...config, lastMonth: due.month } });
  } finally {
    release();
  }
}
