import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { safeFolder, type AutosaveConfig } from '../../lib/journal/autosave';
import { monthBounds, type MonthKey } from '../../lib/journal/time';
import type { JournalPageDeps } from './deps';

/**
 * The report file for the Diskominfo: any period, the profiles chosen above, counts only. Beside
 * it, the monthly autosave into a Downloads subfolder the coordinator collects from.
 */
export function ReportFileSection(props: { deps: JournalPageDeps; month: MonthKey; profileIds: string[]; say(text: string): void }) {
  const { deps, say } = props;
  const bounds = monthBounds(props.month);
  const [from, setFrom] = useState(bounds?.from ?? '');
  const [to, setTo] = useState(bounds?.to ?? '');
  const [autosave, setAutosave] = useState<AutosaveConfig | null>(null);
  const [folder, setFolder] = useState('');

  // A new month chosen above is the period to export, until the admin picks other days.
  useEffect(() => {
    if (!bounds) return;
    setFrom(bounds.from);
    setTo(bounds.to);
  }, [props.month]);

  useEffect(() => {
    void deps.readAutosave().then((config) => {
      setAutosave(config);
      setFolder(config.folder);
    });
  }, []);

  const exportFile = async () => {
    if (!from || !to || from > to) return;
    const reply = await deps.ask('report:file', { from, to, ...(props.profileIds.length > 0 ? { profileIds: props.profileIds } : {}) });
    if (!reply.ok) return say(t('jrnActionFailed', t('jrnUnreachable')));
    deps.download(reply.data.fileName, reply.data.text, 'application/json');
    say(t('jrnFileSaved', reply.data.fileName));
  };

  const toggle = async (on: boolean) => {
    if (!autosave) return;
    const cleaned = safeFolder(folder);
    if (on && cleaned === null) return say(t('jrnAutoSaveBadFolder'));
    // The permission prompt must come from the admin's click, before anything else is awaited.
    if (on && !(await deps.allowDownloads())) {
      setAutosave({ ...autosave });
      return say(t('jrnAutoSaveDenied'));
    }
    const next = { ...autosave, enabled: on, folder: cleaned ?? autosave.folder };
    await deps.writeAutosave(next);
    setAutosave(next);
    setFolder(next.folder);
    say(on ? t('jrnAutoSaveOn', next.folder || '.') : t('jrnAutoSaveOff'));
  };

  return (
    <section aria-labelledby="report-file-heading" data-section="report-file" class="no-print">
      <h2 id="report-file-heading">{t('jrnFileHeading')}</h2>
      <p class="muted">{t('jrnFileIntro')}</p>
      <div class="filters">
        <div class="field">
          <label for="report-file-from">{t('jrnFileFrom')}</label>
          <input id="report-file-from" type="date" value={from} max={to} onChange={(event) => setFrom(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="report-file-to">{t('jrnFileTo')}</label>
          <input id="report-file-to" type="date" value={to} min={from} onChange={(event) => setTo(event.currentTarget.value)} />
        </div>
      </div>
      <div class="buttons">
        <button type="button" data-action="export-report-file" onClick={() => void exportFile()}>{t('jrnFileExport')}</button>
      </div>
      {autosave ? (
        <div class="autosave">
          <label class="check">
            <input type="checkbox" data-action="autosave" checked={autosave.enabled} onChange={(event) => void toggle(event.currentTarget.checked)} />
            {t('jrnAutoSaveLabel')}
          </label>
          <div class="field">
            <label for="autosave-folder">{t('jrnAutoSaveFolder')}</label>
            <input id="autosave-folder" type="text" value={folder} disabled={autosave.enabled} onInput={(event) => setFolder(event.currentTarget.value)} />
          </div>
          <p class="muted">{t('jrnAutoSaveHint')}</p>
          {autosave.lastMonth ? <p class="muted">{t('jrnAutoSaveLast', autosave.lastMonth)}</p> : null}
        </div>
      ) : null}
      <p>
        <a href={deps.pageUrl('coordinator.html')} target="_blank" rel="noopener" data-action="open-coordinator">
          {t('jrnCoordOpenPage')}
        </a>
      </p>
    </section>
  );
}
