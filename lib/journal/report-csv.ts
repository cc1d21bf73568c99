import type { Platform } from '../checks/types';
import { toCsv } from './csv';
import type { PurposeKey, ReportModel } from './report';
import { stampIn } from './time';

/** The words a CSV needs, in the page's language (this layer has no i18n of its own). */
export interface CsvLabels {
  headers: {
    postedAt: string;
    zone: string;
    platform: string;
    profile: string;
    template: string;
    purpose: string;
    firstLine: string;
    caption: string;
    status: string;
    overridden: string;
    findingsLeft: string;
    note: string;
  };
  platform: Record<Platform, string>;
  purpose: Record<PurposeKey, string>;
  /** A check's readable name for the "findings left" column (ids when absent). */
  ruleName?: (ruleId: string) => string;
  posted: string;
  notPosted: string;
  /** A post the site never confirmed (defaults to `posted` where a caller has no label for it). */
  unconfirmed?: string;
  yes: string;
  no: string;
  noProfile: string;
}

/** One row per post of the report, newest first, as the page lists them. */
export function reportCsv(model: ReportModel, labels: CsvLabels, templateTitle: (id: string) => string | null): string {
  const h = labels.headers;
  const header = [h.postedAt, h.zone, h.platform, h.profile, h.template, h.purpose, h.firstLine, h.caption, h.status, h.overridden, h.findingsLeft, h.note];
  const rows = model.posts.map(({ entry, zone, profileName }) => [
    stampIn(entry.postedAt, zone),
    zone,
    labels.platform[entry.platform],
    profileName ?? entry.profileId ?? labels.noProfile,
    entry.templateId === null ? '' : templateTitle(entry.templateId) ?? entry.templateId,
    labels.purpose[entry.purpose ?? 'none'],
    entry.firstLine,
    entry.caption ?? '',
    !entry.posted ? labels.notPosted : entry.unconfirmed ? (labels.unconfirmed ?? labels.posted) : labels.posted,
    entry.overridden ? labels.yes : labels.no,
    [...new Set(entry.findingsLeft.map((finding) => labels.ruleName?.(finding.ruleId) ?? finding.ruleId))].join(labels.ruleName ? '; ' : ' '),
    entry.note ?? '',
  ]);
  return toCsv([header, ...rows]);
}
