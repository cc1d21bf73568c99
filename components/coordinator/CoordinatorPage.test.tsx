// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { uiLang } from '../../lib/i18n';
import { buildReportFile, reportFileText } from '../../lib/journal/report-file';
import { entryFor, profileFor, wib } from '../../lib/journal/testing';
import { settle } from '../journal/testing';
import { CoordinatorPage, type CoordinatorDeps } from './CoordinatorPage';
import { createEngine, type ReportSource } from './engine';

const now = wib('2026-12-01 08:00');
const phone = { ruleId: 'personal-phone', category: 'personal-data', severity: 'warning' } as const;

function reportOf(id: string, name: string, type: 'opd' | 'desa', posts: Array<Parameters<typeof entryFor>[0]>): string {
  const profile = profileFor({ id, officialName: name, institutionType: type, activity: { postsPerWeek: 2 }, handles: { instagram: id.replace(/-/g, '_') } });
  return reportFileText(buildReportFile(posts.map((post) => entryFor({ ...post, profileId: id })), [profile], { from: '2026-11-01', to: '2026-11-30', profileIds: [], now }));
}

const source = (name: string, text: string): ReportSource => ({ name, size: text.length, text: async () => text });

let root: HTMLElement;
let downloads: Array<{ name: string; text: string }>;
let office = '';

function deps(): CoordinatorDeps {
  return {
    engine: createEngine(),
    now: () => now,
    download: (name, text) => downloads.push({ name, text }),
    print: () => undefined,
    header: { read: () => office, write: (name) => (office = name) },
    ruleName: (id) => (id === 'personal-phone' ? 'Nomor ponsel warga' : id),
  };
}

async function choose(files: ReportSource[]): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('[data-action="open-reports"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  await settle();
}

const rowIds = () => [...root.querySelectorAll<HTMLElement>('tr[data-profile-id]')].map((row) => `${row.dataset.profileId}/${row.dataset.platform}/${row.dataset.silent}`);

beforeEach(() => {
  uiLang.value = 'id';
  downloads = [];
  root = document.createElement('div');
  document.body.append(root);
  render(<CoordinatorPage deps={deps()} />, root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('coordinator page', () => {
  const busy = reportOf('dinkes', 'Dinas Kesehatan', 'opd', [
    { id: '1', postedAt: wib('2026-11-27 08:00'), templateId: 't' },
    { id: '2', postedAt: wib('2026-11-29 08:00'), overridden: true, findingsLeft: [phone] },
  ]);
  const quiet = reportOf('desa-sukamaju', 'Pemerintah Desa Sukamaju', 'desa', [{ id: '1', postedAt: wib('2026-11-02 08:00'), overridden: true, findingsLeft: [phone] }]);

  it('shows silent accounts first, the override counts, and names the files it skipped', async () => {
    await choose([source('dinkes.json', busy), source('catatan.txt', 'bukan JSON'), source('sukamaju.json', quiet), source('paket.json', '{"format":"saring-pack","version":1}')]);
    expect(root.querySelector('[data-status]')?.textContent).toBe('2 berkas dibaca, 2 dilewati.');
    expect(rowIds()).toEqual(['desa-sukamaju/instagram/true', 'dinkes/instagram/false']);
    const skipped = [...root.querySelectorAll<HTMLElement>('[data-skipped]')].map((item) => item.textContent);
    expect(skipped).toEqual(['catatan.txt: bukan JSON yang sah (baris 1, kolom 1).', 'paket.json: bukan berkas laporan Saring (format harus "saring-report").']);
    const override = root.querySelector<HTMLElement>('tr[data-rule-id="personal-phone"]')!;
    expect(override.dataset.count).toBe('2');
    expect(override.querySelector('th')?.textContent).toBe('Nomor ponsel warga');
  });

  it('filters by kind of institution and exports the table as CSV', async () => {
    await choose([source('dinkes.json', busy), source('sukamaju.json', quiet)]);
    const type = root.querySelector<HTMLSelectElement>('#coord-type')!;
    type.value = 'opd';
    type.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await settle();
    expect(rowIds()).toEqual(['dinkes/instagram/false']);
    root.querySelector<HTMLButtonElement>('[data-action="export-csv"]')!.click();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('saring-pantauan-2026-11-01_2026-11-30.csv');
    const lines = downloads[0]!.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[2]).toBe('Instansi,Jenis instansi,Platform,Akun,Unggahan,Unggahan per minggu,Target per minggu,Hari sejak unggahan terakhir,Status,Balasan,Memakai templat,Tetap diunggah meski diperingatkan');
    expect(lines[3]).toBe('Dinas Kesehatan,Perangkat daerah (OPD),Instagram,dinkes,2,0.5,2,2,Aktif,0,50,1');
  });

  it('renders names from files as text, never as markup', async () => {
    const hostile = reportOf('x', 'Dinas X', 'opd', []).replace('"Dinas X"', '"<img src=x onerror=alert(1)>"');
    await choose([source('hostile.json', hostile)]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-skipped="hostile.json"]')?.textContent).toContain('name');
  });

  it('keeps the Diskominfo name for the printed header', async () => {
    const input = root.querySelector<HTMLInputElement>('#coord-office')!;
    input.value = 'Diskominfo Kabupaten Sleman';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(office).toBe('Diskominfo Kabupaten Sleman');
    expect(root.querySelector('[data-print-office]')?.textContent).toBe('Diskominfo Kabupaten Sleman');
  });
});
