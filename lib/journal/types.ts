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

/**
 * What a panel sends when a post goes out ('journal:record'). lib/messaging validates it with its
 * schema, which must produce exactly this (protocol.ts checks that at compile time).
 */
export interface PostRecord {
  platform: Platform;
  profileId?: string | null;
  templateId?: string | null;
  findingsLeft: Array<{ ruleId: string; category: Category; severity: Severity }>;
  overridden: boolean;
  caption: string;
  practice?: boolean;
  /** False: the click went through but the site never confirmed the post within the bound. */
  confirmed?: boolean;
  /** A reply in a comment box; absent for a post. */
  kind?: 'post' | 'reply';
}

/** Which entries to list ('journal:list'): days in the profile's zone, inclusive; no ids = every profile. */
export interface JournalQuery {
  from?: string;
  to?: string;
  profileIds?: string[];
}

/** The admin's change to one entry ('journal:update'). */
export interface JournalChange {
  id: string;
  posted?: boolean;
  note?: string;
}

/** The period and profiles of a report file ('report:file'). */
export interface ReportQuery {
  from: string;
  to: string;
  profileIds?: string[];
}

/** A file for the admin to save (a report, a backup). */
export interface NamedFile {
  fileName: string;
  text: string;
}
