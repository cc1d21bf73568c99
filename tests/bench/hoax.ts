/**
 * `npm run bench -- hoax`: precision and recall of hoax-signs and hoax-claim on the development
 * corpus (./hoax-corpus.ts, with the starter claims of the built-in pack), and the claim index's
 * speed: build time for 10,000 claims, match time at 2,200 and 63,206 characters, and how long a
 * pack of 10,000 claims takes to validate, preview and merge (the pure part of an import).
 */
import { buildClaimIndex, matchClaims } from '../../lib/checks/claims';
import { clearStemMemo } from '../../lib/checks/claims/terms';
import '../../lib/checks/claims/install';
import { check, makeContext } from '../../lib/checks/index';
import type { Claim, Finding } from '../../lib/checks/types';
import { STARTER_CLAIMS } from '../../lib/presets/default-pack/claims';
import { diffPack, mergePacks, parsePack } from '../../lib/presets';
import { HOAX_CORPUS, type CorpusKind } from './hoax-corpus';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { getEffectivePreset, importPack, openStore } from '../../lib/store';

type Figures = Record<string, number | string>;

const TODAY = '2026-12-01';
const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const ratio = (a: number, b: number) => (b === 0 ? 1 : round(a / b));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeMedian(runs: number, warmup: number, fn: () => unknown): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const warns = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** Precision and recall of each rule on the corpus. */
function quality(): Figures {
  const ctx = makeContext({ platform: 'facebook', claims: STARTER_CLAIMS, today: TODAY });
  const hoaxKinds: CorpusKind[] = ['chain', 'forward'];
  let signTp = 0, signFp = 0, signFn = 0;
  let claimTp = 0, claimFp = 0, claimFn = 0;
  let anyTp = 0, anyFn = 0, anyFp = 0;
  const misses: string[] = [];
  for (const item of HOAX_CORPUS) {
    const findings = check(item.text, ctx).filter((f) => f.category === 'hoax');
    const hoax = hoaxKinds.includes(item.kind);
    const signed = findings.some((f) => f.ruleId === 'hoax-signs' && warns(f));
    const claimed = findings.filter((f) => f.ruleId === 'hoax-claim' && warns(f)).map((f) => f.evidence?.claimId);
    if (item.kind === 'chain' || !hoax) {
      if (signed && hoax) signTp++;
      else if (signed) signFp++;
      else if (hoax) signFn++;
    }
    if (item.claim !== undefined && claimed.includes(item.claim)) claimTp++;
    else if (item.claim !== undefined) {
      claimFn++;
      misses.push(item.claim);
    }
    claimFp += claimed.filter((id) => id !== item.claim).length;
    const any = signed || claimed.length > 0;
    if (hoax && any) anyTp++;
    else if (hoax) anyFn++;
    else if (any) anyFp++;
  }
  const quiet = HOAX_CORPUS.filter((i) => !hoaxKinds.includes(i.kind)).length;
  return {
    'corpus texts': HOAX_CORPUS.length,
    'signs precision (chain vs quiet texts)': ratio(signTp, signTp + signFp),
    'signs recall (chain messages)': ratio(signTp, signTp + signFn),
    'claims precision': ratio(claimTp, claimTp + claimFp),
    'claims recall (texts restating a listed claim)': ratio(claimTp, claimTp + claimFn),
    'claims missed': misses.join(', ') || '-',
    'any hoax warning: recall (chain + forward)': ratio(anyTp, anyTp + anyFn),
    'any hoax warning: false alarms (official, clarification, news)': `${anyFp} of ${quiet}`,
  };
}

/** A deterministic stand-in for a province's list: Indonesian topic words in claim-like sentences. */
const WORDS = (
  'vaksin covid chip bansos bantuan tunai gempa tsunami banjir longsor listrik padam pln beras telur minyak ' +
  'garam gula harga naik turun polisi tilang razia ktp kk nik data bocor bank rekening saldo pinjol judi ' +
  'online sekolah guru murid ujian beasiswa rumah sakit dokter obat herbal kanker diabetes jantung darah ' +
  'pemilu kpu surat suara kotak calon partai presiden menteri bupati gubernur camat lurah desa dana desa ' +
  'tanah sertifikat pajak kendaraan bbm pertalite solar subsidi gas lpg air pdam sampah jalan tol jembatan ' +
  'kereta bandara pesawat kapal pelabuhan laut pantai gunung merapi erupsi abu hujan badai angin cuaca ' +
  'bmkg bpbd kemensos kemenkes kominfo komdigi whatsapp facebook tiktok instagram youtube link tautan ' +
  'formulir daftar gratis hadiah undian kuota pulsa internet sinyal 5g menara radiasi virus wabah flu ' +
  'cacar rabies nyamuk demam anak bayi ibu hamil penculikan organ ginjal pasar mal toko pabrik impor ' +
  'ekspor china asing pekerja tki gaji pns honorer pensiun thr lebaran ramadan masjid gereja zakat haji ' +
  'umrah visa paspor imigrasi perbatasan tentara tni perang demo kerusuhan bom teror narkoba sabu ganja'
).split(' ');
const FILLER = 'akan sudah mulai besok semua warga wajib dilarang diminta segera ternyata resmi baru tahun ini'.split(' ');

