import type { Category, Finding, Severity } from '../../lib/checks/types';
import { t } from '../../lib/i18n/core';
import { FindingRow } from './FindingRow';
import type { FindingActions } from './FindingRow';
import { CATEGORY_LABELS, SEVERITY_LABELS } from './labels';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function groupBy<K extends string>(items: readonly Finding[], key: (f: Finding) => K): Map<K, Finding[]> {
  const groups = new Map<K, Finding[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Findings grouped by severity, then by category, in the order given (already sorted). */
export function FindingList({
  findings,
  text,
  actions,
  busy,
}: {
  findings: readonly Finding[];
  text: string;
  actions: FindingActions;
  busy?: boolean;
}) {
  // An empty caption has no findings, but it is not ready to post either.
  if (findings.length === 0 && text.trim() === '') return <p class="empty" data-saring="empty-caption">{t('emptyCaption')}</p>;
  if (findings.length === 0) return <p class="empty" data-saring="no-findings">{t('noFindings')}</p>;
  const bySeverity = groupBy(findings, (f) => f.severity);
  return (
    <div class="findings">
      {SEVERITIES.filter((s) => bySeverity.has(s)).map((severity) => {
        const list = bySeverity.get(severity) ?? [];
        const byCategory = groupBy(list, (f) => f.category);
        return (
          <section class="severity" data-severity-group={severity} key={severity}>
            <h3 class={`severity__title severity__title--${severity}`}>
              {t(SEVERITY_LABELS[severity])} ({list.length})
            </h3>
            {[...byCategory.entries()].map(([category, items]: [Category, Finding[]]) => (
              <div class="category" key={category}>
                <h4 class="category__title">{t(CATEGORY_LABELS[category])}</h4>
                <ul class="finding-list">
                  {items.map((finding) => (
                    <FindingRow
                      key={`${finding.ruleId}:${finding.start}:${finding.end}`}
                      finding={finding}
                      text={text}
                      actions={actions}
                      busy={busy}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
