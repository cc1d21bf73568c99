import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { UiSettings } from '../../lib/messaging/protocol';
import type { JournalPageDeps } from './deps';

/** The two journal switches: full captions (privacy) and silent-profile reminders. */
export function JournalSettings({ deps, say }: { deps: JournalPageDeps; say(message: string): void }) {
  const [settings, setSettings] = useState<UiSettings['journal'] | null>(null);
  useEffect(() => {
    void deps.ask('settings:get', {}).then((reply) => reply.ok && setSettings(reply.data.journal));
  }, [deps]);
  if (!settings) return null;
  const change = async (patch: Partial<UiSettings['journal']>) => {
    const reply = await deps.ask('settings:set', { journal: patch });
    if (!reply.ok) return say(t('jrnActionFailed', t('jrnUnreachable')));
    setSettings(reply.data.journal);
    say(t('jrnSettingsSaved'));
  };
  return (
    <section class="journal-settings no-print" aria-labelledby="journal-settings-heading">
      <h2 id="journal-settings-heading">{t('jrnSettingsHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          data-setting="full-caption"
          aria-describedby="full-caption-hint"
          checked={settings.fullCaption}
          onChange={(event) => void change({ fullCaption: event.currentTarget.checked })}
        />
        {t('jrnFullCaption')}
      </label>
      <p id="full-caption-hint" class="muted">{t('jrnFullCaptionHint')}</p>
      <label class="check">
        <input
          type="checkbox"
          data-setting="reminders"
          checked={settings.reminders}
          onChange={async (event) => {
            const box = event.currentTarget;
            const on = box.checked;
            // Reminders are the only use of notifications, so the permission is asked for here,
            // when the admin turns them on, not at install.
            if (on && !(await deps.allowNotifications())) {
              box.checked = false;
              return say(t('jrnNotificationsDenied'));
            }
            await change({ reminders: on });
          }}
        />
        {t('jrnReminders')}
      </label>
    </section>
  );
}
