import type { JournalEntry, PostRecord } from './types';
import type { Template } from '../templates/types';
import type { Profile } from '../checks/types';
import { maskPersonalData } from './mask';

/** Long enough to recognise a post in a list, short enough that the journal is not an archive. */
export const FIRST_LINE_MAX = 200;

/**
 * The caption's first non-empty line, trimmed, cut at FIRST_LINE_MAX characters (never inside an
 * emoji or other surrogate pair) with an ellipsis.
 */
export function firstLineOf(caption: string): string {
  const line = caption.split(/\r\n|\r|\n|\u2028|\u2029/).map((part) => part.trim()).find((part) => part !== '') ?? '';
  const chars = Array.from(line);
  if (chars.length <= FIRST_LINE_MAX) return line;
  return `${chars.slice(0, FIRST_LINE_MAX - 1).join('').trimEnd()}…`;
}

export interface EntryContext {
  /** Unique id (the background passes crypto.randomUUID()). */
  id: string;
  now: number;
  templates: readonly Pick<Template, 'id' | 'purpose'>[];
  /** ui.journal.fullCaption: keep the whole caption, not only the first line. */
  fullCaption: boolean;
  /** The post's profile: its official contacts are not personal data and stay readable. */
  profile?: Profile;
}

/** What the journal keeps of a post that went out. */
export function buildEntry(payload: PostRecord, ctx: EntryContext): JournalEntry {
  const templateId = payload.templateId ?? null;
  const template = templateId === null ? undefined : ctx.templates.find((item) => item.id === templateId);
  const entry: JournalEntry = {
    id: ctx.id,
    postedAt: ctx.now,
    platform: payload.platform,
    profileId: payload.profileId ?? null,
    templateId,
    purpose: template?.purpose ?? null,
    findingsLeft: payload.findingsLeft.map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
    overridden: payload.overridden,
    // A reply answers a citizen in public: what it says stays out of the journal unless the admin
    // keeps full captions.
    firstLine: payload.kind === 'reply' && !ctx.fullCaption ? '' : firstLineOf(maskPersonalData(firstLineOf(payload.caption), ctx.profile)),
    posted: true,
  };
  if (payload.kind === 'reply') entry.kind = 'reply';
  if (ctx.fullCaption) entry.caption = maskPersonalData(payload.caption, ctx.profile);
  if (payload.practice) entry.practice = true;
  if (payload.confirmed === false) entry.unconfirmed = true;
  return entry;
}

/**
 * Posts that count: not practice, not marked "not posted after all", confirmed by the site. Replies
 * count as replies (isReply), never as posts.
 */
export function counts(entry: JournalEntry): boolean {
  return entry.posted && !entry.practice && !entry.unconfirmed && entry.kind !== 'reply';
}

export function isReply(entry: JournalEntry): boolean {
  return entry.kind === 'reply' && entry.posted && !entry.practice;
}
