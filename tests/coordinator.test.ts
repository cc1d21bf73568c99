/**
 * The Diskominfo's view (issue 19) with the built extension in Chromium: three admins' journals in
 * three profiles become three report files through the report page's own button, and the
 * coordinator page opened on those files (plus a foreign one) shows the silent account first, the
 * override counts, names the file it skipped, and exports its CSV.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { makeBackup } from '../lib/journal/backup';
import { entryFor } from '../lib/journal/testing';
import { allowDownloads, launchBrowser, waitForFinishedDownload, openExtensionPage, type LaunchedBrowser } from './harness/browser';

const port = inject('fixturePort');
const DAY = 86_400_000;
let launched: LaunchedBrowser;
let downloads: string;

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate((t: string, p: unknown) => chrome.runtime.sendMessage({ saring: 1, type: t, payload: p }), type, payload);
}

const profile = (id: string, name: string, type: string) => ({
  id,
  officialName: name,
  handles: { instagram: id.replace(/-/g, '_') },
  timeZone: 'WIB',
  institutionType: type,
  activity: { postsPerWeek: 2, silentAfterDays: 7 },
});

const pack = {
  format: 'saring-pack',
  version: 1,
  id: 'kabupaten-contoh',
  name: 'Paket Diskominfo Kabupaten Contoh',
  publisher: { name: 'Diskominfo Kabupaten Contoh' },
  updated: '2026-11-01',
  profiles: [profile('dinkes', 'Dinas Kesehatan', 'opd'), profile('desa-sukamaju', 'Pemerintah Desa Sukamaju', 'desa'), profile('kec-mlati', 'Kecamatan Mlati', 'kecamatan')],
};

const phone = { ruleId: 'personal-phone', category: 'personal-data', severity: 'warning' } as const;

function journal(now: number) {
  return [
    entryFor({ id: 'd1', profileId: 'dinkes', postedAt: now - 1 * DAY, templateId: 'jadwal-layanan' }),
    entryFor({ id: 'd2', profileId: 'dinkes', postedAt: now - 3 * DAY, overridden: true, findingsLeft: [phone] }),
    entryFor({ id: 'd3', profileId: 'dinkes', postedAt: now - 5 * DAY, kind: 'reply' }),
    // Silent for 20 days: the coordinator should see it first.
    entryFor({ id: 's1', profileId: 'desa-sukamaju', postedAt: now - 20 * DAY, overridden: true, findingsLeft: [phone], firstLine: 'Hubungi Pak Kades 0812 3456 7890' }),
    entryFor({ id: 'k1', profileId: 'kec-mlati', postedAt: now - 2 * DAY, overridden: true, findingsLeft: [phone] }),
  ];
}

const isoDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

async function waitForDownload(prefix: string): Promise<string> {
  return join(downloads, await waitForFinishedDownload(downloads, (name) => name.startsWith(prefix)));
}

async function setValue(page: Page, css: string, value: string): Promise<void> {
  await page.$eval(
    css,
    (element, text) => {
      (element as HTMLInputElement).value = text as string;
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

beforeAll(async () => {
  launched = await launchBrowser({ port, extension: true });
  downloads = mkdtempSync(join(tmpdir(), 'saring-coordinator-'));
  await allowDownloads(launched.browser, downloads);
  const { page } = await openExtensionPage(launched.browser, 'report.html');
  expect(await send(page, 'settings:set', { lang: 'id' })).toMatchObject({ ok: true });
  expect(await send(page, 'pack:import', { text: JSON.stringify(pack) })).toMatchObject({ ok: true, data: { ok: true } });
  const backup = makeBackup({ journal: journal(Date.now()), progress: [], ui: { lang: 'id' } as never }, Date.now());
  expect(await send(page, 'backup:import', { text: backup.text })).toMatchObject({ ok: true, data: { ok: true } });
  await page.close();
});
afterAll(async () => {
  await launched.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('coordinator view', () => {
  const files: string[] = [];

  it('exports one report file per admin from the report page', async () => {
    const { page, errors } = await openExtensionPage(launched.browser, 'report.html');
    await page.waitForSelector('[data-action="export-report-file"]');
    await page.waitForSelector('input[data-profile="kec-mlati"]');
    const from = isoDay(Date.now() - 40 * DAY);
    const to = isoDay(Date.now());
    await setValue(page, '#report-file-from', from);
    await setValue(page, '#report-file-to', to);
    let previous: string | null = null;
    for (const id of ['dinkes', 'desa-sukamaju', 'kec-mlati']) {
      if (previous) await page.click(`input[data-profile="${previous}"]`);
      await page.click(`input[data-profile="${id}"]`);
      await page.waitForFunction(
        (wanted: string) => [...document.querySelectorAll<HTMLInputElement>('input[data-profile]')].filter((box) => box.checked).map((box) => box.dataset.profile).join() === wanted,
        {},
        id,
      );
      await page.click('[data-action="export-report-file"]');
      files.push(await waitForDownload(`saring-laporan-${id}-`));
      previous = id;
    }
    expect(files.map((file) => file.split('/').at(-1))).toEqual(['dinkes', 'desa-sukamaju', 'kec-mlati'].map((id) => `saring-laporan-${id}-${from}_${to}.json`));
    const text = readFileSync(files[1]!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'saring-report', institutions: [{ profileId: 'desa-sukamaju', type: 'desa' }] });
    expect(text).not.toContain('0812');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the silent account first, the override counts, skips a foreign file, and exports CSV', async () => {
    const { page, errors } = await openExtensionPage(launched.browser, 'coordinator.html');
    const input = (await page.waitForSelector('input[data-action="open-reports"]')) as ElementHandle<HTMLInputElement>;
    const foreign = join(downloads, 'bukan-laporan.json');
    await import('node:fs').then((fs) => fs.writeFileSync(foreign, JSON.stringify(pack)));
    await input.uploadFile(...files, foreign);
    await page.waitForSelector('tr[data-profile-id]');
    const rows = await page.$$eval('tr[data-profile-id]', (items) => items.map((row) => `${row.getAttribute('data-profile-id')}:${row.getAttribute('data-silent')}`));
    // Silent first; then the longest quiet: Mlati posted 2 days ago, Dinkes yesterday.
    expect(rows).toEqual(['desa-sukamaju:true', 'kec-mlati:false', 'dinkes:false']);
    expect(await page.$eval('tr[data-rule-id="personal-phone"]', (row) => row.getAttribute('data-count'))).toBe('3');
    expect(await page.$eval('[data-skipped="bukan-laporan.json"]', (item) => item.textContent)).toContain('bukan berkas laporan Saring');
    await page.click('[data-action="export-csv"]');
    const csv = readFileSync(await waitForDownload('saring-pantauan-'), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[3]).toMatch(/^Pemerintah Desa Sukamaju,Desa,Instagram,desa_sukamaju,1,.*,2,20,Diam,/);
    expect(lines.filter((line) => /^Nomor ponsel pribadi,[^,]+,3,3$/.test(line))).toHaveLength(1);
    const axe = await new AxePuppeteer(page).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
