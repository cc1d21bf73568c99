import type { InstitutionType, Platform } from '../checks/types';
import type { CoordinatorModel } from './coordinator';
import { toCsv } from './csv';

/** The coordinator's words, in the page's language (this layer has no i18n of its own). */
export interface CoordinatorCsvLabels {
  headers: {
    institution: string;
    type: string;
    platform: string;
    account: string;
    posts: string;
    postsPerWeek: string;
    targetPerWeek: string;
    daysSince: string;
    status: string;
    replies: string;
    templateShare: string;
    overriddenPosts: string;
    rule: string;
    category: string;
    times: string;
    institutions: string;
    period: string;
  };
  platform: Record<Platform, string>;
  type: Record<InstitutionType, string>;
  silent: string;
  active: string;
  never: string;
  rule(ruleId: string): string;
  category(category: string): string;
}

const oneDecimal = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

/** One table per account, then the overridden checks, after an empty row; numbers as numbers. */
export function coordinatorCsv(model: CoordinatorModel, labels: CoordinatorCsvLabels): string {
  const h = labels.headers;
  const rows: Array<Array<string | number | null>> = [
    [h.period, `${model.query.from} – ${model.query.to}`],
    [],
    [h.institution, h.type, h.platform, h.account, h.posts, h.postsPerWeek, h.targetPerWeek, h.daysSince, h.status, h.replies, h.templateShare, h.overriddenPosts],
  ];
  for (const row of model.rows) {
    rows.push([
      row.name,
      row.type ? labels.type[row.type] : '',
      labels.platform[row.platform],
      row.handle ?? '',
      row.posts,
      oneDecimal(row.postsPerWeek),
      row.targetPerWeek,
      row.daysSinceLastPost ?? labels.never,
      row.silent ? labels.silent : labels.active,
      row.replies,
      row.templateShare === null ? '' : Math.round(row.templateShare * 100),
      row.overriddenPosts,
    ]);
  }
  rows.push([], [h.rule, h.category, h.times, h.institutions]);
  for (const rule of model.overridden) rows.push([labels.rule(rule.ruleId), labels.category(rule.category), rule.count, rule.institutions]);
  return toCsv(rows);
}
