// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { uiLang } from '../../lib/i18n';
import { entryFor, profileFor, wib } from '../../lib/journal/testing';
import { ReportPage } from './ReportPage';
import { createReportState, loadEntries, loadPreset } from './report-state';
import { fakeJournalPageDeps, settle, type FakeJournalPageDeps } from './testing';
import { PAGE_SIZE } from './PostList';

const profiles = [profileFor({ id: 'kominfo', officialName: 'Diskominfo Contoh' }), profileFor({ id: 'dinkes', officialName: 'Dinas Kesehatan' })];
const templates = [{ id: 'banjir', title: { id: 'Imbauan banjir', en: 'Flood warning' }, category: 'imbauan', purpose: 'edukatif' as const, fields: [], body: 'x' }];
const nik = { ruleId: 'personal-data/nik', category: 'personal-data', severity: 'error' } as const;

let root: HTMLElement;
let deps: FakeJournalPageDeps;

async function open(entries = [
  entryFor({ id: 'a', postedAt: wib('2026-11-02 08:00'), templateId: 'banjir', purpose: 'edukatif', firstLine: '<img src=x onerror=alert(1)> Waspada banjir' }),
  entryFor({ id: 'b', postedAt: wib('2026-11-10 09:00'), platform: 'facebook', profileId: 'dinkes', overridden: true, findingsLeft: [nik] }),
  entryFor({ id: 'c', postedAt: wib('2026-10-10 09:00'), platform: 'tiktok' }),
]) {
  deps = fakeJournalPageDeps({ entries, profiles, templates });
  const state = createReportState('2026-11');
  render(<ReportPage deps={deps} state={state} />, root);
  await loadPreset(deps, state);
  await loadEntries(deps, state);
  await settle();
  return state;
}

const q = (selector: string) => root.querySelector<HTMLElement>(selector);
const rows = () => [...root.querySelectorAll<HTMLElement>('tr[data-entry-id]')].map((row) => row.dataset.entryId);

