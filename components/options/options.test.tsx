// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uiLang } from '../../lib/i18n';
import { $, choose, goTo, submit, type } from './dom-testing';
import { mountOptions } from './mount';
import type { RuleInfo } from './rule-settings-form';
import { fakeOptionsDeps, settle, type FakeOptionsDeps } from './testing';

const rules: RuleInfo[] = [
  { id: 'hashtag-limit', category: 'hashtag', severity: 'warning', description: { id: 'Batas tagar', en: 'Hashtag limit' }, takesPhrases: false },
  { id: 'hoax-signs', category: 'hoax', severity: 'warning', description: { id: 'Tanda hoaks', en: 'Hoax signs' }, takesPhrases: true },
];

let root: HTMLElement;
let deps: FakeOptionsDeps;
let unmount: () => void;

async function open(section: string): Promise<void> {
  goTo(section);
  await settle();
}

beforeEach(async () => {
  uiLang.value = 'id';
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
  deps = fakeOptionsDeps();
  unmount = mountOptions(root, deps, rules).unmount;
  await settle();
});

afterEach(() => {
  unmount();
  root.remove();
});

describe('packs', () => {
  it('lists packs in merge order with source, subscription state and locks', () => {
    const rows = [...root.querySelectorAll('[data-pack-id]')];
    expect(rows.map((r) => r.getAttribute('data-pack-id'))).toEqual(['builtin', 'prov-pack']);
    const prov = $(root, '[data-pack-id="prov-pack"]');
    expect(prov.textContent).toContain('Langganan');
    expect($(prov, '[data-testid="last-error"]').textContent).toContain('HTTP 503');
    expect(prov.textContent).toContain('profiles/prov/hashtags/required');
    expect(($(root, '[data-pack-id="builtin"] [data-action="pack-up"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves a pack and re-reads the snapshot', async () => {
    $(root, '[data-pack-id="prov-pack"] [data-action="pack-up"]').click();
    await settle();
    expect(deps.calls.find((c) => c.type === 'pack:order')?.payload).toEqual({ packIds: ['prov-pack', 'builtin'] });
    expect(deps.calls.at(-1)?.type).toBe('store:snapshot');
  });

  it('previews a file, shows field errors, then imports on confirm', async () => {
    deps.replies['pack:preview'] = { ok: false, errors: [{ path: 'profiles[0].handles', message: 'harus objek' }] };
    const input = $(root, '[data-action="import-file"]') as HTMLInputElement;
    const file = new File(['{"format":"saring-pack"}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const errors = $(root, '[data-testid="import"] [role="alert"]');
    expect(errors.textContent).toContain('profiles[0].handles');
    expect(errors.textContent).toContain('harus objek');

    deps.replies['pack:preview'] = {
      ok: true,
      preview: {
        pack: { id: 'p', name: 'Paket <b>Kota</b>', publisher: 'Pemkot', updated: '2026-11-02', version: 1 },
        replaces: true,
        added: [{ kind: 'profiles', id: 'kota', label: 'Pemkot' }],
        changed: [{ kind: 'glossary', id: 'covid', label: 'COVID-19', fields: ['variants'] }],
        removed: [{ kind: 'glossary', id: 'old', label: 'lama' }],
        ruleSettings: ['limits/instagram/hashtags'],
        locks: { added: ['profiles/kota/hashtags/required'], removed: [] },
        safety: [{ ruleId: 'hoax-signs', kind: 'off-refused', severity: 'warning' }],
      },
    };
    deps.replies['pack:import'] = { ok: true, packId: 'p' };
    expect($(root, '[data-testid="notice"]').getAttribute('data-tone')).toBe('error');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    // The valid preview takes the red banner of the broken file away.
    expect(root.querySelector('[data-testid="notice"][data-tone="error"]')).toBeNull();
    expect(root.querySelector('[data-testid="import"] [role="alert"]')).toBeNull();
    const preview = $(root, '[data-testid="import-preview"]');
    expect(preview.textContent).toContain('Paket <b>Kota</b>');
    expect(preview.querySelector('b')).toBeNull();
    expect($(preview, '[data-testid="preview-added"]').textContent).toContain('Pemkot');
    expect($(preview, '[data-testid="preview-removed"]').textContent).toContain('lama');
    expect($(preview, '[data-testid="preview-changed"]').textContent).toContain('variants');
    expect($(preview, '[data-testid="preview-rule-settings"]').textContent).toContain('limits/instagram/hashtags');
    expect($(preview, '[data-testid="preview-locks-added"]').textContent).toContain('profiles/kota/hashtags/required');
    expect(preview.querySelector('[data-testid="preview-locks-removed"]')).toBeNull();
    // A pack that switches a safety rule off says so before it is imported.
    expect($(preview, '[data-testid="preview-safety"] [data-rule-id="hoax-signs"]').textContent).toBe('hoax-signs: paket mematikannya; ditolak, aturan tetap aktif (Sebaiknya dicek).');
    $(root, '[data-action="confirm-import"]').click();
    await settle();
    expect(deps.calls.find((c) => c.type === 'pack:import')?.payload).toEqual({ text: '{"format":"saring-pack"}' });
    expect(root.querySelector('[data-testid="import-preview"]')).toBeNull();
    expect($(root, '[data-testid="notice"]').textContent).toContain('diimpor');
  });

  it('asks for the origin permission before subscribing', async () => {
    deps.replies['subscription:add'] = { ok: true, packId: 'x' };
    type(root, 'input[name="subscription-url"]', 'https://kota.example.go.id/saring/pack.json');
    await settle();
    submit(root, '[data-action="subscribe"]');
    // Synchronously, inside the gesture: nothing else was awaited first.
    expect(deps.log.at(-1)).toBe('permission:https://kota.example.go.id');
    await settle();
    expect(deps.calls.find((c) => c.type === 'subscription:add')?.payload).toEqual({
      url: 'https://kota.example.go.id/saring/pack.json',
      refreshHours: 24,
    });
  });

  it('does not subscribe without permission or over http', async () => {
    type(root, 'input[name="subscription-url"]', 'http://kota.example.go.id/pack.json');
    await settle();
    submit(root, '[data-action="subscribe"]');
    await settle();
    expect(root.textContent).toContain('https://');
    expect(deps.log.some((l) => l.startsWith('permission:'))).toBe(false);
    deps.grant = false;
    type(root, 'input[name="subscription-url"]', 'https://kota.example.go.id/pack.json');
    await settle();
    submit(root, '[data-action="subscribe"]');
    await settle();
    expect(deps.calls.some((c) => c.type === 'subscription:add')).toBe(false);
    expect($(root, '[data-testid="subscribe"] [role="alert"]').textContent).toContain('tidak diberikan');
  });

  it('exports the selection and downloads the file', async () => {
    deps.replies['pack:export'] = { ok: true, fileName: 'paket-sleman.saring.json', text: '{}' };
    type(root, 'input[name="export-name"]', 'Paket Sleman');
    type(root, 'input[name="export-publisher"]', 'Diskominfo Sleman');
    ($(root, 'input[name="export-profiles"][value="sleman"]') as HTMLInputElement).click();
    await settle();
    submit(root, '[data-action="export-pack"]');
    await settle();
    expect(deps.calls.find((c) => c.type === 'pack:export')?.payload).toEqual({
      name: 'Paket Sleman',
      publisher: 'Diskominfo Sleman',
      include: { profiles: ['sleman'], templates: [], glossary: [], exercises: [], ruleSettings: false },
    });
    expect(deps.downloads).toEqual([{ fileName: 'paket-sleman.saring.json', text: '{}' }]);
  });

  it('refreshes when another page changes the preset', async () => {
    const before = deps.calls.length;
    deps.snapshot = { ...deps.snapshot, packs: deps.snapshot.packs.slice(0, 1) };
    deps.revise();
    await settle();
    expect(deps.calls.length).toBe(before + 1);
    expect(root.querySelectorAll('[data-pack-id]')).toHaveLength(1);
  });
});

describe('profiles', () => {
  it('shows pack items read-only with their pack, as text', async () => {
    await open('profiles');
    const row = $(root, '[data-profile-id="prov"]');
    expect(row.getAttribute('data-origin')).toBe('pack');
    expect(row.textContent).toContain('Paket Provinsi');
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('[data-action="delete-profile"]')).toBeNull();
  });

  it('disables locked fields of a local copy and says who locked them', async () => {
    await open('profiles');
    $(root, '[data-profile-id="prov"] [data-action="edit-local-copy"]').click();
    await settle();
    const required = $(root, '[data-testid="profile-editor"] textarea[name="hashtags.required"]') as HTMLTextAreaElement;
    expect(required.disabled).toBe(true);
    expect(required.closest('.field')!.textContent).toContain('Dikunci oleh Paket Provinsi (Diskominfo DIY)');
    expect((root.querySelector('textarea[name="hashtags.recommended"]') as HTMLTextAreaElement).disabled).toBe(false);
  });

  it('edits a local profile and saves it', async () => {
    await open('profiles');
    $(root, '[data-profile-id="sleman"] [data-action="edit-profile"]').click();
    await settle();
    type(root, 'input[name="tagline"]', 'Sleman Sembada');
    type(root, 'textarea[name="hashtags.recommended"]', '#JogjaIstimewa #Sleman');
    await settle();
    submit(root, '[data-action="save-profile"]');
    await settle();
    const put = deps.calls.find((c) => c.type === 'local:put');
    expect(put?.payload).toMatchObject({
      kind: 'profiles',
      item: { id: 'sleman', tagline: 'Sleman Sembada', hashtags: { recommended: ['JogjaIstimewa', 'Sleman'] } },
    });
    expect(root.querySelector('[data-testid="profile-editor"]')).toBeNull();
  });

  it('keeps the editor open with the store errors when saving fails', async () => {
    deps.replies['local:put'] = { ok: false, errors: [{ path: 'profiles/sleman/officialName', message: 'Dikunci' }] };
    await open('profiles');
    $(root, '[data-action="new-profile"]').click();
    await settle();
    submit(root, '[data-action="save-profile"]');
    await settle();
    expect($(root, '[data-field="officialName"]').textContent).toContain('Wajib diisi');
    expect(deps.calls.some((c) => c.type === 'local:put')).toBe(false);
    type(root, 'input[name="officialName"]', 'Kecamatan Depok');
    await settle();
    submit(root, '[data-action="save-profile"]');
    await settle();
    expect($(root, '[data-testid="profile-editor"] [role="alert"]').textContent).toContain('profiles/sleman/officialName');
  });
});

describe('rule settings', () => {
  it('saves only what differs', async () => {
    await open('rules');
    choose(root, 'select[name="rule-hashtag-limit-severity"]', 'error');
    type(root, 'textarea[name="rule-hoax-signs-phrases"]', 'sebarkan sebelum dihapus');
    type(root, 'input[name="limits.instagram.foldAt"]', '');
    await settle();
    submit(root, '[data-action="save-rules"]');
    await settle();
    expect(deps.calls.find((c) => c.type === 'local:rule-settings')?.payload).toEqual({
      settings: {
        rules: { 'hashtag-limit': { severity: 'error' }, 'hoax-signs': { phrases: ['sebarkan sebelum dihapus'] } },
        limits: { instagram: { foldAt: null } },
      },
    });
  });
});

describe('templates', () => {
  it('shows syntax errors with line and column and a live preview', async () => {
    await open('templates');
    $(root, '[data-action="new-template"]').click();
    await settle();
    type(root, 'input[name="titleId"]', 'Imbauan');
    type(root, 'input[name="category"]', 'imbauan');
    type(root, 'textarea[name="body"]', 'Halo {profil.nama}\nJangan lupa {kegiatan');
    await settle();
    const errors = $(root, '#body-errors');
    expect(errors.textContent).toContain('Baris 2, kolom 13');
    submit(root, '[data-action="save-template"]');
    await settle();
    expect(deps.calls.some((c) => c.type === 'local:put')).toBe(false);
    type(root, 'textarea[name="body"]', 'Halo dari {profil.nama}.');
    await settle();
    expect($(root, '#body-errors').textContent).toBe('');
    expect($(root, '[data-testid="template-preview"]').textContent).toBe('Halo dari Dinas Komunikasi dan Informatika Kabupaten Sleman.');
    submit(root, '[data-action="save-template"]');
    await settle();
    expect(deps.calls.find((c) => c.type === 'local:put')?.payload).toMatchObject({ kind: 'templates', item: { title: { id: 'Imbauan' } } });
  });
});

describe('language', () => {
  it('switches to English and stores the choice', async () => {
    choose(root, 'select[name="lang"]', 'en');
    await settle();
    expect(deps.calls.find((c) => c.type === 'settings:set')?.payload).toEqual({ lang: 'en' });
    expect($(root, 'h1').textContent).toBe('Saring settings');
  });
});
