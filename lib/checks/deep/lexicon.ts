/**
 * The Indonesian lexicon: Debian's hunspell-id expanded once into lib/checks/hunspell/words.ts
 * (scripts/expand-hunspell.ts), plus the KBBI words it lacks (data/lexicon-extra.json). Lookups strip
 * the enclitics the expanded set leaves out (-nya, -lah, -kah, -ku, -mu, -tah) and accept a bound
 * form joined to a known word (pascabanjir). Pure; built once where the deep rules live.
 */

/** Reads the front-coded list: each line is "<letters shared with the previous word><rest>". */
export function decodeWords(compact: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  const n = compact.length;
  while (i < n) {
    let j = compact.indexOf('\n', i);
    if (j < 0) j = n;
    const keep = compact.charCodeAt(i) - 48;
    const word = prev.slice(0, keep) + compact.slice(i + 1, j);
    out.add(word);
    prev = word;
    i = j + 1;
  }
  return out;
}

const ENCLITICS = ['nya', 'lah', 'kah', 'tah', 'ku', 'mu'] as const;
const LETTERS = 'aeinrstkumlgopbdhjcyfwzvxq';

/** Prefixes (longest first) and suffixes the lenient check peels off; '' is "none". */
const PREFIXES = ['memper', 'diper', 'keber', 'keter', 'meny', 'peny', 'meng', 'peng', 'mem', 'men', 'pem', 'pen', 'ber', 'ter', 'per', 'me', 'pe', 'di', 'ke', 'se', 'be', ''];
const SUFFIXES = ['kan', 'wati', 'wan', 'nya', 'an', 'i', ''];
/** The first letter meN-/peN- swallowed: menulis → tulis, memakai → pakai, menyapu → sapu, mengirim → kirim. */
const RESTORE: Record<string, string> = { meny: 's', peny: 's', men: 't', pen: 't', mem: 'p', pem: 'p', meng: 'k', peng: 'k' };

export class Lexicon {
  private readonly words: Set<string>;
  private readonly bound: readonly string[];

  constructor(words: Set<string>, extra: Iterable<string>, boundForms: Iterable<string>) {
    this.words = words;
    for (const w of extra) words.add(w.toLowerCase());
    this.bound = [...boundForms];
  }

  get size(): number {
    return this.words.size;
  }

  /** True when the lower-case word is Indonesian as far as the lexicon knows. */
  has(word: string): boolean {
    return this.hasStem(word, 2) || this.hasBound(word);
  }

  /**
   * More lenient than `has`, for the unknown-word rule only: also a known stem under one productive
   * prefix and suffix the hunspell file does not list for it (digelar, terdampak, hubungi, relawan).
   * Rules that need to know whether a form is a word (dirumah is not) use `has`.
   */
  accepts(word: string): boolean {
    if (this.has(word)) return true;
    for (const p of PREFIXES) {
      if (!word.startsWith(p)) continue;
      for (const s of SUFFIXES) {
        if (!word.endsWith(s) || word.length - p.length - s.length < 3) continue;
        const middle = word.slice(p.length, word.length - s.length);
        if (this.hasStem(middle, 1)) return true;
        const restored = RESTORE[p];
        if (restored !== undefined && this.hasStem(restored + middle, 1)) return true;
      }
    }
    return false;
  }

  private hasStem(word: string, clitics: number): boolean {
    if (this.words.has(word)) return true;
    if (clitics === 0) return false;
    for (const e of ENCLITICS) {
      if (word.length > e.length + 2 && word.endsWith(e) && this.hasStem(word.slice(0, -e.length), clitics - 1)) return true;
    }
    return false;
  }

  private hasBound(word: string): boolean {
    for (const b of this.bound) {
      if (word.length > b.length + 2 && word.startsWith(b) && this.hasStem(word.slice(b.length), 2)) return true;
    }
    return false;
  }

  /**
   * Up to `max` known words one edit away (a letter dropped, doubled, swapped or changed), the
   * likeliest kinds of typo first: pemerintaah → pemerintah.
   */
  suggest(word: string, max = 3): string[] {
    // Typos sit in the stem: strip an enclitic first (pemerintaahnya), put it back on each result.
    let stem = word;
    let tail = '';
    for (const e of ENCLITICS) {
      if (word.length > e.length + 3 && word.endsWith(e) && !this.words.has(word)) {
        stem = word.slice(0, -e.length);
        tail = e;
        break;
      }
    }
    const out: string[] = [];
    const words = this.words;
    const push = (w: string) => {
      if (out.length < max && w !== stem && w.length > 1 && words.has(w) && !out.includes(w + tail)) out.push(w + tail);
    };
    const n = stem.length;
    for (let i = 0; i < n && out.length < max; i++) push(stem.slice(0, i) + stem.slice(i + 1));
    for (let i = 0; i + 1 < n && out.length < max; i++) push(stem.slice(0, i) + stem[i + 1] + stem[i] + stem.slice(i + 2));
    for (let i = 0; i < n && out.length < max; i++) for (const c of LETTERS) if (c !== stem[i]) push(stem.slice(0, i) + c + stem.slice(i + 1));
    for (let i = 0; i <= n && out.length < max; i++) for (const c of LETTERS) push(stem.slice(0, i) + c + stem.slice(i));
    return out;
  }
}
