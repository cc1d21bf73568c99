// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { PanelRoot } from './PanelRoot';
import { createPanelSession } from './session';
import type { PanelDeps } from './deps';
import { DEFAULT_SETTINGS } from '../../lib/checks/defaults';
import { uiLang } from '../../lib/i18n';
import type { PanelPreset } from '../../lib/messaging/protocol';
import type { ComposerHandle, InsertResult } from '../../lib/platforms/types';

/** A composer that keeps its text in a string, the way an editor's model would. */
function fakeComposer(initial: string) {
  let text = initial;
  const listeners: Array<(t: string) => void> = [];
  const done = (): InsertResult => ({ ok: true, text });
  const set = (next: string) => {
    text = next;
    for (const l of listeners) l(text);
  };
  const editor = document.createElement('div');
  const handle: ComposerHandle = {
    platform: 'instagram',
    editor,
    anchor: editor,
    readText: () => text,
    insertAtCaret: async (value) => (set(text + value), done()),
    replaceRange: vi.fn(async (start: number, end: number, value: string) => (set(text.slice(0, start) + value + text.slice(end)), done())),
    replaceAll: async (value) => (set(value), done()),
    restoreCaret: () => {},
    findPostButton: () => null,
    accountName: () => null,
    onChange: (cb) => void listeners.push(cb),
    isConnected: () => true,
  };
  return { handle, type: set, text: () => text };
}

function preset(ui: Partial<PanelPreset['ui']['panel']> = {}): PanelPreset {
  return {
    profiles: [],
    activeProfileId: null,
    glossary: [],
    templates: [],
    settings: DEFAULT_SETTINGS,
    ui: {
      lang: 'id',
      activeProfiles: {},
      panel: { collapsed: false, side: 'right', offsetY: 0, ...ui },
      journal: { fullCaption: false, reminders: false },
      tourSeen: true,
    },
    locked: {},
    messages: { lang: 'id', templates: {} },
  };
}

let root: HTMLElement;
let deps: PanelDeps & { saveUi: ReturnType<typeof vi.fn> };
const flush = () => new Promise((r) => setTimeout(r, 0));

function mount(caption: string, presetValue = preset()) {
  const composer = fakeComposer(caption);
  const presetSignal = signal<PanelPreset | null>(presetValue);
  const session = createPanelSession(composer.handle, presetSignal, new AbortController().signal);
  render(<PanelRoot session={session} deps={deps} />, root);
  return { composer, session, presetSignal };
}

const rows = () => [...root.querySelectorAll<HTMLElement>('li.finding')];

