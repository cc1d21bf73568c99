/**
 * Signs of a hoax (Mafindo, Komdigi) found in a caption. The hoax-signs rule scores them; this
 * module only finds them, so the scoring reads in one place.
 */
import { HOAX } from '../data';
import { exclaimRuns, negated, ownDistribution, pastTime, reporting, shoutedSentences } from './hoax-context';
import type { HoaxSign } from '../data/schema';
import { lexicon } from './lexicon';
import { isShortLink } from '../scan/links';
import { PATTERNS } from '../scan/patterns';
import { matchPhrases } from './phrases';
import { presetPhrases } from './presetPhrases';
import type { RuleInput } from '../rule';
import { findAll } from '../scan/text';

export type SignKind = HoaxSign | 'short-link';

export interface Sign {
  start: number;
  end: number;
  kind: SignKind;
  /** 2 = strong, 1 = weak. */
  weight: 1 | 2;
}

function isUpperCase(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}


// How far around a disaster word a clock time and a "will happen" word may sit.
const WINDOW = 80;
/** Exclamation runs in one caption that make the shouting a strong sign. */
const MANY_RUNS = 3;

function disasterSigns({ text, scan }: RuleInput): Sign[] {
  const { disasters, predictions } = lexicon(scan, text);
  if (disasters.length === 0 || predictions.length === 0) return [];
  const times = findAll(PATTERNS.clockTime, text);
  // All three lists are in text order, so two pointers keep a post full of "gempa" linear.
  let p = 0;
  let t = 0;
  for (const d of disasters) {
    const from = Math.max(0, d.start - WINDOW);
    const to = d.end + WINDOW;
    while (p < predictions.length && (predictions[p]?.start ?? 0) < from) p++;
    const prediction = predictions[p];
    if (prediction === undefined || prediction.end > to) continue;
    while (t < times.length && (times[t]?.start ?? 0) < d.end) t++;
    const time = times[t];
    if (time === undefined || time.end > to || pastTime(text, time.start)) continue;
    return [{ start: d.start, end: time.end, kind: 'disaster-time', weight: 2 }];
  }
  return [];
}

export function findSigns(input: RuleInput): Sign[] {
  const { text, scan, setting } = input;
  const signs: Sign[] = [];
  for (const m of lexicon(scan, text).hoaxPhrases) {
    const entry = HOAX.phrases[m.payload];
    if (entry === undefined || scan.isProtected(m.start, m.end)) continue;
    // Pressure words count only when shouted: "WASPADA" is a sign, "tetap waspada" is advice.
    if (entry.sign === 'pressure' && !isUpperCase(m.text)) continue;
    if (entry.guard === 'negatable' && negated(text, m.start)) continue;
    if (entry.guard === 'own' && ownDistribution(text, m.start)) continue;
    if (entry.guard === 'reporting' && reporting(text, m.start, m.end)) continue;
    signs.push({ start: m.start, end: m.end, kind: entry.sign, weight: entry.weight });
  }
  // "‼", "!!1", "!!!": one weak sign each; a message that keeps shouting them is a strong one.
  const runs = exclaimRuns(text);
  for (const run of runs) signs.push({ start: run.start, end: run.end, kind: 'pressure', weight: runs.length >= MANY_RUNS ? 2 : 1 });
  for (const s of shoutedSentences(text)) if (!scan.isProtected(s.start, s.end)) signs.push({ start: s.start, end: s.end, kind: 'pressure', weight: 1 });
  signs.push(...disasterSigns(input));
  for (const m of matchPhrases(presetPhrases(setting?.phrases), text)) {
    signs.push({ start: m.start, end: m.end, kind: 'preset', weight: 2 });
  }
  // A short link is a hoax sign together with promised money ("daftar di bit.ly/…"); alone it is
  // the link-shortener rule's business.
  if (signs.some((s) => s.kind === 'free-money')) {
    for (const u of scan.urls()) if (isShortLink(u.text)) signs.push({ start: u.start, end: u.end, kind: 'short-link', weight: 1 });
  }
  return signs.sort((a, b) => a.start - b.start);
}

/** [HOAKS] / [SALAH] / [DISINFORMASI] label; `sourced` when the post also cites where facts come from. */
export function clarification(input: RuleInput): { start: number; end: number; sourced: boolean } | null {
  if (!input.text.includes('[')) return null;
  const label = PATTERNS.clarificationLabel.exec(input.text);
  if (label === null) return null;
  const sourced = input.scan.urls().length > 0 || PATTERNS.sourceLine.test(input.text);
  return { start: label.index, end: label.index + label[0].length, sourced };
}