/**
 * Claims the way a province's list reads: a few topic words (common ones far more often, as in real
 * lists), the names of the places, people and offices involved (rare), fillers and a number.
 */
function syntheticClaims(n: number): Claim[] {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const zipf = (list: string[]) => list[Math.floor(list.length * next() ** 2.5)]!;
  const SYLLABLES = 'ba ra ma ka sa ta wi jo su ko ni de gu lo pa ri ngan tir sar wo'.split(' ');
  const name = () => {
    let word = '';
    for (let i = 0, parts = 2 + Math.floor(next() * 2); i < parts; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const out: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const words: string[] = [];
    for (let j = 0, topic = 4 + Math.floor(next() * 4); j < topic; j++) words.push(zipf(WORDS));
    for (let j = 0, names = 1 + Math.floor(next() * 3); j < names; j++) words.splice(Math.floor(next() * words.length), 0, name());
    for (let j = 0, fill = 2 + Math.floor(next() * 3); j < fill; j++) words.splice(Math.floor(next() * words.length), 0, FILLER[Math.floor(next() * FILLER.length)]!);
    out.push({
      id: `klaim-${i}`,
      claim: { id: `${words.join(' ')} ${1 + Math.floor(next() * 500)}.` },
      verdict: 'hoaks',
      source: { name: 'Diskominfo Contoh', url: `https://diskominfo.contohkab.go.id/klarifikasi/${i}` },
      published: '2026-11-01',
    });
  }
  return out;
}

/** A caption of exactly `length` characters built from the corpus' official and news texts. */
function caption(length: number): string {
  const quiet = HOAX_CORPUS.filter((i) => i.kind === 'official' || i.kind === 'news').map((i) => i.text);
  let body = '';
  for (let i = 0; body.length < length; i++) body += `${quiet[i % quiet.length]}\n\n`;
  return body.slice(0, length);
}

/**
 * The whole import as the options page runs it, on fake-indexeddb in Node: parse and validate,
 * preview (diff), one transaction that writes the pack record, then the effective preset the
 * background rebuilds after it (merge with the built-in pack absent).
 */
async function storeImport(packText: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = await openStore({ indexedDB: new IDBFactory(), name: `bench-claims-${run}` });
    const start = performance.now();
    const result = await importPack(db, packText, 'id', Date.UTC(2026, 11, 1));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const preset = await getEffectivePreset(db, TODAY);
    times.push(performance.now() - start);
    if (preset.claims.length !== 10_000) throw new Error(`imported ${preset.claims.length} claims`);
    db.close();
  }
  return [...times].sort((a, b) => a - b)[times.length >> 1]!;
}

async function speed(): Promise<Figures> {
  const claims = [...STARTER_CLAIMS, ...syntheticClaims(10_000 - STARTER_CLAIMS.length)];
  const build = timeMedian(5, 1, () => {
    clearStemMemo();
    buildClaimIndex(claims);
  });
  const index = buildClaimIndex(claims);
  const short = caption(2_200);
  const long = caption(63_206);
  clearStemMemo();
  const cold = timeMedian(1, 0, () => matchClaims(index, short));
  const matchShort = timeMedian(200, 20, () => matchClaims(index, short));
  const matchLong = timeMedian(15, 3, () => matchClaims(index, long));
  const ctx = makeContext({ platform: 'facebook', claims, today: TODAY });
  check(short, ctx);
  const checkShort = timeMedian(200, 20, () => check(short, ctx));
  // The same check without claims: how loaded this machine is right now (bench checks budgets it at 0.5 ms).
  const plain = makeContext({ platform: 'facebook', today: TODAY });
  const checkPlain = timeMedian(200, 20, () => check(short, plain));
  const packText = JSON.stringify({ format: 'saring-pack', version: 1, id: 'klaim-provinsi', name: 'Klaim provinsi', publisher: { name: 'Diskominfo Provinsi' }, updated: TODAY, claims });
  const importMs = timeMedian(3, 1, () => {
    const parsed = parsePack(packText, 'id');
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
    diffPack(null, parsed.pack);
    mergePacks([parsed.pack], {}, TODAY);
  });
  const storeMs = await storeImport(packText, 3);
  return {
    'claims in the index': index.entries.length,
    'index build, 10,000 claims (ms, budget: once per preset change)': round(build, 1),
    'hoax-claim match, 2,200 chars vs 10,000 claims (ms, budget 1)': round(matchShort),
    'hoax-claim first match after a preset change, 2,200 chars (ms)': round(cold),
    'hoax-claim match, 63,206 chars vs 10,000 claims (ms)': round(matchLong, 2),
    'all rules, 2,200 chars with 10,000 claims (ms)': round(checkShort),
    'all rules, 2,200 chars without claims (ms, for comparison)': round(checkPlain),
    'claims pack of 10,000 (KB)': Math.round(packText.length / 1024),
    'import of 10,000 claims: validate + preview + merge (ms, budget 1000)': round(importMs, 0),
    'import of 10,000 claims into the store (fake-indexeddb): parse, preview, one transaction, effective preset (ms, budget 1000)': round(storeMs, 0),
  };
}

export async function benchHoax(): Promise<Figures> {
  return { ...quality(), ...(await speed()) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchHoax());
}
