import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '../../lib/messaging/server';
import type { Handlers } from '../../lib/messaging/server';
import { createHandlers } from './handlers';
import { setUp } from './setup';
import type { Background } from './setup';
import { ensureReminderAlarm, onAlarm, scheduleSubscriptions } from './alarms';
import { ensureAutosaveAlarm } from './report-autosave';

export default defineBackground(() => {
  let ready: Promise<Background & { handlers: Handlers }> | null = null;
  // The service worker can be started by any event: every listener waits for the same set-up,
  // and a failed set-up is tried again on the next event instead of leaving Saring dead.
  const background = () =>
    (ready ??= setUp()
      .then((bg) => ({ ...bg, handlers: createHandlers(bg.db, bg.deps, () => scheduleSubscriptions(bg.db)) }))
      .catch((error: unknown) => {
        ready = null;
        throw error;
      }));

  // Listeners are registered synchronously so an event that woke the worker is not missed.
  browser.runtime.onMessage.addListener((message, sender) =>
    background().then(
      ({ handlers }) => dispatch(handlers, message, sender, browser.runtime.id, browser.runtime.getURL('/')),
      () => ({ ok: false, error: 'store-unavailable' }),
    ),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    void background().then(({ db, deps }) => onAlarm(alarm.name, db, deps));
  });
  const start = () =>
    void background()
      .then(async ({ db }) => {
        await scheduleSubscriptions(db);
        await ensureReminderAlarm();
        await ensureAutosaveAlarm();
      })
      .catch((error: unknown) => console.error('[Saring] start failed', error));
  browser.runtime.onInstalled.addListener((details) => {
    start();
    // A new admin is asked who they are before any panel checks against the example institution.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(start);
});
