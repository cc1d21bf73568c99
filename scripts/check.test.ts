/** The CLI as trainers and scripts use it: spawned, reading files and stdin, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../lib/checks/types';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'saring-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string) {
  const r = spawnSync(tsx, ['scripts/check.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const clean = file('clean.txt', 'Pelayanan KTP elektronik dibuka hari Senin.');
const withNik = file('nik.txt', 'Penerima bantuan:\nBudi, NIK 3404121205950001');
const validPack = {
  format: 'saring-pack',
  version: 1,
  id: 'sleman',
  name: 'Sleman',
  publisher: { name: 'Diskominfo Sleman' },
  updated: '2026-01-05',
  profiles: [
    {
      id: 'sleman',
      officialName: 'Pemerintah Kabupaten Sleman',
      shortNames: [],
      handles: {},
      hashtags: { required: ['SlemanSembada'], recommended: [], forbidden: [] },
      contacts: [{ kind: 'phone', value: '081234567890' }],
      timeZone: 'WIB',
      allowedWords: [],
    },
  ],
  glossary: [{ id: 'pemkab', preferred: 'Pemerintah Kabupaten Sleman', variants: ['Pemkab Sleman'] }],
  ruleSettings: { rules: { 'hashtag-required': { severity: 'error' } }, limits: { instagram: { hashtags: 3 } } },
};
const pack = file('pack.json', JSON.stringify(validPack));
// A 100,000-level nested object: JSON, but no pack (the old lenient reader ran it with exit 0).
const deep = file('deep.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);

describe('npm run check', { timeout: 60_000 }, () => {
  it('exits 0 and says so when nothing is found', () => {
    const r = run([clean]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tidak ada temuan.');
  });

  it('exits 1 on an error-level finding and prints where it is', () => {
    const r = run([withNik]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${withNik}:2:11`);
    expect(r.out).toContain('[personal-nik]');
    expect(r.out).toContain('UU 27/2022 PDP');
  });

  it('prints {"findings": [...]} with --json, in English with --lang en', () => {
    const r = run(['--json', '--lang', 'en', withNik]);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { findings: Finding[] };
    expect(parsed.findings.map((f) => f.ruleId)).toEqual(['personal-nik']);
    expect(parsed.findings[0]?.message).toContain('NIK');
    expect(parsed.findings[0]?.message).toMatch(/looks like/);
  });

  it('reads stdin with -', () => {
    const r = run(['--json', '-'], 'ijin');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { findings: Finding[] }).findings[0]?.suggestions).toEqual(['izin']);
  });

  it('applies the platform', () => {
    const r = run(['--json', '--platform', 'facebook', '-'], 'Daftar di https://sleman.go.id');
    expect((JSON.parse(r.out) as { findings: Finding[] }).findings).toEqual([]);
  });

  it('uses the first profile, the glossary and the rule settings of a preset pack', () => {
    const r = run(['--json', '--preset', pack, '-'], 'Pemkab Sleman: hubungi 081234567890 #a #b #c #d');
    const ids = (JSON.parse(r.out) as { findings: Finding[] }).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).toEqual(['glossary-term:warning', 'hashtag-limit:error', 'hashtag-required:error']);
    expect(r.code).toBe(1);
  });

  it("checks with the built-in pack's glossary by default, as the panel does, but not against its example institution", () => {
    const r = run(['--json', '-'], 'Walikota meninjau jalan propinsi.');
    const found = (JSON.parse(r.out) as { findings: Finding[] }).findings;
    expect(found.filter((f) => f.ruleId === 'glossary-term').map((f) => f.suggestions?.[0])).toEqual(['wali kota', 'provinsi']);
    // No required hashtag of "Pemerintah Kabupaten Contoh" is asked for.
    expect(found.some((f) => f.ruleId === 'hashtag-required')).toBe(false);
  });

  it('takes --json from npm (`npm run check --json FILE`, npm then keeps its banner off stdout)', () => {
    const r = spawnSync(tsx, ['scripts/check.ts', clean], { cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, npm_config_json: 'true' } });
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
  });

  it('names an unknown option', () => {
    const r = run(['--bogus', clean]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Opsi tidak dikenal: --bogus\n/);
  });

  it('prints the usage with --help and exits 0', () => {
    const r = run(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: npm run check/);
  });

  it.each([
    [['--platform', 'myspace', clean], /Platform tidak dikenal: "myspace"/],
    [['--lang', 'en', '--platform', 'myspace', clean], /Unknown platform: "myspace"/],
    [['--lang', 'fr', clean], /Bahasa tidak dikenal: "fr"/],
    [[], /Sebutkan tepat satu berkas/],
    [[clean, clean], /Sebutkan tepat satu berkas/],
    [['--bogus', clean], /Pemakaian/],
    [[join(dir, 'missing.txt')], /Tidak bisa membaca .*berkas tidak ada/],
    [['--lang=en', join(dir, 'missing.txt')], /Cannot read .*no such file/],
    [['--preset', file('broken.json', '{"profiles": ['), clean], /Preset .* tidak bisa dipakai/],
    [['--preset', file('array.json', '[]'), clean], /Preset .* tidak bisa dipakai/],
    [['--preset', deep, clean], /Preset .*deep\.json.* tidak bisa dipakai/],
    [['--preset', file('no-format.json', JSON.stringify({ ...validPack, format: undefined })), clean], /format/],
    [['--preset', file('bad-field.json', JSON.stringify({ ...validPack, profiles: [{ ...validPack.profiles[0], timeZone: 'UTC' }] })), clean], /profiles\[0\]\.timeZone/],
    [['--lang', 'en', '--preset', file('unknown.json', JSON.stringify({ ...validPack, colour: 'red' })), clean], /Cannot use preset .*colour/],
  ])('exits 2 with a clear message: %j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    // A message, never a stack trace.
    expect(r.err).not.toMatch(/\n\s+at |Error:/);
  });

  it('reads the same pack as the extension does: what lib/presets says about a bad pack is what the terminal says', async () => {
    const { parsePack } = await import('../lib/presets');
    const bad = { ...validPack, glossary: [{ id: 'x', preferred: 'A', variants: [] }, { id: 'x', preferred: 'B', variants: ['b'] }] };
    const parsed = parsePack(JSON.stringify(bad), 'id');
    expect(parsed.ok).toBe(false);
    const r = run(['--preset', file('dupe.json', JSON.stringify(bad)), clean]);
    expect(r.code).toBe(2);
    for (const e of parsed.ok ? [] : parsed.errors) expect(r.err).toContain(e.message);
  });
});
