/** The journal's records: what the background stores and the popup, report and coordinator read. */
import type { Category, Platform, Severity } from '../checks/types';

export interface JournalEntry {
  id: string;
  /** Epoch milliseconds. */
  postedAt: number;
  platform: Platform;
  profileId: string | null;
  templateId: string | null;
  /** The template's purpose when one was used, for the monthly report. */
  purpose: 'informatif' | 'edukatif' | 'promotif' | null;
  findingsLeft: Array<{ ruleId: string; category: Category; severity: Severity }>;
  overridden: boolean;
  firstLine: string;
  /** Only when the admin turned full captions on. */
  caption?: string;
  /** False when the admin marked it as not posted after all. */
  posted: boolean;
  /**
   * The site never confirmed the post (its composer stayed open past the bound after the click):
   * shown in the report, not counted, until the admin marks it posted.
   */
  unconfirmed?: true;
  note?: string;
  practice?: boolean;
  /** A reply sent in a comment box; its text is kept only with full captions on (firstLine is then ''). */
  kind?: 'post' | 'reply';
}

export interface ActivityRow {
  profileId: string;
  profileName: string;
  platform: Platform;
  lastPostAt: number | null;
  daysSinceLastPost: number | null;
  monthCount: number;
  /** This month's target from the profile's posts per week, when the preset sets one. */
  monthTarget: number | null;
  silent: boolean;
}
