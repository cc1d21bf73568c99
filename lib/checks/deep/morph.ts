/** Small pieces of Indonesian morphology the deep rules share (KBBI; Tata Bahasa Baku). */

/** meN- (or peN-) with its sound changes: tulis → menulis, kirim → mengirim, sapu → menyapu. */
export function nasal(stem: string, me: 'me' | 'pe' = 'me'): string {
  const c = stem[0] ?? '';
  const two = stem.slice(0, 2);
  if ('aeiough'.includes(c) || c === 'q') return `${me}ng${stem}`;
  if (c === 'k') return two === 'kh' || two === 'kl' || two === 'kr' ? `${me}ng${stem}` : `${me}ng${stem.slice(1)}`;
  if (c === 'p') return two === 'pr' || two === 'pl' ? `${me}m${stem}` : `${me}m${stem.slice(1)}`;
  if ('bfv'.includes(c)) return `${me}m${stem}`;
  if (c === 't') return two === 'tr' ? `${me}n${stem}` : `${me}n${stem.slice(1)}`;
  if (c === 's') return ['sy', 'sk', 'st', 'sp', 'sw', 'sl'].includes(two) ? `${me}n${stem}` : `${me}ny${stem.slice(1)}`;
  if ('cdjz'.includes(c)) return `${me}n${stem}`;
  return `${me}${stem}`;
}

/** True when the caption has a sentence break (or nothing) before `start`. */
export function sentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '\'' || c === '*' || c === '‘') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '•' || c === '-' || c === '–';
  }
  return true;
}

export function isLowerWord(s: string): boolean {
  return s === s.toLowerCase();
}
