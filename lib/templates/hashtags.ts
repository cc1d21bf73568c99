import { findHashtags } from '../checks/scan/hashtag-scan';
import type { Platform } from '../checks/types';

/** The platforms' own limits, used when the caller does not pass the preset's (see checks/defaults). */
export const DEFAULT_HASHTAG_LIMITS: Readonly<Record<Platform, number | null>> = {
  instagram: 5,
  tiktok: 5,
  facebook: null,
};

export interface FittedHashtags {
  block: string;
  /** Template hashtags left out to stay within the limit, as written ("#InfoKegiatan"). */
  dropped: string[];
}

/**
 * Makes the hashtag block fit the post. A tag the body or the block already has is dropped
 * (case-insensitive), since a repeat still counts against the limit. If the post would still have
 * more tags than the platform allows, the template's own tags go, last first; the profile's
 * required tags and any tag the admin wrote in the body always stay.
 */
export function fitHashtags(block: string, body: string, required: readonly string[], limit: number | null): FittedHashtags {
  const seen = new Set<string>();
  const inBody = findHashtags(body);
  for (const tag of inBody) seen.add(tag.text.slice(1).toLowerCase());
  const tags = findHashtags(block);
  const kept: string[] = [];
  for (const tag of tags) {
    const key = tag.text.slice(1).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(key);
  }
  const mustKeep = new Set(required.map((t) => t.replace(/^#+/, '').toLowerCase()));
  const drop = new Set<string>();
  let excess = limit === null ? 0 : inBody.length + kept.length - limit;
  for (let i = kept.length - 1; i >= 0 && excess > 0; i--) {
    const key = kept[i] ?? '';
    if (mustKeep.has(key)) continue;
    drop.add(key);
    excess--;
  }
  const dropped: string[] = [];
  const emitted = new Set<string>();
  let fitted = '';
  let from = 0;
  for (const tag of tags) {
    const key = tag.text.slice(1).toLowerCase();
    const removed = emitted.has(key) || (seen.has(key) && !kept.includes(key)) || drop.has(key);
    if (!emitted.has(key) && drop.has(key)) dropped.push(tag.text);
    emitted.add(key);
    if (!removed) continue;
    // A removed tag takes the blanks before it with it.
    let cut = tag.start;
    while (cut > from && (block[cut - 1] === ' ' || block[cut - 1] === '\t')) cut--;
    fitted += block.slice(from, cut);
    from = tag.end;
  }
  return { block: fitted + block.slice(from), dropped };
}
