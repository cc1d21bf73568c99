/**
 * The options page in real Chromium with the built extension and the real IndexedDB: import a pack
 * file through the preview, see its profile read-only with its locks, export it back (the file
 * holds the same profile), edit a local copy, and switch the page to English.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { allowDownloads, launchBrowser, openExtensionPage, reloadExtensionPage, type LaunchedBrowser, type WatchedPage, waitForFinishedDownload } from './harness/browser';
import { samplePack } from '../lib/presets/fixtures/sample-pack';
import type { Pack } from '../lib/presets/types';
import type { StoreSnapshot } from '../lib/messaging/protocol';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const port = inject('fixturePort');
const POLL = { timeout: 10_000, interval: 100 };
let launched: LaunchedBrowser;
let opened: WatchedPage;
let page: Page;
let workDir: string;

const pack: Pack = samplePack();
const profile = pack.profiles![0]!;
/** The installed pack's id as the store lists it (the store prefixes the source). */
let packRow = '';

async function snapshot(): Promise<StoreSnapshot> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ saring: 1, type: 'store:snapshot', payload: {} }))) as {
    ok: boolean;
    data: StoreSnapshot;
  };
  expect(reply.ok).toBe(true);
  return reply.data;
}

async function text(selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

async function typeInto(selector: string, value: string): Promise<void> {
  await page.$eval(selector, (element) => {
    (element as HTMLInputElement).value = '';
  });
  await page.type(selector, value);
}

async function goTo(section: string): Promise<void> {
  await page.click(`[data-nav="${section}"]`);
  await page.waitForSelector(`[data-section="${section}"]`);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'saring-options-'));
  launched = await launchBrowser({ port, extension: true });
  opened = await openExtensionPage(launched.browser, 'options.html');
  page = opened.page;
  await allowDownloads(launched.browser, workDir);
  await page.waitForSelector('[data-section="packs"]');
});

