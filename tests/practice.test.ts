/**
 * Practice mode (issue 7) in real Chromium with the built extension: the first-run tour, exercises
 * completed on all three simulated composers through the real panel, a trainer's class pack with
 * its own exercises, a progress summary exported and read back in the trainer view, and axe.
 * The tests run in order in one browser profile, as one trainee's session would.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { allowDownloads, inPanel, waitForFinishedDownload } from './harness/browser';
import { SERIOUS_ROW, practiceSuite } from './harness/practice';
import { repoRoot } from './harness/paths';

const PACK_FIXTURE = join(repoRoot, 'tests', 'fixtures', 'packs', 'bimtek-class.json');

const suite = practiceSuite();
const { openPractice } = suite;

function caption(page: Page, platform: string): Promise<string> {
  return page.$eval(`#caption-${platform}`, (el) => (el as HTMLTextAreaElement).value);
}

async function startExercise(page: Page, id: string): Promise<void> {
  await page.click(`.exercise[data-exercise-id="${id}"] [data-action="start-exercise"]`);
  await page.waitForSelector(`[data-practice="exercise"][data-exercise-id="${id}"]`);
}

/** Clicks the panel's first fix on an error or warning until none is left that has a fix. */
async function fixEverything(page: Page, platform: string): Promise<number> {
  await page.waitForSelector(inPanel(platform, SERIOUS_ROW));
  let applied = 0;
  for (let round = 0; round < 30; round += 1) {
    let button = null;
    for (const row of await page.$$(inPanel(platform, SERIOUS_ROW))) {
      button = await row.$('button[data-action="apply-fix"]');
      if (button) break;
    }
    if (!button) break;
    const before = await caption(page, platform);
    await button.click();
    await page.waitForFunction(
      (id, text) => (document.getElementById(id) as HTMLTextAreaElement | null)?.value !== text,
      {},
      `caption-${platform}`,
      before,
    );
    applied += 1;
  }
  return applied;
}

async function resultScore(page: Page, id: string): Promise<number> {
  const card = await page.waitForSelector(`[data-saring="practice-result"][data-exercise-id="${id}"]`);
  return Number(await card?.evaluate((el) => el.getAttribute('data-score')));
}