beforeEach(() => {
  uiLang.value = 'id';
  root = document.createElement('div');
  document.body.append(root);
  deps = { saveUi: vi.fn(async () => {}), allowWord: vi.fn(async () => true), recordPost: vi.fn(async () => {}) };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the panel', () => {
  it('shows the findings of the caption, follows typing, and counts characters', async () => {
    const { composer } = mount('Warga dihimbau tertib.');
    expect(root.querySelector('[data-saring="char-count"]')?.textContent).toBe('22 / 2.200');
    expect(rows().some((r) => r.dataset.category === 'spelling' && r.textContent?.includes('“dihimbau”'))).toBe(true);
    composer.type('Warga diimbau tertib.');
    await flush();
    expect(rows().some((r) => r.textContent?.includes('dihimbau'))).toBe(false);
    expect(root.querySelector('[data-saring="char-count"]')?.textContent).toBe('21 / 2.200');
  });

  it('applies a fix to exactly the flagged range', async () => {
    const { composer } = mount('Warga dihimbau tertib.');
    const row = rows().find((r) => r.textContent?.includes('“dihimbau”'));
    row?.querySelector<HTMLButtonElement>('[data-action="apply-fix"]')?.click();
    await flush();
    expect(composer.handle.replaceRange).toHaveBeenCalledWith(6, 14, 'diimbau');
    expect(composer.text()).toBe('Warga diimbau tertib.');
  });

  it('fixes all safe findings from right to left so every range stays right', async () => {
    const { composer } = mount('Silahkan antri. Ijin diurus di sini.');
    root.querySelector<HTMLButtonElement>('[data-action="fix-all"]')?.click();
    for (let i = 0; i < 5; i += 1) await flush();
    expect(composer.text()).toBe('Silakan antre. Izin diurus di sini.');
    const starts = (composer.handle.replaceRange as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0] as number);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('refuses a fix that would cut a picked TikTok tag, says so, and leaves the caption as it was', async () => {
    const { composer } = mount('Warga dihimbau tertib.');
    // What the TikTok handle answers when the range crosses a tag entity (lib/platforms/tiktok-tags.ts).
    (composer.handle.replaceRange as ReturnType<typeof vi.fn>).mockImplementation(async () => ({ ok: false, text: composer.text(), error: 'cuts-tag' }));
    rows().find((r) => r.textContent?.includes('“dihimbau”'))?.querySelector<HTMLButtonElement>('[data-action="apply-fix"]')?.click();
    for (let i = 0; i < 5; i += 1) await flush();
    expect(composer.text()).toBe('Warga dihimbau tertib.');
    expect(root.querySelector('.status')?.textContent).toContain('memotong tag TikTok');
    expect(root.querySelector('.status')?.getAttribute('data-tone')).toBe('error');
  });

  it('fix-all applies the fixes that cut no tag and names the refused one', async () => {
    const { composer } = mount('Silahkan antri. Ijin diurus di sini.');
    const real = composer.handle.replaceRange as ReturnType<typeof vi.fn>;
    const apply = real.getMockImplementation() as (start: number, end: number, value: string) => Promise<unknown>;
    // "antri" sits across a picked tag in this imagined caption: only that range is refused.
    real.mockImplementation(async (start: number, end: number, value: string) =>
      composer.text().slice(start, end) === 'antri' ? { ok: false, text: composer.text(), error: 'cuts-tag' } : apply(start, end, value),
    );
    root.querySelector<HTMLButtonElement>('[data-action="fix-all"]')?.click();
    for (let i = 0; i < 8; i += 1) await flush();
    expect(composer.text()).toBe('Silakan antri. Izin diurus di sini.');
    expect(root.querySelector('.status')?.textContent).toContain('memotong tag TikTok');
  });

  it('ignores a finding for this post only', async () => {
    mount('Warga dihimbau tertib.');
    rows().find((r) => r.textContent?.includes('“dihimbau”'))?.querySelector<HTMLButtonElement>('[data-action="ignore"]')?.click();
    await flush();
    expect(rows().some((r) => r.textContent?.includes('dihimbau'))).toBe(false);
  });

  it('collapses to a badge with the counts, and moves to the other side', async () => {
    const { presetSignal } = mount('NIK 3404074503900001');
    root.querySelector<HTMLButtonElement>('[data-action="move-panel"]')?.click();
    expect(deps.saveUi).toHaveBeenCalledWith({ panel: { side: 'left' } });
    root.querySelector<HTMLButtonElement>('[data-action="collapse"]')?.click();
    expect(deps.saveUi).toHaveBeenCalledWith({ panel: { collapsed: true } });
    presetSignal.value = preset({ collapsed: true });
    await flush();
    const badge = root.querySelector<HTMLButtonElement>('[data-action="expand"]');
    expect(badge?.getAttribute('aria-label')).toMatch(/^Saring: [1-9]\d* kesalahan, \d+ peringatan\. Buka panel\.$/);
    expect(root.querySelector('li.finding')).toBeNull();
  });

  it('shows only its badge where it would cover the composer, until the admin opens it', async () => {
    const { session } = mount('Warga dihimbau tertib.');
    session.crowded.value = true;
    await flush();
    expect(root.querySelector('li.finding')).toBeNull();
    root.querySelector<HTMLButtonElement>('[data-action="expand"]')?.click();
    await flush();
    expect(rows().length).toBeGreaterThan(0);
    // Opening it here is for this composer only, not a saved preference.
    expect(deps.saveUi).not.toHaveBeenCalled();
  });

  it('renders a caption full of markup as text', async () => {
    mount('<img src=x onerror=alert(1)> dihimbau');
    await flush();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('dihimbau');
  });

  it('asks to allow a flagged word for the profile', async () => {
    const withProfile = preset();
    withProfile.profiles = [
      { id: 'p', officialName: 'Desa Contoh', shortNames: [], handles: {}, hashtags: { required: [], recommended: [], forbidden: [] }, contacts: [], timeZone: 'WIB', allowedWords: [] },
    ];
    mount('Warga dihimbau tertib.', withProfile);
    rows().find((r) => r.textContent?.includes('“dihimbau”'))?.querySelector<HTMLButtonElement>('[data-action="allow-word"]')?.click();
    await flush();
    expect(deps.allowWord).toHaveBeenCalledWith('p', 'dihimbau');
    expect(rows().some((r) => r.textContent?.includes('“dihimbau”'))).toBe(false);
  });
});

describe('badge, status and set-up notice', () => {
  it('labels the collapsed badge with its counts, as a tooltip too', async () => {
    mount('Ijin keramaian sudah terbit, hubungi 081234567890.', preset({ collapsed: true }));
    await flush();
    const badge = root.querySelector<HTMLButtonElement>('[data-action="expand"]');
    expect(badge?.title).toBe('Saring: 0 kesalahan, 2 peringatan');
    expect(badge?.getAttribute('aria-label')).toBe('Saring: 0 kesalahan, 2 peringatan. Buka panel.');
    expect(badge?.textContent).toContain('Saring');
  });

  it('shows good news in the ordinary colour and only failures as errors', async () => {
    const { session } = mount('Halo');
    session.status.value = 'templateInserted';
    await flush();
    expect(root.querySelector('.status')?.getAttribute('data-tone')).toBe('ok');
    session.status.value = 'insertFailedMismatch';
    await flush();
    expect(root.querySelector('.status')?.getAttribute('data-tone')).toBe('error');
  });

  it('says Saring is not set up, with a button to the welcome page, while it is not', async () => {
    const openSetup = vi.fn(async () => {});
    deps = { ...deps, openSetup };
    mount('Halo', { ...preset(), setupNeeded: true });
    await flush();
    root.querySelector<HTMLButtonElement>('[data-action="open-setup"]')?.click();
    expect(openSetup).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-saring="setup-needed"]')?.textContent).toContain('Saring belum disiapkan');
  });
});

describe('an empty caption', () => {
  it('is not called ready to post', async () => {
    mount('   ');
    await flush();
    expect(root.querySelector('[data-saring="no-findings"]')).toBeNull();
    expect(root.querySelector('[data-saring="empty-caption"]')?.textContent).toBe('Keterangan masih kosong. Tulis keterangan atau pilih templat.');
  });
});
