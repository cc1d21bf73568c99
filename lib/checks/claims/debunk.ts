/**
 * Whether a caption quotes a claim in order to refute it: a clarification label, or a refuting
 * phrase ("tidak benar bahwa", "faktanya", "hoaks") near the quoted claim. "Ini bukan hoaks" is a
 * chain message vouching for itself, not a refutation.
 */
import { PATTERNS } from '../scan/patterns';

const REFUTE =
  /(?<![\p{L}\p{N}])(?:hoaks|hoax|hoaxs|tidak benar|tdk benar|bukan fakta|keliru|disinformasi|misinformasi|menyesatkan|klarifikasi|faktanya|fakta sebenarnya|membantah|dibantah|bantahan|cek fakta|tidak terbukti|belum terbukti|dipastikan tidak|berita bohong|kabar bohong)(?![\p{L}\p{N}])/giu;
const VOUCH = /(?:bukan|tidak|tdk|gak|ga|bkn)\s+(?:\S+\s+)?$/iu;

/** How far from the quoted claim a refuting phrase may stand. */
const NEAR = 400;

export function refutes(text: string, start: number, end: number): boolean {
  if (text.includes('[') && PATTERNS.clarificationLabel.test(text)) return true;
  const from = Math.max(0, start - NEAR);
  const region = text.slice(from, end + NEAR);
  for (const m of region.matchAll(REFUTE)) {
    // Inside the quoted claim it is the claim talking ("corona itu hoaks").
    const at = from + m.index;
    if (at >= start && at < end) continue;
    // "bukan hoaks", "ini bukan berita hoax": the sender insists it is true.
    if (/^hoa/i.test(m[0]) && VOUCH.test(region.slice(Math.max(0, m.index - 30), m.index))) continue;
    return true;
  }
  return false;
}

/** A clarification should say where its facts come from. */
export function cited(text: string): boolean {
  return /https?:\/\/|www\./i.test(text) || PATTERNS.sourceLine.test(text);
}
