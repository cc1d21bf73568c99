/**
 * `npm run check -- [--platform instagram|facebook|tiktok] [--preset PACK.json] [--lang id|en]
 * [--json] FILE|-`. Exit 0: no error-level finding; 1: at least one; 2: bad usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import '../lib/checks/deep/install';
import '../lib/checks/claims/install';
import { check, makeContext, type ContextInput } from '../lib/checks/index';
import { mergePacks, parsePack, todayOf, zoneOfLayers } from '../lib/presets';
import type { Pack } from '../lib/presets/types';
import { LANGS, PLATFORMS, type Finding, type Lang, type Platform } from '../lib/checks/types';

const TEXT = {
  id: {
    usage:
      'Pemakaian: npm run check -- [--platform instagram|facebook|tiktok] [--preset PAKET.json] [--lang id|en] [--json] BERKAS|-',
    badPlatform: (v: string) => `Platform tidak dikenal: "${v}". Pilih instagram, facebook atau tiktok.`,
    badLang: (v: string) => `Bahasa tidak dikenal: "${v}". Pilih id atau en.`,
    oneFile: 'Sebutkan tepat satu berkas keterangan, atau - untuk membaca dari stdin.',
    unreadable: (f: string, why: string) => `Tidak bisa membaca "${f}": ${why}`,
    badPreset: (f: string, why: string) => `Preset "${f}" tidak bisa dipakai: ${why}`,
    internal: (why: string) => `Saring gagal memeriksa: ${why}`,
    none: 'Tidak ada temuan.',
    summary: (n: number, e: number, w: number, i: number) => `${n} temuan: ${e} error, ${w} peringatan, ${i} info.`,
    severity: { error: 'error', warning: 'peringatan', info: 'info' },
    fix: 'saran',
    ref: 'rujukan',
  },
  en: {
    usage: 'Usage: npm run check -- [--platform instagram|facebook|tiktok] [--preset PACK.json] [--lang id|en] [--json] FILE|-',
    badPlatform: (v: string) => `Unknown platform: "${v}". Choose instagram, facebook or tiktok.`,
    badLang: (v: string) => `Unknown language: "${v}". Choose id or en.`,
    oneFile: 'Give exactly one caption file, or - to read from stdin.',
    unreadable: (f: string, why: string) => `Cannot read "${f}": ${why}`,
    badPreset: (f: string, why: string) => `Cannot use preset "${f}": ${why}`,
    internal: (why: string) => `Saring could not check: ${why}`,
    none: 'No findings.',
    summary: (n: number, e: number, w: number, i: number) => `${n} findings: ${e} errors, ${w} warnings, ${i} info.`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fix: 'fix',
    ref: 'reference',
  },
} as const;

type Texts = (typeof TEXT)[Lang];

class UsageError extends Error {}

/** --help: the usage on stdout and exit 0, unlike a usage error. */
class HelpRequest extends Error {}

/** The language for messages, known before the rest of the arguments are validated. */
function langFrom(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'id';
}

const OS_REASONS: Record<string, Record<Lang, string>> = {
  ENOENT: { id: 'berkas tidak ada', en: 'no such file' },
  EACCES: { id: 'tidak ada izin membaca', en: 'permission denied' },
  EISDIR: { id: 'itu folder, bukan berkas', en: 'is a directory, not a file' },
};

function reason(error: unknown, lang: Lang): string {
  // parseArgs names the option in its message ("Unknown option '--bogus'"); say it in our words.
  if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? '?';
    return lang === 'id' ? `Opsi tidak dikenal: ${option}` : `Unknown option: ${option}`;
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return OS_REASONS[error.code]?.[lang] ?? error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

interface Options {
  platform: Platform;
  lang: Lang;
  json: boolean;
  preset: string | undefined;
  file: string;
}

function parse(argv: string[], lang: Lang): Options {
  const t = TEXT[lang];
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        preset: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${reason(error, lang)}\n${t.usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) throw new HelpRequest(t.usage);
  const platform = values.platform ?? 'instagram';
  if (!(PLATFORMS as readonly string[]).includes(platform)) throw new UsageError(t.badPlatform(platform));
  const chosen = values.lang ?? 'id';
  if (!(LANGS as readonly string[]).includes(chosen)) throw new UsageError(t.badLang(chosen));
  const file = positionals[0];
  if (file === undefined || positionals.length !== 1) throw new UsageError(`${t.oneFile}\n${t.usage}`);
  // `npm run check --json FILE`: npm takes --json itself (and then prints its banner on stderr, not
  // stdout) and hands it to the script as npm_config_json.
  const json = values.json === true || process.env.npm_config_json === 'true';
  return { platform: platform as Platform, lang: chosen as Lang, json, preset: values.preset, file };
}

function readInput(file: string, t: Texts, lang: Lang): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(t.unreadable(file, reason(error, lang)));
  }
}