describe('practice mode', () => {
  it('shows the guided tour on first run, driven by the keyboard, and again on demand', async () => {
    const page = await openPractice();
    const dialog = await page.waitForSelector('[data-saring="tour"] [role="dialog"]');
    const axe = await new AxePuppeteer(page).include('[data-saring="tour"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const steps: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const step = await page.$eval('[data-saring="tour"] [role="dialog"]', (el) => ({
        id: el.getAttribute('data-step') ?? '',
        focused: document.activeElement === el,
        highlighted: document.querySelector('.tour__highlight') !== null,
      }));
      expect(step.focused).toBe(true);
      expect(step.highlighted).toBe(true);
      steps.push(step.id);
      await page.keyboard.press('Enter');
      const next = await page.waitForFunction(
        (previous) => document.querySelector('[data-saring="tour"] [role="dialog"]')?.getAttribute('data-step') !== previous,
        {},
        step.id,
      );
      await next.dispose();
      if (!(await page.$('[data-saring="tour"]'))) break;
    }
    // The first step's dialog is a labelled modal (focus stays in it while the tour runs).
    expect(await dialog?.evaluate((el) => [el.getAttribute('aria-modal'), el.getAttribute('aria-labelledby')])).toEqual(['true', 'tour-title']);
    expect(steps).toEqual(['counters', 'findings', 'fixes', 'templates', 'prompt', 'profiles', 'packs']);
    // The page records "seen" with a message as the tour closes: wait for the store to have it.
    await expect
      .poll(() => page.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'settings:get', payload: {} })), { timeout: 15_000, interval: 100 })
      .toMatchObject({ ok: true, data: { tourSeen: true } });

    // On demand: the button opens it; Escape skips it and gives focus back to the button.
    await page.click('[data-action="start-tour"]');
    await page.waitForSelector('[data-saring="tour"] [role="dialog"][data-step="counters"]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-saring="tour"]'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('start-tour');
  });

  it('stops the Share click while errors remain, with the real prompt', async () => {
    const page = await openPractice();
    await startExercise(page, 'latihan-tagar-berlebih');
    await page.waitForSelector(inPanel('instagram', 'li.finding[data-severity="error"][data-category="hashtag"]'));
    await page.click('#workspace-instagram [data-practice="post"]');
    await page.waitForSelector(inPanel('instagram', '[data-saring="prompt"]'));
    await (await page.$(inPanel('instagram', '[data-action="fix-first"]')))?.click();
    await page.waitForFunction(
      (host) => !document.querySelector(host)?.shadowRoot?.querySelector('[data-saring="prompt"]'),
      {},
      '[data-saring="panel"][data-platform="instagram"]',
    );
    expect(await page.$('[data-saring="practice-result"]')).toBeNull();
  });

  it.each([
    ['instagram', 'latihan-tagar-berlebih'],
    ['facebook', 'latihan-nama-resmi'],
    ['tiktok', 'latihan-tagar-tiktok'],
  ])('completes an exercise on the %s composer through the panel', async (platform, id) => {
    const page = await openPractice();
    await startExercise(page, id);
    const applied = await fixEverything(page, platform);
    expect(applied).toBeGreaterThan(0);
    expect(await page.$$(inPanel(platform, SERIOUS_ROW))).toHaveLength(0);
    await page.click(`#workspace-${platform} [data-practice="post"]`);
    expect(await resultScore(page, id)).toBe(100);
    const statuses = await page.$$eval(`[data-saring="practice-result"] .problem`, (els) => els.map((el) => el.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['fixed']));
    // Every problem is explained at the end: the rule's message and its reference.
    const explained = await page.$$eval('[data-saring="practice-result"] .problem', (els) =>
      els.every((el) => el.querySelector('.problem__head') && el.querySelector('.problem__reference')),
    );
    expect(explained).toBe(true);
    await page.waitForSelector(`[data-practice="attempts"] tr[data-exercise-id="${id}"]`);
  });

  it('judges a template exercise by the template the panel inserted', async () => {
    const page = await openPractice();
    await startExercise(page, 'latihan-templat-laporan');
    await (await page.waitForSelector(inPanel('instagram', '[data-action="open-templates"]')))?.click();
    await (await page.waitForSelector(inPanel('instagram', '[data-template-id="laporan-kegiatan"]')))?.click();
    const fill = async (field: string, text: string) => {
      const input = await page.waitForSelector(inPanel('instagram', `[data-field="${field}"]`));
      await input?.type(text);
    };
    await fill('kegiatan', 'rapat koordinasi percepatan penurunan stunting');
    await fill('tempat', 'Aula Sekretariat Daerah');
    await fill('hasil', 'Rapat menyepakati pendampingan keluarga berisiko stunting di setiap desa.');
    await (await page.waitForSelector(inPanel('instagram', '[data-action="replace-with-template"]')))?.click();
    await page.waitForFunction(() => (document.getElementById('caption-instagram') as HTMLTextAreaElement).value.includes('Aula Sekretariat Daerah'));
    await page.click('#workspace-instagram [data-practice="post"]');
    expect(await resultScore(page, 'latihan-templat-laporan')).toBe(100);
  });

  it("imports a trainer's class pack and practises its own exercise", async () => {
    const page = await openPractice();
    const input = await page.waitForSelector('#pack-file');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(PACK_FIXTURE);
    await page.waitForSelector('[data-practice="pack-preview"]');
    await page.click('[data-action="import-pack"]');
    const item = '.exercise[data-exercise-id="kelas-undangan-musrenbang"][data-source="pack"]';
    await page.waitForSelector(item);
    // Listed after every built-in exercise.
    const order = await page.$$eval('.exercise', (els) => els.map((el) => el.getAttribute('data-source')));
    expect(order.indexOf('pack')).toBe(order.lastIndexOf('builtin') + 1);
    await startExercise(page, 'kelas-undangan-musrenbang');
    expect(await caption(page, 'facebook')).toContain("Jum'at");
    expect(await fixEverything(page, 'facebook')).toBeGreaterThanOrEqual(3);
    await page.click('[data-practice="exercise"] [data-action="finish-exercise"]');
    expect(await resultScore(page, 'kelas-undangan-musrenbang')).toBeGreaterThan(0);
    expect(await caption(page, 'facebook')).toContain('Jumat');
  });

  it('exports a progress summary that the trainer view reads back, and refuses a wrong file', async () => {
    const page = await openPractice();
    await allowDownloads(suite.browser(), suite.downloads());
    await page.type('#trainee-name', 'Siti Aminah');
    await page.click('[data-action="export-summary"]');
    const file = await waitForDownload();
    const summary = JSON.parse(readFileSync(join(suite.downloads(), file), 'utf8')) as { format: string; trainee: string; attempts: unknown[] };
    expect(summary.format).toBe('saring-progress');
    expect(summary.trainee).toBe('Siti Aminah');
    expect(summary.attempts.length).toBeGreaterThanOrEqual(4);

    const picker = await page.waitForSelector('#summary-files');
    const upload = picker as unknown as { uploadFile(...paths: string[]): Promise<void> };
    await upload.uploadFile(join(suite.downloads(), file));
    const row = await page.waitForSelector('[data-practice="class-trainees"] tr[data-trainee="Siti Aminah"]');
    expect(await row?.evaluate((el) => el.textContent)).toContain(String(summary.attempts.length));
    await page.waitForSelector('[data-practice="class-exercises"] tr[data-exercise-id="latihan-nama-resmi"]');

    // A pack is not a summary: a clear message, and the class stays as it was.
    const wrong = join(suite.downloads(), 'not-a-summary.json');
    writeFileSync(wrong, readFileSync(PACK_FIXTURE));
    await upload.uploadFile(wrong);
    const message = await page.waitForSelector('[data-practice="summary-errors"] li');
    expect(await message?.evaluate((el) => el.textContent)).toContain('not-a-summary.json');
    expect(await page.$$('[data-practice="class-trainees"] tbody tr')).toHaveLength(1);
  });

  it('has no serious or critical accessibility problems (axe)', async () => {
    const page = await openPractice();
    await startExercise(page, 'latihan-ejaan-imbauan');
    await page.waitForSelector(inPanel('instagram', SERIOUS_ROW));
    await page.click('[data-practice="exercise"] [data-action="show-hint"]');
    await page.click('[data-practice="exercise"] [data-action="finish-exercise"]');
    await page.waitForSelector('[data-saring="practice-result"]');
    const results = await new AxePuppeteer(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Works offline: everything the page loaded came from the extension itself.
    const foreign = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((url) => !/^(chrome-extension|moz-extension|blob|data):/.test(url)),
    );
    expect(foreign).toEqual([]);
  });
});

function waitForDownload(): Promise<string> {
  return waitForFinishedDownload(suite.downloads(), (name) => name.startsWith('saring-latihan-') && name.endsWith('.json'));
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
