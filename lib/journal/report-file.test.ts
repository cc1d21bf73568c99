import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { addReportFile, createCollection, summarize } from './coordinator';
import { buildReport } from './report';
import { buildReportFile, reportFileName, reportFileText, type ReportFile } from './report-file';
import { MAX_REPORT_BYTES, parseReportFile } from './report-file-parse';
import { reportJsonSchemaText } from './report-schema';
import { entryFor, profileFor, wib } from './testing';

const nik = { ruleId: 'personal-nik', category: 'personal-data', severity: 'error' } as const;
const hoax = { ruleId: 'hoax-signs', category: 'hoax', severity: 'warning' } as const;

const profiles = [
  profileFor({ id: 'kominfo', officialName: 'Dinas Komunikasi dan Informatika', institutionType: 'opd', activity: { postsPerWeek: 3, silentAfterDays: 7 }, handles: { instagram: 'kominfo', facebook: 'kominfo.fb' } }),
  profileFor({ id: 'papua', officialName: 'Distrik Abepura', timeZone: 'WIT', institutionType: 'kecamatan' }),
];

const entries = [
  entryFor({ id: 'oct', postedAt: wib('2026-10-31 23:00') }),
  entryFor({ id: 'a', postedAt: wib('2026-11-01 08:00'), purpose: 'informatif', templateId: 'jadwal', firstLine: 'Hubungi Bu Sri 0812-3456-7890' }),
  entryFor({ id: 'b', postedAt: wib('2026-11-07 21:00'), platform: 'facebook', purpose: 'edukatif', caption: 'NIK 3404014501900001 milik warga' }),
  entryFor({ id: 'c', postedAt: wib('2026-11-08 08:00'), platform: 'tiktok', overridden: true, findingsLeft: [nik, nik, hoax] }),
  entryFor({ id: 'd', postedAt: wib('2026-11-30 10:00'), overridden: true, findingsLeft: [nik], purpose: 'promotif', templateId: 'promo' }),
  entryFor({ id: 'r1', postedAt: wib('2026-11-12 09:00'), platform: 'facebook', kind: 'reply', templateId: 'balas-aduan', firstLine: 'Terima kasih, Pak Budi' }),
  entryFor({ id: 'r2', postedAt: wib('2026-11-12 10:00'), platform: 'facebook', kind: 'reply' }),
  entryFor({ id: 'not', postedAt: wib('2026-11-15 10:00'), posted: false }),
  entryFor({ id: 'practice', postedAt: wib('2026-11-15 11:00'), practice: true }),
  // 22.30 WIB on the 30th is 00.30 WIT on 1 December: outside November in Papua.
  entryFor({ id: 'papua-dec', postedAt: wib('2026-11-30 22:30'), profileId: 'papua' }),
  entryFor({ id: 'papua-nov', postedAt: wib('2026-11-30 21:00'), profileId: 'papua', platform: 'facebook' }),
  entryFor({ id: 'nobody', postedAt: wib('2026-11-20 10:00'), profileId: null }),
];

const november = { from: '2026-11-01', to: '2026-11-30', profileIds: [], now: wib('2026-12-01 08:00') };