beforeEach(() => {
  uiLang.value = 'id';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('report page', () => {
  it('shows the month counts, the chart table and the posts, captions as text', async () => {
    await open();
    expect(q('[data-total]')?.textContent).toBe('Jumlah unggahan: 2');
    expect(q('[data-count="instagram"]')?.textContent).toBe('1');
    expect(q('[data-count="facebook"]')?.textContent).toBe('1');
    expect(q('[data-count="edukatif"]')?.textContent).toBe('1');
    expect(q('svg[role="img"]')?.getAttribute('aria-label')).toContain('November 2026');
    expect(rows()).toEqual(['b', 'a']);
    expect(q('tr[data-entry-id="a"] [data-field="first-line"]')?.textContent).toBe('<img src=x onerror=alert(1)> Waspada banjir');
    expect(root.querySelector('img')).toBeNull();
    expect(q('tr[data-entry-id="a"]')?.textContent).toContain('Imbauan banjir');
    expect(q('[data-rule-id="personal-data/nik"]')?.textContent).toContain('Data pribadi');
  });

  it('filters by profile', async () => {
    await open();
    const box = q('input[data-profile="dinkes"]') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(rows()).toEqual(['b']);
    expect((q('input[data-profile="*"]') as HTMLInputElement).checked).toBe(false);
  });

  it('marks a post as not posted, which takes it out of the counts', async () => {
    await open();
    q('tr[data-entry-id="a"] [data-action="toggle-posted"]')?.click();
    await settle();
    expect(q('tr[data-entry-id="a"]')?.dataset.posted).toBe('false');
    expect(q('[data-total]')?.textContent).toBe('Jumlah unggahan: 1');
    expect((await deps.backend.journal.get('a'))?.posted).toBe(false);
  });

  it('saves a note and deletes after confirmation', async () => {
    await open();
    const input = q('tr[data-entry-id="a"] input[type="text"]') as HTMLInputElement;
    input.value = 'Dicek Bu Sri';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    q('tr[data-entry-id="a"] form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(q('tr[data-entry-id="a"] [data-field="note"]')?.textContent).toBe('Dicek Bu Sri');
    expect(q('[data-status]')?.textContent).toBe('Catatan disimpan.');

    deps.answers.push(false, true);
    q('tr[data-entry-id="b"] [data-action="delete"]')?.click();
    await settle();
    expect(rows()).toEqual(['b', 'a']);
    q('tr[data-entry-id="b"] [data-action="delete"]')?.click();
    await settle();
    expect(rows()).toEqual(['a']);
  });

  it('exports the month as CSV, one row per post', async () => {
    await open();
    q('[data-action="export-csv"]')?.click();
    const [download] = deps.downloads;
    expect(download?.fileName).toBe('saring-laporan-2026-11.csv');
    const lines = download?.text.split('\r\n') ?? [];
    expect(lines[0]?.startsWith('\uFEFFWaktu,Zona,Platform')).toBe(true);
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      '2026-11-10 09:00,WIB,Facebook,Dinas Kesehatan',
      '2026-11-02 08:00,WIB,Instagram,Diskominfo Contoh',
    ]);
  });

  it('turns full captions on for the next posts', async () => {
    await open();
    const box = q('input[data-setting="full-caption"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await deps.backend.readUi()).journal.fullCaption).toBe(true);
    expect(q('[data-status]')?.textContent).toBe('Pengaturan jurnal disimpan.');
  });

  it('shows posts a page at a time', async () => {
    const many = Array.from({ length: PAGE_SIZE + 30 }, (_, i) => entryFor({ id: `m${i}`, postedAt: wib('2026-11-03 08:00') + i * 60_000 }));
    await open(many);
    expect(rows()).toHaveLength(PAGE_SIZE);
    q('[data-action="show-more"]')?.click();
    await settle();
    expect(rows()).toHaveLength(PAGE_SIZE + 30);
    expect(q('[data-action="show-more"]')).toBeNull();
  });

  it('downloads a backup and refuses a broken one without changing anything', async () => {
    await open();
    q('[data-action="backup-export"]')?.click();
    await settle();
    expect(deps.downloads[0]?.fileName).toMatch(/^saring-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
    const input = q('[data-action="backup-import"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"format":"nope"}'], 'x.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(q('[data-status]')?.textContent).toContain('bukan cadangan Saring');
    expect(rows()).toEqual(['b', 'a']);
  });
});

describe('report file for the Diskominfo', () => {
  it('exports the chosen month and profiles as a saring-report file with counts only', async () => {
    await open();
    root.querySelector<HTMLButtonElement>('[data-action="export-report-file"]')!.click();
    await settle();
    expect(deps.downloads.map((item) => item.fileName)).toEqual(['saring-laporan-semua-2026-11.json']);
    const file = JSON.parse(deps.downloads[0]!.text) as { format: string; period: unknown; institutions: Array<{ profileId: string; days: Array<{ posts: number }> }> };
    expect(file.format).toBe('saring-report');
    expect(file.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(file.institutions.map((item) => [item.profileId, item.days.reduce((sum, day) => sum + day.posts, 0)])).toEqual([
      ['kominfo', 1],
      ['dinkes', 1],
    ]);
    expect(deps.downloads[0]!.text).not.toContain('Waspada banjir');
  });

  it('turns the monthly autosave on only with the downloads permission, into a safe folder', async () => {
    await open();
    const box = () => root.querySelector<HTMLInputElement>('[data-action="autosave"]')!;
    deps.downloadsAllowed = false;
    box().click();
    await settle();
    expect(deps.autosave.enabled).toBe(false);
    expect(q('[data-status]')?.textContent).toBe('Izin unduhan tidak diberikan; penyimpanan otomatis tetap mati.');
    const folder = root.querySelector<HTMLInputElement>('#autosave-folder')!;
    folder.value = '../Dokumen';
    folder.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    deps.downloadsAllowed = true;
    box().click();
    await settle();
    expect(deps.autosave.enabled).toBe(false);
    folder.value = 'Laporan Saring';
    folder.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    box().click();
    await settle();
    expect(deps.autosave).toEqual({ enabled: true, folder: 'Laporan Saring', lastMonth: null });
    expect(q('[data-status]')?.textContent).toBe('Penyimpanan otomatis aktif: berkas bulan lalu disimpan di Unduhan/Laporan Saring.');
  });

  it('heads the report with the institution, its logo and the period, and ends it with the signature block from the profile', async () => {
    const signed = profileFor({
      id: 'kominfo',
      officialName: 'Diskominfo Contoh',
      logo: 'data:image/png;base64,iVBORw0KGgo=',
      signatory: { name: 'Drs. Bambang Sutrisno, M.Si.', nip: '196805121994031005', position: 'Kepala Dinas' },
    });
    deps = fakeJournalPageDeps({ entries: [entryFor({ id: 'a', postedAt: wib('2026-11-02 08:00'), overridden: true, findingsLeft: [{ ruleId: 'personal-phone', category: 'personal-data', severity: 'error' }] })], profiles: [signed, profiles[1]!], templates });
    const state = createReportState('2026-11');
    render(<ReportPage deps={deps} state={state} />, root);
    await loadPreset(deps, state);
    await loadEntries(deps, state);
    await settle();
    expect(q('[data-letterhead="institution"]')?.textContent).toBe('Diskominfo Contoh');
    expect(q('[data-letterhead="logo"]')?.getAttribute('src')).toBe(signed.logo);
    expect(q('[data-letterhead="logo"]')?.getAttribute('alt')).toBe('Logo Diskominfo Contoh');
    expect(q('[data-letterhead="period"]')?.textContent).toBe('Periode: 1–30 November 2026');
    expect(q('[data-signature="name"]')?.textContent).toBe('Drs. Bambang Sutrisno, M.Si.');
    expect(q('[data-signature="nip"]')?.textContent).toBe('NIP 19680512 199403 1 005');
    expect(q('[data-signature="position"]')?.textContent).toBe('Kepala Dinas');
    expect(q('[data-signature="missing"]')).toBeNull();
    // The signature comes after everything that is printed.
    const sections = [...root.querySelectorAll('[data-section]')].map((el) => el.getAttribute('data-section'));
    expect(sections.indexOf('signature')).toBeGreaterThan(sections.indexOf('replies'));
    expect(sections.indexOf('signature')).toBeGreaterThan(sections.indexOf('overridden'));
    // Checks overridden in a post are named, not shown by rule id.
    expect(q('tr[data-entry-id="a"] [data-field="overridden"]')?.textContent).toContain('Nomor ponsel pribadi');
    expect(q('tr[data-entry-id="a"] [data-field="overridden"]')?.textContent).not.toContain('personal-phone');

    // A profile without a signatory: the block is left to fill in by hand, and the page says where to set it.
    state.profileIds.value = ['dinkes'];
    await settle();
    expect(q('[data-letterhead="institution"]')?.textContent).toBe('Dinas Kesehatan');
    expect(q('[data-letterhead="logo"]')).toBeNull();
    expect(q('[data-signature="missing"]')?.textContent).toContain('Pengaturan');
    expect(q('[data-signature="nip"]')?.textContent).toMatch(/^NIP \.+$/);
  });
});
