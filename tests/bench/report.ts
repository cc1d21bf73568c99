/**
 * Issue 8's budget: the monthly report for 10,000 journal entries renders in ≤ 200 ms (model
 * building + Preact render). Measured two ways:
 *  - happy-dom in Node (always): buildReport + the first render of <ReportPage>, timed around one
 *    synchronous render call;
 *  - real Chromium (when the extension is built): 10,000 entries restored from a backup, report.html
 *    opened, and the page's own user-timing marks read (data arrived → DOM committed).
 * Runnable alone: `npx tsx tests/bench/report.ts`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JournalEntry } from '../../lib/messaging/protocol';
import { buildReport } from '../../lib/journal/report';
import { makeBackup } from '../../lib/journal/backup';
import { entryFor, profileFor } from '../../lib/journal/testing';
import { PLATFORMS } from '../../lib/checks/types';
import { PAGE_SIZE } from '../../components/journal/PostList';

const ENTRIES = 10_000;
const BUDGET_MS = 200;
const MONTH = '2026-11';

function entries(): JournalEntry[] {
  const start = Date.parse('2026-11-01T00:00:00+07:00');
  const span = 29 * 86_400_000;
  const purposes = ['informatif', 'edukatif', 'promotif', null] as const;
  return Array.from({ length: ENTRIES }, (_, i) =>
    entryFor({
      id: `bench-${i}`,
      postedAt: start + Math.floor((i / ENTRIES) * span),
      platform: PLATFORMS[i % 3] ?? 'instagram',
      profileId: `p${i % 5}`,
      purpose: purposes[i % 4] ?? null,
      overridden: i % 17 === 0,
      findingsLeft: i % 17 === 0 ? [{ ruleId: 'personal-data/nik', category: 'personal-data', severity: 'error' }] : [],
      firstLine: `Posting ke-${i}: layanan perekaman KTP elektronik keliling di kecamatan`,
    }),
  );
}

const profiles = Array.from({ length: 5 }, (_, i) => profileFor({ id: `p${i}`, officialName: `Dinas Contoh ${i}` }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
}

async function happyDom(data: JournalEntry[]): Promise<Record<string, number>> {
  const { Window } = await import('happy-dom');
  const window = new Window({ url: 'chrome-extension://bench/report.html' });
  Object.assign(globalThis, { window, document: window.document, navigator: window.navigator });
  const { render } = await import('preact');
  const { h } = await import('preact');
  const { ReportPage } = await import('../../components/journal/ReportPage');
  const { createReportState } = await import('../../components/journal/report-state');
  const { fakeJournalPageDeps } = await import('../../components/journal/testing');
  const deps = fakeJournalPageDeps({ profiles });
  const model: number[] = [];
  const total: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const t0 = performance.now();
    buildReport(data, profiles, { month: MONTH, profileIds: [] });
    model.push(performance.now() - t0);

    const root = window.document.createElement('div');
    window.document.body.append(root as never);
    const state = createReportState(MONTH);
    state.profiles.value = profiles;
    state.entries.value = data;
    const t1 = performance.now();
    render(h(ReportPage, { deps, state }), root as never);
    total.push(performance.now() - t1);
    render(null, root as never);
    root.remove();
  }
  await window.happyDOM.close();
  return { 'model build ms (Node, median of 5)': median(model), 'model + render ms (happy-dom, median of 5)': median(total) };
}

async function chromium(data: JournalEntry[]): Promise<Record<string, number | string>> {
  const { extensionDir } = await import('../harness/paths');
  if (!existsSync(join(extensionDir, 'manifest.json'))) return { chromium: 'skipped: run `npm run build` first' };
  const { launchBrowser, openExtensionPage } = await import('../harness/browser');
  const launched = await launchBrowser({ port: 9, extension: true });
  try {
    const ui = { lang: 'id' as const, activeProfiles: {}, panel: { collapsed: false, side: 'right' as const, offsetY: 0 }, journal: { fullCaption: false, reminders: false }, tourSeen: true };
    const { text } = makeBackup({ journal: data, progress: [], ui }, Date.now());
    const seeder = await openExtensionPage(launched.browser, 'popup.html');
    const reply = await seeder.page.evaluate(
      (backup: string) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          saring: 1,
          type: 'backup:import',
          payload: { text: backup },
        }),
      text,
    );
    await seeder.page.close();
    if (!(reply as { ok?: boolean; data?: { ok?: boolean } })?.data?.ok) return { chromium: `seeding failed: ${JSON.stringify(reply).slice(0, 200)}` };
    const runs: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const { page } = await openExtensionPage(launched.browser, `report.html?month=${MONTH}`);
      await page.waitForSelector(`[data-total="${ENTRIES}"]`, { timeout: 60_000 });
      runs.push(
        await page.evaluate(() => {
          const data = performance.getEntriesByName('saring:report-data').at(-1);
          const rendered = performance.getEntriesByName('saring:report-rendered').at(-1);
          return data && rendered ? rendered.startTime - data.startTime : Number.NaN;
        }),
      );
      await page.close();
    }
    return { 'model + render ms (Chromium, median of 3)': median(runs) };
  } finally {
    await launched.close();
  }
}

export async function benchReport(): Promise<Record<string, number | string>> {
  const data = entries();
  const figures: Record<string, number | string> = { entries: ENTRIES, 'budget ms': BUDGET_MS, 'posts rendered (first page)': PAGE_SIZE };
  Object.assign(figures, await happyDom(data));
  try {
    Object.assign(figures, await chromium(data));
  } catch (error) {
    figures.chromium = `skipped: ${error instanceof Error ? error.message : String(error)}`;
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchReport());
}
