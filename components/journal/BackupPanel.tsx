import { t } from '../../lib/i18n';
import type { JournalPageDeps } from './deps';

/** Download and restore the admin's own data (journal, practice, settings, own items). */
export function BackupPanel({ deps, say, onRestored }: { deps: JournalPageDeps; say(message: string): void; onRestored(): void }) {
  const exportBackup = async () => {
    const reply = await deps.ask('backup:export', {});
    if (!reply.ok) return say(t('jrnActionFailed', reply.error));
    deps.download(reply.data.fileName, reply.data.text, 'application/json');
    say(t('jrnBackupExported'));
  };
  const importBackup = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file || !deps.confirm(t('jrnBackupConfirm'))) return;
    const reply = await deps.ask('backup:import', { text: await file.text() });
    if (!reply.ok) return say(t('jrnActionFailed', reply.error));
    if (!reply.data.ok) return say(reply.data.errors.map((error) => error.message).join(' '));
    say(t('jrnBackupDone', reply.data.counts.journal ?? 0, reply.data.counts.progress ?? 0));
    onRestored();
  };
  return (
    <section class="backup no-print" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('jrnBackupHeading')}</h2>
      <p>{t('jrnBackupIntro')}</p>
      <div class="buttons">
        <button type="button" data-action="backup-export" onClick={() => void exportBackup()}>
          {t('jrnBackupExport')}
        </button>
        <label class="file-button">
          <span>{t('jrnBackupImport')}</span>
          <input type="file" accept="application/json,.json" data-action="backup-import" onChange={(event) => void importBackup(event.currentTarget)} />
        </label>
      </div>
    </section>
  );
}