/**
 * The pack through lib/presets, as the extension reads it (same validation, same messages): the
 * first profile, the merged glossary and rule settings, and today in the pack's zone for expiry.
 */
/** The pack every panel starts from (glossary, rule settings, claims, templates), as the extension ships it. */
const BUILTIN_PACK = new URL('../public/packs/default.json', import.meta.url);

function builtinPack(lang: Lang): Pack {
  const parsed = parsePack(readFileSync(BUILTIN_PACK, 'utf8'), lang);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.pack;
}

/**
 * Like the panel: the built-in pack first, then the admin's pack (`--preset`) over it. The profile
 * is the admin's pack's first one; without `--preset` there is none (the panel before set-up does
 * not check against the built-in pack's example institution either).
 */
function readPreset(file: string | undefined, t: Texts, lang: Lang): Pick<ContextInput, 'profile' | 'glossary' | 'settings' | 'today' | 'claims'> {
  const builtin = builtinPack(lang);
  let own: Pack | undefined;
  if (file !== undefined) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(t.badPreset(file, reason(error, lang)));
    }
    const parsed = parsePack(raw, lang);
    if (!parsed.ok) throw new UsageError(t.badPreset(file, parsed.errors.map((e) => e.message).join('\n  ')));
    own = parsed.pack;
  }
  const packs = own ? [builtin, own] : [builtin];
  const today = todayOf(Date.now(), zoneOfLayers(own ? [own] : []));
  const merged = mergePacks(packs, {}, today);
  const out: Pick<ContextInput, 'profile' | 'glossary' | 'settings' | 'today' | 'claims'> = {
    glossary: merged.glossary,
    settings: merged.ruleSettings,
    today,
    claims: merged.claims,
  };
  const ownIds = new Set((own?.profiles ?? []).map((p) => p.id));
  const profile = merged.profiles.find((p) => ownIds.has(p.id));
  if (profile !== undefined) out.profile = profile;
  return out;
}

function position(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

export function formatFindings(name: string, text: string, findings: Finding[], t: Texts): string {
  if (findings.length === 0) return `${t.none}\n`;
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${name}:${position(text, f.start)}  ${t.severity[f.severity].padEnd(10)} ${f.message}  [${f.ruleId}]`);
    const covered = text.slice(f.start, f.end);
    if (covered.length > 0) lines.push(`    "${covered.length > 80 ? `${covered.slice(0, 77)}...` : covered}"`);
    const fix = f.suggestions?.[0];
    if (fix !== undefined) lines.push(`    ${t.fix}: ${fix === '' ? '∅' : JSON.stringify(fix)}`);
    if (f.explanation !== undefined) lines.push(`    ${f.explanation}`);
    if (f.reference !== undefined) lines.push(`    ${t.ref}: ${f.reference}`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push('', t.summary(findings.length, count('error'), count('warning'), count('info')));
  return `${lines.join('\n')}\n`;
}

export function main(argv: string[]): number {
  const lang = langFrom(argv);
  const t = TEXT[lang];
  try {
    const options = parse(argv, lang);
    const caption = readInput(options.file, t, lang);
    const fromPreset = readPreset(options.preset, t, lang);
    const ctx = makeContext({ ...fromPreset, platform: options.platform, lang: options.lang });
    const findings = check(caption, ctx);
    process.stdout.write(
      options.json ? `${JSON.stringify({ findings }, null, 2)}\n` : formatFindings(options.file === '-' ? 'stdin' : options.file, caption, findings, t),
    );
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof HelpRequest) {
      process.stdout.write(`${error.message}\n`);
      return 0;
    }
    // Anything else is a bug of ours; say it in one line, never as a stack trace.
    process.stderr.write(`${error instanceof UsageError ? error.message : t.internal(reason(error, lang))}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
