import { useState } from 'preact/hooks';
import { t, uiLang } from '../../lib/i18n';
import { ruleName } from '../../lib/checks/rule-names';
import type { ReportPost } from '../../lib/journal/report';
import { stampIn } from '../../lib/journal/time';
import { platformLabel, purposeLabel } from './labels';

export interface PostActions {
  setPosted(id: string, posted: boolean): void;
  saveNote(id: string, note: string): void;
  remove(id: string): void;
}

/** One journal entry; caption, note and names come from storage and are rendered as text only. */
export function PostRow({ post, templateTitle, actions }: { post: ReportPost; templateTitle: string | null; actions: PostActions }) {
  const { entry, zone, profileName } = post;
  const [note, setNote] = useState(entry.note ?? '');
  const stamp = stampIn(entry.postedAt, zone);
  const noteId = `note-${entry.id}`;
  const ruleIds = [...new Set(entry.findingsLeft.map((finding) => finding.ruleId))];
  return (
    <tr
      data-entry-id={entry.id}
      data-platform={entry.platform}
      data-posted={String(entry.posted)}
      data-confirmed={String(!entry.unconfirmed)}
      class={entry.posted && !entry.unconfirmed ? '' : 'not-posted'}
    >
      <td class="nowrap">
        {stamp} {zone}
      </td>
      <td>{platformLabel(entry.platform)}</td>
      <td>{profileName ?? entry.profileId ?? t('jrnNoProfileName')}</td>
      <td>
        {purposeLabel(entry.purpose ?? 'none')}
        {templateTitle ? <div class="muted">{templateTitle}</div> : null}
      </td>
      <td class="first-line" data-field="first-line">{entry.firstLine}</td>
      <td data-field="status">{!entry.posted ? t('jrnStatusNotPosted') : entry.unconfirmed ? t('jrnStatusUnconfirmed') : t('jrnStatusPosted')}</td>
      <td data-field="overridden">
        {entry.overridden ? t('jrnYes') : t('jrnNo')}
        {ruleIds.length > 0 ? <div class="muted" data-rule-ids={ruleIds.join(' ')}>{ruleIds.map((id) => ruleName(id, uiLang.value)).join(', ')}</div> : null}
      </td>
      <td data-field="note" class="print-only-text">{entry.note ?? ''}</td>
      <td class="no-print">
        <div class="actions">
        <button type="button" data-action="toggle-posted" onClick={() => actions.setPosted(entry.id, !entry.posted || entry.unconfirmed === true)}>
          {entry.posted && !entry.unconfirmed ? t('jrnMarkNotPosted') : t('jrnMarkPosted')}
        </button>
        <form
          class="note-form"
          onSubmit={(event) => {
            event.preventDefault();
            actions.saveNote(entry.id, note);
          }}
        >
          <label class="visually-hidden" for={noteId}>
            {t('jrnNoteLabel', stamp)}
          </label>
          <input id={noteId} type="text" maxLength={2000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          <button type="submit" data-action="save-note">{t('jrnSaveNote')}</button>
        </form>
        <button type="button" class="danger" data-action="delete" aria-label={t('jrnDeleteLabel', stamp)} onClick={() => actions.remove(entry.id)}>
          {t('jrnDelete')}
        </button>
        </div>
      </td>
    </tr>
  );
}