describe('buildReportFile', () => {
  const file = buildReportFile(entries, profiles, november);
  const text = reportFileText(file);

  it('keeps counts and no caption, first line, note or citizen data', () => {
    expect(file.format).toBe('saring-report');
    expect(text).not.toMatch(/0812|3404014501900001|Bu Sri|Pak Budi|Layanan KTP-el|firstLine|caption/);
  });

  it('places each post on its institution’s own day and leaves practice, "not posted" and profile-less posts out', () => {
    const kominfo = file.institutions.find((item) => item.profileId === 'kominfo')!;
    expect(kominfo.days.map((day) => [day.date, day.platform, day.posts, day.replies])).toEqual([
      ['2026-11-01', 'instagram', 1, 0],
      ['2026-11-07', 'facebook', 1, 0],
      ['2026-11-08', 'tiktok', 1, 0],
      ['2026-11-12', 'facebook', 0, 2],
      ['2026-11-30', 'instagram', 1, 0],
    ]);
    const papua = file.institutions.find((item) => item.profileId === 'papua')!;
    expect(papua.days.map((day) => day.date)).toEqual(['2026-11-30']);
    expect(file.institutions.map((item) => item.profileId)).toEqual(['kominfo', 'papua']);
  });

  it('counts a rule once per post, and overrides apart from findings left', () => {
    const tiktok = file.institutions[0]!.days.find((day) => day.platform === 'tiktok')!;
    expect(tiktok.findingsLeft).toEqual({ 'personal-nik': 1, 'hoax-signs': 1 });
    expect(tiktok.overridden).toEqual({ 'personal-nik': 1, 'hoax-signs': 1 });
    expect(file.institutions[0]!.rules.map((rule) => rule.ruleId)).toEqual(['hoax-signs', 'personal-nik']);
  });

  it('keeps the last post per account even before the period (days since last post)', () => {
    const accounts = file.institutions[0]!.accounts;
    expect(accounts.map((account) => [account.platform, account.handle, account.lastPostAt])).toEqual([
      ['instagram', 'kominfo', new Date(wib('2026-11-30 10:00')).toISOString()],
      ['facebook', 'kominfo.fb', new Date(wib('2026-11-07 21:00')).toISOString()],
      ['tiktok', null, new Date(wib('2026-11-08 08:00')).toISOString()],
    ]);
  });

  it('round-trips: export → file → coordinator gives the report page’s numbers', () => {
    const parsed = parseReportFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file).toEqual(file);
    const collection = createCollection();
    addReportFile(collection, parsed.file);
    const model = summarize(collection, { from: '2026-11-01', to: '2026-11-30', platform: 'all', type: 'all', now: november.now });
    const report = buildReport(entries.filter((entry) => entry.kind !== 'reply'), profiles, { month: '2026-11', profileIds: ['kominfo', 'papua'] });
    expect(model.totals.posts).toBe(report.total);
    for (const platform of ['instagram', 'facebook', 'tiktok'] as const) {
      expect(model.rows.filter((row) => row.platform === platform).reduce((sum, row) => sum + row.posts, 0)).toBe(report.byPlatform[platform]);
    }
    expect(model.totals.replies).toBe(2);
    expect(model.overridden.map((rule) => [rule.ruleId, rule.count])).toEqual(report.overridden.map((check) => [check.ruleId, check.count]));
  });

  it('names the file after the institution and the month', () => {
    expect(reportFileName(buildReportFile(entries, profiles, { ...november, profileIds: ['kominfo'] }))).toBe('saring-laporan-kominfo-2026-11.json');
    expect(reportFileName(buildReportFile(entries, profiles, { ...november, from: '2026-11-03', to: '2026-11-09' }))).toBe('saring-laporan-semua-2026-11-03_2026-11-09.json');
  });
});

describe('parseReportFile refuses hostile and foreign files, each with its own reason', () => {
  const good = (): ReportFile => buildReportFile(entries, profiles, november);
  const withChange = (change: (file: Record<string, unknown>) => void): string => {
    const file = JSON.parse(reportFileText(good())) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const cases: Array<[string, () => string, string]> = [
    ['broken JSON', () => '{"format": "saring-report",\n  "version": 1,,}', 'not-json'],
    ['a list', () => '[1,2,3]', 'not-object'],
    ['a preset pack', () => JSON.stringify({ format: 'saring-pack', version: 1, id: 'x' }), 'wrong-format'],
    ['no format', () => JSON.stringify({ version: 1 }), 'wrong-format'],
    ['a future version', () => withChange((file) => (file.version = 2)), 'newer-version'],
    ['huge', () => `{"format":"saring-report","pad":"${'x'.repeat(MAX_REPORT_BYTES)}"}`, 'too-large'],
    ['nested 100,000 deep', () => '['.repeat(100_000) + ']'.repeat(100_000), 'too-deep'],
    ['__proto__', () => reportFileText(good()).replace('"templates":{', '"templates": {"__proto__": {"polluted": 1},'), 'forbidden-key'],
    ['a script tag in a name', () => withChange((file) => ((file.institutions as Array<Record<string, unknown>>)[0]!.name = '<script>alert(1)</script>')), 'invalid'],
    ['an unknown field', () => withChange((file) => (file.captions = ['…'])), 'invalid'],
    ['a negative count', () => withChange((file) => (((file.institutions as Array<{ days: Array<Record<string, unknown>> }>)[0]!.days[0]!).posts = -3)), 'invalid'],
    ['a period backwards', () => withChange((file) => (file.period = { from: '2026-11-30', to: '2026-11-01' })), 'bad-period'],
  ];
  it.each(cases)('%s', (_name, make, code) => {
    const result = parseReportFile(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('says where broken JSON breaks', () => {
    const result = parseReportFile('{"format": "saring-report",\n  "version": 1,,}');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json', line: 2 } });
  });

  it('names the field that is wrong', () => {
    const result = parseReportFile(withChange((file) => (((file.institutions as Array<{ days: Array<Record<string, unknown>> }>)[0]!.days[0]!).posts = -3)));
    expect(result).toMatchObject({ ok: false, error: { field: 'institutions[0].days[0].posts' } });
  });

  it('never pollutes Object.prototype', () => {
    parseReportFile(reportFileText(good()).replace('"templates":{', '"templates": {"__proto__": {"polluted": 1},'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('public/report.schema.json', () => {
  const published = readFileSync(resolve(__dirname, '../../public/report.schema.json'), 'utf8');
  it('is generated from the schema the parser uses (npm run gen:pack)', () => {
    expect(published).toBe(reportJsonSchemaText());
  });
  it('accepts an exported file and refuses a foreign one', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(published) as object);
    expect(validate(JSON.parse(reportFileText(buildReportFile(entries, profiles, november))))).toBe(true);
    expect(validate({ format: 'saring-pack', version: 1 })).toBe(false);
  });
});
