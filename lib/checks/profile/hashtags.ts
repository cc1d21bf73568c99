/** Helpers for the rules about the profile's required, forbidden and recommended hashtags. */
import { PATTERNS } from '../scan/patterns';
import type { Draft, RuleInput } from '../rule';
import { appendPoint } from '../scan/text';

export function bare(tag: string): string {
  return tag.trim().replace(PATTERNS.leadingHashes, '');
}

function present(input: RuleInput): Set<string> {
  return new Set(input.scan.hashtags().map((t) => t.text.slice(1).toLowerCase()));
}

export function missing(input: RuleInput, tags: readonly string[]): string[] {
  const have = present(input);
  const out: string[] = [];
  for (const raw of tags) {
    const tag = bare(raw);
    if (tag.length > 0 && !have.has(tag.toLowerCase()) && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** A zero-width finding at the end of the caption whose fix appends the tags. */
export function appendDraft(input: RuleInput, tags: string[]): Pick<Draft, 'start' | 'end' | 'suggestions'> {
  const at = appendPoint(input.text);
  const list = tags.map((t) => `#${t}`).join(' ');
  const sep = at === 0 ? '' : input.scan.hashtags().some((t) => t.end === at) ? ' ' : '\n\n';
  return { start: at, end: at, suggestions: [`${sep}${list}`] };
}

