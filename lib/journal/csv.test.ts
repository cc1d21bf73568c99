import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { reportCsv, type CsvLabels } from './report-csv';
import { buildReport } from './report';
import { entryFor, profileFor, wib } from './testing';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Sosialisasi é ñ 🙂', 'Sosialisasi é ñ 🙂'],
    ['a,b', '"a,b"'],
    ['kata "resmi"', '"kata ""resmi"""'],
    ['dua\nbaris', '"dua\nbaris"'],
    ['cr\rlf', '"cr\rlf"'],
    [' spasi ', '" spasi "'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+62 812', "'+62 812"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [-3, '-3'],
  ] as const)('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends rows with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd e']])).toBe('\uFEFFa,b\r\nc,d e\r\n');
  });
});

const labels: CsvLabels = {
  headers: {
    postedAt: 'Waktu', zone: 'Zona', platform: 'Platform', profile: 'Profil', template: 'Templat', purpose: 'Kategori',
    firstLine: 'Baris pertama', caption: 'Keterangan', status: 'Status', overridden: 'Dilewati', findingsLeft: 'Temuan', note: 'Catatan',
  },
  platform: { instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok' },
  purpose: { informatif: 'Informatif', edukatif: 'Edukatif', promotif: 'Promotif', none: 'Tanpa templat' },
  posted: 'Terposting',
  notPosted: 'Tidak jadi',
  yes: 'Ya',
  no: 'Tidak',
  noProfile: 'Tanpa profil',
};

describe('reportCsv', () => {
  it('has one row per post with the report words and neutralised text', () => {
    const nik = { ruleId: 'nik', category: 'personal-data', severity: 'error' } as const;
    const entries = [
      entryFor({ id: 'a', postedAt: wib('2026-11-02 08:05'), templateId: 't1', purpose: 'informatif', firstLine: 'Pelayanan, "gratis"' }),
      entryFor({ id: 'b', postedAt: wib('2026-11-03 09:00'), platform: 'tiktok', profileId: null, posted: false, note: '=1+1', overridden: true, findingsLeft: [nik, nik] }),
    ];
    const model = buildReport(entries, [profileFor({ id: 'kominfo', officialName: 'Diskominfo' })], { month: '2026-11', profileIds: [] });
    const csv = reportCsv(model, labels, (id) => (id === 't1' ? 'Layanan keliling' : null));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFWaktu,Zona,Platform,Profil,Templat,Kategori,Baris pertama,Keterangan,Status,Dilewati,Temuan,Catatan',
      "2026-11-03 09:00,WIB,TikTok,Tanpa profil,,Tanpa templat,Layanan KTP-el keliling,,Tidak jadi,Ya,nik,'=1+1",
      '2026-11-02 08:05,WIB,Instagram,Diskominfo,Layanan keliling,Informatif,"Pelayanan, ""gratis""",,Terposting,Tidak,,',
      '',
    ]);
  });
});
