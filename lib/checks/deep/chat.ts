/** Chat abbreviations and colloquial forms (yg, dgn, tdk, gak) and standard abbreviations without their dot. */
import { msg, type Draft, type RuleInput } from '../rule';
import { REF } from '../refs';
import { keepCase } from '../scan/text';
import { CHAT } from './data';

const BY_WORD = new Map(CHAT.map((e) => [e.wrong, e]));

export function runChat({ text, scan, allowed }: RuleInput): Draft[] {
  const out: Draft[] = [];
  for (const word of scan.words()) {
    const entry = BY_WORD.get(word.lower);
    if (entry === undefined || allowed.has(word.lower)) continue;
    // All capitals is an acronym (SM, PD, TP), not a chat form.
    if (word.text.length > 1 && word.text === word.text.toUpperCase()) continue;
    if (entry.dot === true && text[word.end] === '.') continue;
    // "a.n.", "No.", "Jl." and friends are other words; a dot after a chat form is the sentence's.
    if (scan.isProtected(word.start, word.end)) continue;
    const right = keepCase(word.text, entry.right);
    out.push({
      start: word.start,
      end: word.end,
      message:
        entry.dot === true
          ? msg(`Singkatan baku ditulis dengan titik: "${right}".`, `Standard abbreviations take a dot: "${right}".`)
          : msg(`Singkatan obrolan: tulis "${right}".`, `Chat abbreviation: write "${right}".`),
      explanation: msg(
        `Tulisan resmi memakai kata lengkap, bukan singkatan obrolan atau ragam cakapan (${entry.source}).`,
        `Official writing uses the full word, not chat abbreviations or colloquial forms (${entry.source}).`,
      ),
      reference: REF.eyd,
      suggestions: [right],
      safe: true,
    });
  }
  return out;
}
