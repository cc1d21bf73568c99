/**
 * Expands Debian's Indonesian hunspell dictionary (package `hunspell-id`, LGPL-3) once into the
 * compact word set the lexicon rules read (lib/checks/hunspell/words.ts).
 *
 *   npx tsx scripts/expand-hunspell.ts            # from vendor/hunspell-id/ (what the repo keeps)
 *   npx tsx scripts/expand-hunspell.ts --debian   # first copy /usr/share/hunspell/id_ID.{dic,aff}
 *                                                 # (apt-get install hunspell-id) into vendor/
 *
 * What it keeps: every stem and every form its prefixes, suffixes and circumfixes make, following
 * hunspell's rules for this file (FLAG long, CIRCUMFIX, NEEDAFFIX, cross products, one level of
 * continuation), but without the enclitics -nya, -lah, -kah, -ku, -mu: the reader strips those
 * itself, which keeps the set about fifteen times smaller. Output: one lower-case word per line,
 * sorted, front-coded ("3ban" after "aban" means "aba" + "ban"... see decodeWords in
 * lib/checks/hunspell/words.ts).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vendor = join(root, 'vendor/hunspell-id');
if (process.argv.includes('--debian')) {
  for (const f of ['id_ID.dic', 'id_ID.aff']) copyFileSync(join('/usr/share/hunspell', f), join(vendor, f));
}

interface AffixRule {
  strip: string;
  add: string;
  cont: string[];
  cond: RegExp;
}
interface Affix {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: AffixRule[];
}

const flags = (s: string): string[] => s.match(/../g) ?? [];
const aff = readFileSync(join(vendor, 'id_ID.aff'), 'latin1').split('\n');
const affixes = new Map<string, Affix>();
let circumfix = '';
let needAffix = '';
for (const line of aff) {
  const f = line.split('#')[0]!.trim().split(/\s+/);
  if (f[0] === 'CIRCUMFIX') circumfix = f[1]!;
  if (f[0] === 'NEEDAFFIX') needAffix = f[1]!;
  if (f[0] !== 'PFX' && f[0] !== 'SFX') continue;
  const kind = f[0];
  const flag = f[1]!;
  if (f[2] === 'Y' || f[2] === 'N') {
    affixes.set(flag, { kind, cross: f[2] === 'Y', rules: [] });
    continue;
  }
  const [addPart, contPart = ''] = (f[3] ?? '').split('/');
  const add = addPart === '0' ? '' : addPart!;
  const strip = f[2] === '0' ? '' : f[2]!;
  // hunspell writes "[^l^r]" for "neither l nor r": drop the inner carets.
  const condText = (f[4] ?? '.').replace(/\[\^([^\]]*)\]/g, (_, s: string) => `[^${s.replace(/\^/g, '')}]`);
  const cond = kind === 'PFX' ? new RegExp(`^${condText}`) : new RegExp(`${condText}$`);
  affixes.get(flag)!.rules.push({ strip, add, cont: flags(contPart), cond });
}

/** Suffix classes that only add enclitics: the reader strips these, the set leaves them out. */
// Any suffix that ends in an enclitic (-kanlah, -annya, -Nya): no derivational suffix here does.
const CLITICS = /(?:nya|ku|mu|lah|kah|Nya|Ku|Mu)$/;
const cliticOnly = new Set(
  [...affixes].filter(([, a]) => a.kind === 'SFX' && a.rules.length > 0 && a.rules.every((r) => CLITICS.test(r.add))).map(([k]) => k),
);

const words = new Set<string>();
const keep = (w: string) => {
  if (/^[a-z][a-z-]*$/i.test(w)) words.add(w.toLowerCase());
};

function applySfx(word: string, r: AffixRule): string | null {
  if (!r.cond.test(word) || !word.endsWith(r.strip)) return null;
  return word.slice(0, word.length - r.strip.length) + r.add;
}
function applyPfx(word: string, r: AffixRule): string | null {
  if (!r.cond.test(word) || !word.startsWith(r.strip)) return null;
  return r.add + word.slice(r.strip.length);
}

interface Form {
  word: string;
  /** Flags still available (stem flags plus the continuation flags of the affixes applied). */
  flags: Set<string>;
  needsCircumfix: boolean;
  cross: boolean;
}

const dic = readFileSync(join(vendor, 'id_ID.dic'), 'latin1').split('\n').slice(1);
for (const line of dic) {
  const entry = line.trim();
  if (!entry) continue;
  const [stem = '', flagText = ''] = entry.split('/');
  const stemFlags = flags(flagText);
  const forms: Form[] = [{ word: stem, flags: new Set(stemFlags), needsCircumfix: false, cross: true }];
  if (!stemFlags.includes(needAffix)) keep(stem);
  // Suffixes, two levels (hunspell's limit), then one prefix on each result.
  for (let level = 0; level < 2; level++) {
    for (const form of [...forms]) {
      for (const flag of form.flags) {
        const a = affixes.get(flag);
        if (a?.kind !== 'SFX' || cliticOnly.has(flag)) continue;
        for (const r of a.rules) {
          if (CLITICS.test(r.add)) continue;
          const w = applySfx(form.word, r);
          if (w === null) continue;
          const circ = r.cont.includes(circumfix);
          const next: Form = { word: w, flags: new Set(r.cont), needsCircumfix: form.needsCircumfix || circ, cross: form.cross && a.cross };
          // Prefix flags of the stem stay available to the suffixed form.
          for (const sf of stemFlags) if (affixes.get(sf)?.kind === 'PFX') next.flags.add(sf);
          // The same form from two classes (di-kan and me-kan both make "-kan"): keep both classes' flags.
          const same = forms.find((x) => x.word === w && x.needsCircumfix === next.needsCircumfix);
          if (same === undefined) forms.push(next);
          else for (const f of next.flags) same.flags.add(f);
          if (!next.needsCircumfix && !r.cont.includes(needAffix)) keep(w);
        }
      }
    }
  }
  for (const form of forms) {
    for (const flag of form.flags) {
      const a = affixes.get(flag);
      if (a?.kind !== 'PFX') continue;
      if (form.word !== stem && !(a.cross && form.cross)) continue;
      for (const r of a.rules) {
        const circ = r.cont.includes(circumfix);
        if (form.needsCircumfix !== circ) continue;
        const w = applyPfx(form.word, r);
        if (w === null) continue;
        keep(w);
        // A prefix may open one more suffix class (continuation flags on the prefix itself).
        for (const cf of r.cont) {
          const s = affixes.get(cf);
          if (s?.kind !== 'SFX' || cliticOnly.has(cf)) continue;
          for (const sr of s.rules) {
            if (CLITICS.test(sr.add)) continue;
            const w2 = applySfx(w, sr);
            if (w2 !== null && !sr.cont.includes(circumfix)) keep(w2);
          }
        }
      }
    }
  }
}

const sorted = [...words].sort();
let prev = '';
const lines: string[] = [];
for (const w of sorted) {
  let k = 0;
  while (k < prev.length && k < w.length && k < 9 && prev[k] === w[k]) k++;
  lines.push(`${k}${w.slice(k)}`);
  prev = w;
}
const out = join(root, 'lib/checks/hunspell/words.ts');
writeFileSync(
  out,
  `// Generated by scripts/expand-hunspell.ts from vendor/hunspell-id (Debian hunspell-id, LGPL-3; see\n` +
    `// vendor/hunspell-id/README.md). Do not edit: run the script. ${sorted.length} words, front-coded.\n` +
    `export const WORDS = ${JSON.stringify(lines.join('\n'))};\n`,
);
console.log(`${sorted.length} words → ${out}`);