afterAll(async () => {
  expect(opened.errors).toEqual([]);
  await launched.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('options page', () => {
  it("follows the browser's language until the admin picks Indonesian", async () => {
    // Headless Chromium speaks English and the stored choice is "auto".
    expect(await page.$eval('html', (html) => html.lang)).toBe('en');
    await page.select('select[name="lang"]', 'id');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Pengaturan Saring', POLL);
    expect(await page.$eval('html', (html) => html.lang)).toBe('id');
    expect(await page.$$('[data-testid="pack-list"] [data-pack-id]')).not.toHaveLength(0);
  });

  it('imports a pack file after showing what it adds', async () => {
    const file = join(workDir, 'paket-contoh.json');
    writeFileSync(file, JSON.stringify(pack, null, 2));
    const input = await page.waitForSelector('input[data-action="import-file"]');
    await input!.uploadFile(file);
    await page.waitForSelector('[data-testid="import-preview"]', POLL);
    expect(await text('[data-testid="import-preview"] h4')).toContain(pack.name);
    expect(await text('[data-testid="preview-added"]')).toContain(profile.officialName);
    expect(await text('[data-testid="preview-locks-added"]')).toContain('profiles/pemkab-contoh/hashtags/required');
    // Nothing is stored before the admin confirms.
    expect((await snapshot()).packs.some((p) => p.id === pack.id)).toBe(false);

    await page.click('[data-action="confirm-import"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="import-preview"]'), POLL);
    const installed = (await snapshot()).packs.find((p) => p.name === pack.name);
    expect(installed?.source).toBe('file');
    packRow = `[data-pack-id="${installed!.id}"]`;
    await page.waitForSelector(packRow, POLL);
    expect(await text('[data-testid="notice"]')).toContain(pack.name);
    expect(await text(`${packRow} [data-testid="pack-counts"]`)).toContain('Profil: 1');
  });

  it('reports a broken file with the field that is wrong', async () => {
    const file = join(workDir, 'rusak.json');
    writeFileSync(file, JSON.stringify({ ...pack, id: 'rusak', profiles: [{ ...profile, handles: 'pemkab' }] }));
    const input = await page.$('input[data-action="import-file"]');
    await input!.uploadFile(file);
    await page.waitForSelector('[data-testid="import"] [role="alert"]', POLL);
    expect(await text('[data-testid="import"] [role="alert"]')).toMatch(/profiles/);
    expect(await page.$('[data-testid="import-preview"]')).toBeNull();
  });

  it('shows the imported profile read-only, with who locked what', async () => {
    await goTo('profiles');
    const row = `[data-profile-id="${profile.id}"]`;
    await page.waitForSelector(row, POLL);
    expect(await page.$eval(row, (el) => el.getAttribute('data-origin'))).toBe('pack');
    expect(await text(row)).toContain(profile.officialName);

    await page.click(`${row} [data-action="edit-local-copy"]`);
    await page.waitForSelector('[data-testid="profile-editor"]');
    const required = 'textarea[name="hashtags.required"]';
    expect(await page.$eval(required, (el) => (el as HTMLTextAreaElement).disabled)).toBe(true);
    expect(await page.$eval(required, (el) => el.closest('.field')?.textContent ?? '')).toContain(`Dikunci oleh ${pack.name}`);
  });

  it('saves an edited local copy and keeps the locked hashtags', async () => {
    await typeInto('input[name="tagline"]', 'Contoh Maju Bersama');
    await page.click('[data-action="save-profile"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="profile-editor"]'), POLL);
    const after = await snapshot();
    const local = after.local.profiles.find((p) => p.id === profile.id);
    expect(local?.tagline).toBe('Contoh Maju Bersama');
    const effective = after.effective.profiles.find((p) => p.id === profile.id);
    expect(effective?.hashtags.required).toEqual(profile.hashtags.required);
    expect(effective?.tagline).toBe('Contoh Maju Bersama');
  });

  it('exports the profile back into a pack file', async () => {
    await goTo('packs');
    await typeInto('input[name="export-name"]', 'Paket Ekspor');
    await typeInto('input[name="export-publisher"]', 'Diskominfo Kabupaten Contoh');
    const box = `input[name="export-profiles"][value="${profile.id}"]`;
    // A late re-render can move the list under the pointer; like a person, look and click again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (await page.$eval(box, (element) => (element as HTMLInputElement).checked)) break;
      await page.$eval(box, (element) => element.scrollIntoView({ block: 'center' }));
      await page.click(box);
      // The click has taken when the box shows checked; a re-render that swallowed it gets another.
      await page.waitForFunction((selector: string) => (document.querySelector(selector) as HTMLInputElement | null)?.checked === true, { timeout: 2_000 }, box).catch(() => undefined);
    }
    // Each step must have taken before exporting, as a person would see it on screen.
    const formState = () =>
      page.evaluate(
        (selector: string) => ({
          checked: (document.querySelector(selector) as HTMLInputElement | null)?.checked,
          name: (document.querySelector('input[name="export-name"]') as HTMLInputElement).value,
          publisher: (document.querySelector('input[name="export-publisher"]') as HTMLInputElement).value,
        }),
        box,
      );
    await expect.poll(formState, POLL).toEqual({ checked: true, name: 'Paket Ekspor', publisher: 'Diskominfo Kabupaten Contoh' });
    await page.click('[data-action="export-pack"]');
    await page.waitForFunction(() => /\.saring\.json/.test(document.querySelector('[data-testid="notice"]')?.textContent ?? ''), POLL);
    await waitForFinishedDownload(workDir, (name) => name.endsWith('.saring.json'));
    const files = readdirSync(workDir).filter((name) => name.endsWith('.saring.json'));
    expect(files).toHaveLength(1);
    const exported = JSON.parse(readFileSync(join(workDir, files[0]!), 'utf8')) as Pack;
    expect(exported.name).toBe('Paket Ekspor');
    expect(exported.profiles?.map((p) => p.id)).toEqual([profile.id]);
    expect(exported.profiles?.[0]).toMatchObject({ ...profile, tagline: 'Contoh Maju Bersama' });
  });

  it('moves and disables packs', async () => {
    const ids = () => page.$$eval('[data-testid="pack-list"] [data-pack-id]', (rows) => rows.map((r) => r.getAttribute('data-pack-id')));
    const before = await ids();
    const id = before.at(-1)!;
    // The newest pack comes last: it wins over the ones above it.
    expect(`[data-pack-id="${id}"]`).toBe(packRow);
    await page.click(`${packRow} [data-action="pack-up"]`);
    await page.waitForFunction((last) => document.querySelector('[data-testid="pack-list"] > li:last-child')?.getAttribute('data-pack-id') !== last, POLL, id);
    expect(await ids()).toEqual([...before.slice(0, -2), id, before.at(-2)]);

    await page.click(`${packRow} [data-action="pack-enable"]`);
    await page.waitForSelector(`${packRow}[data-enabled="false"]`, POLL);
    const lockedHere = async () => Object.keys((await snapshot()).effective.locked).some((path) => path.startsWith(`profiles/${profile.id}/`));
    // A disabled pack takes no part in the merge, so its locks go too.
    expect(await lockedHere()).toBe(false);
    await page.click(`${packRow} [data-action="pack-enable"]`);
    await page.waitForSelector(`${packRow}[data-enabled="true"]`, POLL);
    expect(await lockedHere()).toBe(true);
  });

  it('marks the edited profile as a local copy of the pack', async () => {
    await goTo('profiles');
    const row = `[data-profile-id="${profile.id}"]`;
    expect(await page.$eval(row, (el) => el.getAttribute('data-origin'))).toBe('override');
    // Two packs bring profiles (the built-in one too), so the snapshot cannot say which one.
    expect(await text(row)).toContain('Salinan lokal');
  });

  it('creates and deletes a profile of its own', async () => {
    await page.click('[data-action="new-profile"]');
    await page.waitForSelector('[data-testid="profile-editor"]');
    await page.click('[data-action="save-profile"]');
    // Nothing reaches the store while the form says what is missing.
    await page.waitForSelector('[data-field="officialName"] [role="alert"]');
    await typeInto('input[name="officialName"]', 'Kecamatan Contoh Barat');
    await typeInto('input[name="handles.instagram"]', '@kec.contohbarat');
    await typeInto('textarea[name="hashtags.required"]', '#ContohBarat #KabupatenContoh');
    await page.click('[data-action="save-profile"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="profile-editor"]'), POLL);
    const saved = (await snapshot()).local.profiles.find((p) => p.officialName === 'Kecamatan Contoh Barat');
    expect(saved).toMatchObject({ handles: { instagram: 'kec.contohbarat' }, hashtags: { required: ['ContohBarat', 'KabupatenContoh'] } });

    const row = `[data-profile-id="${saved!.id}"]`;
    expect(await page.$eval(row, (el) => el.getAttribute('data-origin'))).toBe('local');
    await page.click(`${row} [data-action="delete-profile"]`);
    await page.click(`${row} [data-action="confirm-delete-profile"]`);
    await page.waitForFunction((css) => !document.querySelector(css), POLL, row);
    expect((await snapshot()).local.profiles.some((p) => p.id === saved!.id)).toBe(false);
  });

  it('edits a template with its errors beside the text and a live preview', async () => {
    await goTo('templates');
    await page.click('[data-action="new-template"]');
    await page.waitForSelector('[data-testid="template-editor"]');
    await typeInto('input[name="titleId"]', 'Imbauan kerja bakti');
    await typeInto('input[name="category"]', 'imbauan');
    await typeInto('textarea[name="body"]', 'Ayo ikut kerja bakti!\nBersama {profil.nama');
    await page.waitForSelector('#body-errors [data-line="2"][data-column="9"]', POLL);
    await typeInto('textarea[name="body"]', 'Ayo ikut kerja bakti bersama {profil.singkatan}!');
    await page.waitForFunction(() => !document.querySelector('#body-errors li'), POLL);
    await page.select('select[name="preview-profile"]', profile.id);
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="template-preview"]')?.textContent === `Ayo ikut kerja bakti bersama ${name}!`,
      POLL,
      profile.shortNames[0],
    );
    await page.click('[data-action="save-template"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="template-editor"]'), POLL);
    expect((await snapshot()).local.templates.map((x) => x.title.id)).toContain('Imbauan kerja bakti');
  });

  it('has no serious or critical axe violations in any section', async () => {
    for (const section of ['packs', 'profiles', 'templates', 'glossary', 'rules']) {
      await goTo(section);
      const results = await new AxePuppeteer(page).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${section}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  it('switches to English and remembers it', async () => {
    await page.select('select[name="lang"]', 'en');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Saring settings', POLL);
    // The page shows English as soon as it asks the background to store it: wait for the store.
    await expect.poll(async () => (await snapshot()).ui.lang, { timeout: 10_000 }).toBe('en');
    await reloadExtensionPage(page);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Saring settings', POLL);
    expect(await page.$eval('html', (html) => html.lang)).toBe('en');
  });
});
