/**
 * Check-engine figures for `npm run bench`: median time of all rules on a full Instagram caption
 * (2,200 characters) and a maximal Facebook post (63,206), and on the same texts textlint with
 * textlint-rule-prh (the same glossary and spelling list as prh rules, linter built once per run),
 * whose spelling and glossary findings (same ranges, same replacement) are compared with Saring's
 * before anything is timed: textlint is timed and the ratio printed only where they agree; harper.js is
 * timed on the same text as a different job (English grammar), with no ratio.
 * Run alone with `tsx tests/bench/checks.ts [--json]`.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { TextlintKernelDescriptor, type TextlintRuleModule } from '@textlint/kernel';
import { moduleInterop } from '@textlint/module-interop';
import { createLinter, loadTextlintrc } from 'textlint';
import '../../lib/checks/deep/install';
import { RULES, check, makeContext } from '../../lib/checks/index';
import { MAX_FINDINGS_PER_RULE, runRules } from '../../lib/checks/engine';
import { SPELLING } from '../../lib/checks/data/spelling';
import type { CheckContext, GlossaryEntry, Profile } from '../../lib/checks/types';

type Figures = Record<string, number | string>;

const GLOSSARY: GlossaryEntry[] = [
  { id: 'pemkab', preferred: 'Pemerintah Kabupaten Sleman', variants: ['Pemkab Sleman', 'Pemda Sleman', 'Pemkab. Sleman'] },
  { id: 'bupati', preferred: 'Bupati Sleman', variants: ['Bupati Kab. Sleman', 'Bupati Kabupaten Sleman'] },
  { id: 'diskominfo', preferred: 'Dinas Komunikasi dan Informatika', variants: ['Dinas Kominfo', 'Dinas Kominfo Sleman'] },
  { id: 'dinkes', preferred: 'Dinas Kesehatan', variants: ['Dinkes', 'Dinas Kesehatan Kab.'] },
  { id: 'dukcapil', preferred: 'Dinas Kependudukan dan Pencatatan Sipil', variants: ['Disdukcapil', 'Dukcapil Sleman'] },
  { id: 'bpbd', preferred: 'Badan Penanggulangan Bencana Daerah', variants: ['BPBD Kab. Sleman'] },
  { id: 'mpp', preferred: 'Mal Pelayanan Publik', variants: ['Mall Pelayanan Publik', 'MPP Sleman'] },
  { id: 'ppid', preferred: 'PPID', variants: ['P.P.I.D', 'Ppid'], caseSensitive: true },
  { id: 'sembada', preferred: 'Sleman SEMBADA', variants: ['Sleman Sembada', 'sleman sembada'], caseSensitive: true },
  { id: 'kecamatan', preferred: 'Kapanewon', variants: ['Kec.', 'Kecamatan Sleman'] },
  { id: 'kelurahan', preferred: 'Kalurahan', variants: ['Kelurahan Sleman'] },
  { id: 'dprd', preferred: 'DPRD Kabupaten Sleman', variants: ['DPRD Sleman', 'Dewan Sleman'] },
];

const PROFILE: Profile = {
  id: 'sleman',
  officialName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
  shortNames: ['Diskominfo Sleman', 'Kominfo Sleman'],
  handles: { instagram: 'diskominfo_sleman', facebook: 'diskominfosleman', tiktok: 'diskominfosleman' },
  hashtags: { required: ['SlemanSembada'], recommended: ['InfoSleman', 'Jogja'], forbidden: ['GantiBupati'] },
  tagline: 'Sleman SEMBADA',
  contacts: [{ kind: 'whatsapp', value: '0811 2233 4455' }, { kind: 'email', value: 'diskominfo@slemankab.go.id' }],
  timeZone: 'WIB',
  allowedWords: ['Sembada'],
};

const PARAGRAPHS = [
  'Pemerintah Kabupaten Sleman melalui Dinas Kesehatan mengadakan layanan vaksinasi gratis bagi warga lanjut usia di seluruh puskesmas mulai Senin depan. Silahkan datang membawa KTP elektronik dan kartu keluarga asli.',
  'Layanan Mal Pelayanan Publik kini buka setiap hari kerja pukul 08.00 sampai 15.00 WIB. Pengurusan ijin usaha, akta kelahiran dan perekaman KTP elektronik dapat dilakukan dalam satu tempat tanpa antri panjang.',
  'Himbauan bagi masyarakat: waspada potensi banjir dan tanah longsor selama musim hujan. Bersihkan saluran air di lingkungan masing-masing dan laporkan kejadian darurat ke Call Center 112 yang bebas pulsa.',
  'Informasi lengkap tersedia di https://slemankab.go.id atau hubungi WhatsApp resmi 0811 2233 4455. Ikuti juga @diskominfo_sleman untuk kabar terbaru seputar pelayanan publik di Sleman.',
  'Kegiatan kerja bakti pasca banjir di Kapanewon Mlati diikuti ratusan warga, relawan dan personil TNI-Polri. Terimakasih atas partisipasi seluruh pihak yang telah bergotong royong membersihkan lingkungan.',
  'Bupati Sleman menyampaikan apresiasi kepada para tenaga kesehatan yang terus melayani masyarakat. Mari bersama menjaga kesehatan keluarga dengan pola hidup bersih dan sehat, olahraga teratur dan makan bergizi.',
];
const TAGS = '\n\n#SlemanSembada #InfoSleman #Jogja #PelayananPublik #Sleman';

/** Paragraphs repeated to exactly `length` UTF-16 units, ending with the hashtags. */
function caption(length: number): string {
  let body = '';
  for (let i = 0; body.length < length; i++) body += `${PARAGRAPHS[i % PARAGRAPHS.length] ?? ''}\n\n`;
  return body.slice(0, length - TAGS.length) + TAGS;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timeMedian(runs: number, warmup: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The glossary and the spelling list as one prh rule file (JSON is YAML; prh adds the u flag). */
function prhYaml(): string {
  const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const rules = [
    ...GLOSSARY.map((g) => ({
      expected: g.preferred,
      patterns: g.variants.map((v) => `/(?<![\\p{L}\\p{N}])${escape(v)}(?![\\p{L}\\p{N}])/${g.caseSensitive === true ? '' : 'i'}`),
    })),
    ...SPELLING.map((s) => ({ expected: s.right, patterns: [`/(?<![\\p{L}\\p{N}])${escape(s.wrong)}(?![\\p{L}\\p{N}])/i`] })),
  ];
  return JSON.stringify({ version: 1, rules });
}

interface TextlintMessage {
  ruleId: string;
  range: readonly [number, number];
  /** prh reports every match with a fix: the whole matched range and the expected text. */
  fix?: { range: readonly [number, number]; text: string };
}
type TextlintLint = (text: string) => Promise<{ messages: TextlintMessage[] }>;

/** Built once per run: loadTextlintrc + createLinter (textlint's documented API), prh added. */
async function textlintRunner(): Promise<TextlintLint> {
  const require = createRequire(import.meta.url);
  // The rule ships as CommonJS with an ES-module default export.
  const prh: TextlintRuleModule = moduleInterop(require('textlint-rule-prh'));
  // No .textlintrc here, so this is textlint's built-in text and markdown plugins; prh is added.
  const base: TextlintKernelDescriptor = await loadTextlintrc();
  const descriptor = base.shallowMerge({
    rules: [{ ruleId: 'prh', rule: prh, options: { ruleContents: [prhYaml()] } }],
  });
  const linter = createLinter({ descriptor });
  return (text) => linter.lintText(text, 'caption.txt') as Promise<{ messages: TextlintMessage[] }>;
}

async function harperRunner(): Promise<(text: string) => Promise<unknown>> {
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  return (text) => linter.lint(text, { language: 'plaintext' });
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** One finding as both sides can state it: the range it covers and the text it would put there. */
interface Found {
  start: number;
  end: number;
  /** Lower-cased: Saring keeps the caption's capital (Himbauan → Imbauan), prh writes its entry as is. */
  fix: string;
}

const key = (f: Found) => `${f.start}-${f.end}:${f.fix}`;

export interface Agreement {
  saring: number;
  textlint: number;
  same: boolean;
  onlySaring: string[];
  onlyTextlint: string[];
}

/**
 * Saring's spelling and glossary-term findings against textlint+prh's on the same text: the same
 * ranges with the same replacement (prh's fix range is the whole match). Saring stops a rule at
 * MAX_FINDINGS_PER_RULE findings; past the last start of a capped rule neither side is counted.
 */
export async function agreement(lint: TextlintLint, text: string, ctx: CheckContext): Promise<Agreement> {
  const found = check(text, ctx).filter((f) => f.ruleId === 'spelling' || f.ruleId === 'glossary-term');
  let cutoff = Infinity;
  for (const ruleId of ['spelling', 'glossary-term']) {
    const mine = found.filter((f) => f.ruleId === ruleId);
    if (mine.length >= MAX_FINDINGS_PER_RULE) cutoff = Math.min(cutoff, Math.max(...mine.map((f) => f.start)));
  }
  const saring = found
    .filter((f) => f.start <= cutoff)
    .map((f): Found => ({ start: f.start, end: f.end, fix: (f.suggestions?.[0] ?? '').toLowerCase() }));
  const theirs = (await lint(text)).messages
    .filter((m) => m.range[0] <= cutoff)
    .map((m): Found => ({ start: m.fix?.range[0] ?? m.range[0], end: m.fix?.range[1] ?? m.range[1], fix: (m.fix?.text ?? '').toLowerCase() }));
  const a = new Set(saring.map(key));
  const b = new Set(theirs.map(key));
  const onlySaring = [...a].filter((k) => !b.has(k));
  const onlyTextlint = [...b].filter((k) => !a.has(k));
  return { saring: a.size, textlint: b.size, same: onlySaring.length === 0 && onlyTextlint.length === 0, onlySaring, onlyTextlint };
}

// Pasted junk that could make a careless scanner quadratic: the worst of these is reported.
const ADVERSARIAL: Record<string, string> = {
  hashtags: '#a',
  mentions: '@a ',
  'mention dots': '@a.',
  'at signs': 'a@',
  dots: 'a.',
  'digit groups': '3404 ',
  'hostile pairs': 'usir umat ',
  'campaign pairs': 'dukung paslon salam dua jari ',
  disasters: 'gempa akan ',
  'exclamations': '!!!?',
  'urls': 'https://bit.ly/x ',
  'spelling pairs': 'idul idul ',
  'emoji and ZWJ': '👩‍👩‍👧\u200d\u0301',
  'lone surrogates': '\ud800a\udc00',
};

const sample = (keys: string[]) => keys.slice(0, 3).join(', ') + (keys.length > 3 ? ` … (${keys.length})` : '');

/** The comparison row: the counts side by side, and what differs when they do. */
function agreementRow(agree: Agreement): string {
  if (agree.same) return `${agree.saring} | ${agree.textlint} (same ranges and fixes)`;
  return `${agree.saring} | ${agree.textlint} DIFFERENT: saring only ${sample(agree.onlySaring) || 'none'}; textlint only ${sample(agree.onlyTextlint) || 'none'}`;
}

export async function benchChecks(): Promise<Figures> {
  const short = caption(2200);
  const long = caption(63206);
  const igCtx: CheckContext = makeContext({ platform: 'instagram', glossary: GLOSSARY, profile: PROFILE });
  const fbCtx: CheckContext = makeContext({ platform: 'facebook', glossary: GLOSSARY, profile: PROFILE });

  // Before any time: both sides must report the same spelling and glossary findings on the bench
  // texts. textlint is timed, and the ratio printed, only for a text where they agree.
  const textlint = await textlintRunner();
  const agreeShort = await agreement(textlint, short, igCtx);
  const agreeLong = await agreement(textlint, long, fbCtx);
  // The comparison can fail: a textlint that finds nothing does not agree with Saring here.
  if ((await agreement(async () => ({ messages: [] }), short, igCtx)).same) throw new Error('the agreement check cannot tell the sides apart');
  const figures: Figures = {
    'spelling+glossary findings 2,200: saring | textlint': agreementRow(agreeShort),
    'spelling+glossary findings 63,206: saring | textlint': agreementRow(agreeLong),
  };

  const coldStart = performance.now();
  check(short, makeContext({ glossary: [...GLOSSARY], profile: { ...PROFILE } }));
  const cold = performance.now() - coldStart;

  const saringShort = await timeMedian(500, 50, () => check(short, igCtx));
  const saringLong = await timeMedian(60, 5, () => check(long, fbCtx));
  const findingsShort = check(short, igCtx).length;
  // The content script runs the local rules on every keystroke; the deep rules (spelling list,
  // lexicon) run in the background a debounce later (lib/checks/deep.ts).
  const localRules = RULES.filter((r) => r.deep !== true);
  const deepRules = RULES.filter((r) => r.deep === true);
  const localShort = await timeMedian(500, 50, () => runRules(localRules, short, igCtx));
  const deepShort = await timeMedian(500, 50, () => runRules(deepRules, short, igCtx));
  const deepLong = await timeMedian(30, 5, () => runRules(deepRules, long, fbCtx));
  let worst = { name: '', ms: 0 };
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    const junk = unit.repeat(Math.ceil(63206 / unit.length)).slice(0, 63206);
    const ms = await timeMedian(5, 1, () => check(junk, fbCtx));
    if (ms > worst.ms) worst = { name, ms };
  }
  Object.assign(figures, {
    'rules': 'all (lib/checks RULES)',
    'findings on 2,200 chars': findingsShort,
    'saring 2,200 chars median ms': round(saringShort, 4),
    'saring 2,200 budget ms': 0.5,
    'content-script rules 2,200 chars median ms': round(localShort, 4),
    'background (deep) rules 2,200 chars median ms': round(deepShort, 4),
    'background (deep) rules 63,206 chars median ms': round(deepLong),
    'saring 63,206 chars median ms': round(saringLong),
    'saring 63,206 budget ms': 15,
    'saring 63,206 adversarial worst ms': round(worst.ms),
    'saring adversarial worst case': worst.name,
    'saring first check, cold (ms)': round(cold),
  });

  if (agreeShort.same) {
    const textlintShort = await timeMedian(40, 5, () => textlint(short));
    figures['textlint+prh 2,200 median ms'] = round(textlintShort);
    figures['textlint/saring 2,200 (goal ≥ 20)'] = round(textlintShort / saringShort, 1);
  } else {
    figures['textlint/saring 2,200'] = 'no ratio: the findings differ (above)';
  }
  if (agreeLong.same) {
    const textlintLong = await timeMedian(8, 1, () => textlint(long));
    figures['textlint+prh 63,206 median ms'] = round(textlintLong);
    figures['textlint/saring 63,206 (goal ≥ 20)'] = round(textlintLong / saringLong, 1);
  } else {
    figures['textlint/saring 63,206'] = 'no ratio: the findings differ (above)';
  }

  // A different job (English grammar over the same text), timed for scale only; no ratio.
  const harper = await harperRunner();
  figures['harper.js English grammar, a different job: 2,200 ms'] = round(await timeMedian(20, 3, () => harper(short)));
  figures['harper.js English grammar, a different job: 63,206 ms'] = round(await timeMedian(5, 1, () => harper(long)));
  return figures;
}

async function main(): Promise<void> {
  const figures = await benchChecks();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  process.stdout.write(`checks\n${'-'.repeat(width + 14)}\n`);
  for (const [key, value] of Object.entries(figures)) {
    process.stdout.write(`${key.padEnd(width)}  ${typeof value === 'number' ? String(value).padStart(10) : value}\n`);
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
