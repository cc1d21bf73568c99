// A hashtag as the platforms count it: # followed by letters, digits, marks or underscores.
const HASHTAG = /(^|[^\p{L}\p{N}_&#])#[\p{L}\p{M}\p{N}_]+/gu;

export function countHashtags(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(HASHTAG)) count += 1;
  return count;
}
