import { browser } from 'wxt/browser';
import { listPacks, nextRefreshAt, refreshSubscription, subscriptionsDue } from '../../lib/store';
import type { SaringDB } from '../../lib/store';
import { checkSilentProfiles } from './journal';
import type { BackgroundDeps } from './deps';
import { AUTOSAVE_ALARM, saveReportIfDue } from './report-autosave';

export const SUBSCRIPTIONS_ALARM = 'saring:subscriptions';
export const REMINDERS_ALARM = 'saring:reminders';

/** One alarm at the next due refresh (alarms survive the service worker sleeping; timers do not). */
export async function scheduleSubscriptions(db: SaringDB): Promise<void> {
  const next = nextRefreshAt(await listPacks(db));
  if (next === null) {
    await browser.alarms.clear(SUBSCRIPTIONS_ALARM);
    return;
  }
  // Chrome refuses alarms sooner than 30 s from now.
  await browser.alarms.create(SUBSCRIPTIONS_ALARM, { when: Math.max(next, Date.now() + 30_000) });
}

export async function refreshDue(db: SaringDB, deps: BackgroundDeps): Promise<void> {
  const due = subscriptionsDue(await listPacks(db), deps.now());
  let changed = false;
  for (const id of due) {
    const result = await refreshSubscription(db, id, { fetch: (u, init) => fetch(u, init), now: deps.now(), lang: await deps.lang() });
    changed ||= result.ok && result.changed;
  }
  // Errors are recorded on the pack too, and the options page shows them: bump either way.
  if (due.length) await deps.bumpRevision();
  if (changed) console.info('[Saring] subscribed packs updated');
  await scheduleSubscriptions(db);
}

export async function ensureReminderAlarm(): Promise<void> {
  if (!(await browser.alarms.get(REMINDERS_ALARM))) {
    await browser.alarms.create(REMINDERS_ALARM, { delayInMinutes: 5, periodInMinutes: 12 * 60 });
  }
}

export async function onAlarm(name: string, db: SaringDB, deps: BackgroundDeps): Promise<void> {
  if (name === SUBSCRIPTIONS_ALARM) await refreshDue(db, deps);
  if (name === REMINDERS_ALARM) await checkSilentProfiles(deps);
  if (name === AUTOSAVE_ALARM) await saveReportIfDue(deps);
}
