import { useState } from 'preact/hooks';
import type { Finding } from '../../lib/checks/types';
import { t } from '../../lib/i18n/core';
import { CATEGORY_LABELS } from './labels';

export interface FindingActions {
  applyFix?(finding: Finding, suggestion: number): void;
  ignore?(finding: Finding): void;
  allow?(word: string): void;
}

function fixLabel(excerpt: string, suggestion: string): string {
  if (suggestion === '') return t('applyFixDelete');
  if (excerpt === '') return t('applyFixInsert', suggestion.trim());
  return t('applyFix', suggestion);
}

/** Categories whose flagged word may be a local name the admin wants to keep. */
const ALLOWABLE = new Set(['spelling', 'branding']);

export function FindingRow({
  finding,
  text,
  actions,
  busy,
}: {
  finding: Finding;
  text: string;
  actions: FindingActions;
  busy?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const excerpt = text.slice(finding.start, finding.end);
  const detailsId = `why-${finding.ruleId}-${finding.start}`;
  const hasWhy = Boolean(finding.explanation || finding.reference || finding.links?.length);
  return (
    <li
      class="finding"
      // Focusable from code only: "Perbaiki dulu" in the prompt puts the admin on the first problem.
      tabIndex={-1}
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
    >
      <p class="finding__message">
        <span class="finding__category">{t(CATEGORY_LABELS[finding.category])}</span> {finding.message}
      </p>
      {excerpt && excerpt.length <= 80 ? <p class="finding__excerpt">“{excerpt}”</p> : null}
      <div class="finding__actions">
        {actions.applyFix
          ? (finding.suggestions ?? []).slice(0, 3).map((suggestion, index) => (
              <button
                type="button"
                class="button button--small"
                data-action="apply-fix"
                data-suggestion={index}
                disabled={busy}
                onClick={() => actions.applyFix?.(finding, index)}
              >
                {fixLabel(excerpt, suggestion)}
              </button>
            ))
          : null}
        {hasWhy ? (
          <button
            type="button"
            class="link-button"
            data-action="why"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {t('why')}
          </button>
        ) : null}
        {actions.ignore ? (
          <button type="button" class="link-button" data-action="ignore" onClick={() => actions.ignore?.(finding)}>
            {t('ignore')}
          </button>
        ) : null}
        {actions.allow && excerpt && ALLOWABLE.has(finding.category) && excerpt.length <= 60 ? (
          <button type="button" class="link-button" data-action="allow-word" onClick={() => actions.allow?.(excerpt)}>
            {t('allowWord', excerpt)}
          </button>
        ) : null}
      </div>
      {open ? (
        <div class="finding__why" id={detailsId}>
          {finding.explanation ? <p>{finding.explanation}</p> : null}
          {finding.reference ? <p class="finding__reference">{t('referenceLabel', finding.reference)}</p> : null}
          {finding.links?.length ? (
            <ul class="finding__links">
              {finding.links.map((link) => (
                <li>
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
