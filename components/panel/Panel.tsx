import type { PanelSession } from './session';
import type { PanelDeps } from './deps';
import { FindingList } from './FindingList';
import { Header } from './Header';
import { Counters } from './Counters';
import { Templates } from './Templates';
import { t, uiLang } from '../../lib/i18n/core';
import type { Finding } from '../../lib/checks/types';

/** An insert that did not land: say so and offer the caption it meant to leave, to paste by hand. */
function InsertError({ session }: { session: PanelSession }) {
  const caption = session.failedCaption.value;
  if (caption === null) return null;
  return (
    <div class="insert-error" data-saring="insert-error" role="alert">
      <p>{t('insertErrorText')}</p>
      <button
        type="button"
        class="button button--small"
        data-action="copy-caption"
        onClick={() =>
          navigator.clipboard.writeText(caption).then(
            () => (session.status.value = 'captionCopied'),
            () => (session.status.value = 'copyFailed'),
          )
        }
      >
        {t('copyCaption')}
      </button>
    </div>
  );
}

export function Panel({ session, deps }: { session: PanelSession; deps: PanelDeps }) {
  const preset = session.preset.value;
  const collapsed = session.collapsed.value;
  const counts = session.counts.value;

  if (collapsed) {
    const summary = t('badgeTitle', counts.error, counts.warning);
    return (
      <button
        type="button"
        class="badge"
        data-action="expand"
        lang={uiLang.value}
        title={summary}
        aria-label={t('badgeOpen', summary)}
        onClick={() => {
          session.openedHere.value = true;
          if (preset?.ui.panel.collapsed) void deps.saveUi({ panel: { collapsed: false } });
        }}
      >
        <span class="badge__name">Saring</span>
        <span class="badge__count badge__count--error">{counts.error}</span>
        <span class="badge__count badge__count--warning">{counts.warning}</span>
      </button>
    );
  }

  const safeCount = session.findings.value.filter((f) => f.safe && f.suggestions?.length).length;
  const profile = session.profile.value;
  const actions = {
    applyFix: (f: Finding, i: number) => void session.applyFix(f, i),
    ignore: (f: Finding) => session.ignore(f),
    allow: (word: string) => {
      session.allow(word);
      if (profile) void deps.allowWord(profile.id, word).then((ok) => ok && (session.status.value = 'wordAllowed'));
    },
  };

  return (
    <section class="panel" lang={uiLang.value} data-saring="panel-body">
      <Header session={session} deps={deps} />
      <Counters session={session} />
      {preset?.setupNeeded && deps.openSetup ? (
        <div class="setup-notice" data-saring="setup-needed" role="note">
          <p class="setup-notice__title">{t('setupNeededTitle')}</p>
          <p>{t('setupNeededText')}</p>
          <button type="button" class="button button--small" data-action="open-setup" onClick={() => void deps.openSetup?.()}>
            {t('setupNeededButton')}
          </button>
        </div>
      ) : null}
      {preset ? (
        <>
          <Templates session={session} />
          <div class="findings-header">
            <h3 class="section-title">{t('findingsHeading')}</h3>
            {safeCount > 0 && !session.fixAllOff?.value ? (
              <button
                type="button"
                class="button button--small"
                data-action="fix-all"
                disabled={session.busy.value}
                onClick={async () => {
                  const fixed = await session.fixAll();
                  if (fixed > 0 && !session.status.value) session.status.value = 'fixAllDone';
                }}
              >
                {t('fixAll', safeCount)}
              </button>
            ) : null}
          </div>
          <FindingList
            findings={session.findings.value}
            text={session.text.value}
            actions={actions}
            busy={session.busy.value}
          />
        </>
      ) : (
        <p class="empty">{t('checking')}</p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button button--quiet"
          data-action="insert-sample"
          disabled={session.busy.value}
          onClick={() => void session.insert(t('sampleCaption'))}
        >
          {t('insertSample')}
        </button>
      </div>
      {session.handle.placements && session.placements.value.length === 0 ? (
        <p class="hint" data-saring="no-placement">
          {t('noPlacement')}
        </p>
      ) : null}
      <InsertError session={session} />
      <p class="status" role="status" aria-live="polite" data-tone={session.status.value?.startsWith('insertFailed') ? 'error' : 'ok'}>
        {session.status.value ? t(session.status.value) : ''}
      </p>
      {session.untagged.value.length > 0 ? (
        <p class="status" data-saring="tag-notice" role="status">
          {t('tagsPickFromList', session.untagged.value.join(' '))}
        </p>
      ) : null}
      <p class="hint">{t('shortcutHint')}</p>
    </section>
  );
}
