import type { Platform } from '../checks/types';

const TAG = /([ \t]*)#([\p{L}\p{N}_]+)/gu;

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
  let inBody = 0;
  for (const m of body.matchAll(/#([\p{L}\p{N}_]+)/gu)) {
    inBody++;
    seen.add((m[1] ?? '').toLowerCase());
  }
  const kept: string[] = [];
  for (const m of block.matchAll(TAG)) {
    const key = (m[2] ?? '').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(key);
  }
  const mustKeep = new Set(required.map((t) => t.replace(/^#+/, '').toLowerCase()));
  const drop = new Set<string>();
  let excess = limit === null ? 0 : inBody + kept.length - limit;
  for (let i = kept.length - 1; i >= 0 && excess > 0; i--) {
    const key = kept[i] ?? '';
    if (mustKeep.has(key)) continue;
    drop.add(key);
    excess--;
  }
  const dropped: string[] = [];
  const emitted = new Set<string>();
  const fitted = block.replace(TAG, (whole, _space: string, tag: string) => {
    const key = tag.toLowerCase();
    if (emitted.has(key) || (seen.has(key) && !kept.includes(key))) return '';
    emitted.add(key);
    if (drop.has(key)) {
      dropped.push(`#${tag}`);
      return '';
    }
    return whole;
  });
  return { block: fitted, dropped };
}
