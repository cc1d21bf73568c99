// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uiLang } from '../../lib/i18n';
import type { OptionsDeps } from './deps';
import { $, goTo, submit, type } from './dom-testing';
import { mountOptions } from './mount';
import { fakeOptionsDeps, sampleSnapshot, settle, type FakeOptionsDeps } from './testing';

let root: HTMLElement;
let deps: FakeOptionsDeps;
let unmount: () => void;

function mount(withApi: OptionsDeps): void {
  unmount = mountOptions(root, withApi, [
    { id: 'sara', category: 'sensitive', severity: 'warning', description: { id: 'SARA', en: 'SARA' }, takesPhrases: true },
  ]).unmount;
}

beforeEach(() => {
  uiLang.value = 'id';
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
  deps = fakeOptionsDeps();
});

afterEach(() => {
  unmount();
  root.remove();
});

describe('glossary', () => {
  it('adds an entry and refuses one that would flag the right spelling', async () => {
    mount(deps);
    await settle();
    goTo('glossary');
    await settle();
    $(root, '[data-action="new-glossary"]').click();
    await settle();
    type(root, 'input[name="preferred"]', 'wali kota');
    type(root, 'textarea[name="variants"]', 'Wali Kota');
    await settle();
    submit(root, '[data-action="save-glossary"]');
    await settle();
    expect($(root, '[data-field="variants"]').textContent).toContain('sama dengan istilah baku');
    expect(deps.calls.some((c) => c.type === 'local:put')).toBe(false);
    type(root, 'textarea[name="variants"]', 'walikota\nwali-kota');
    await settle();
    submit(root, '[data-action="save-glossary"]');
    await settle();
    expect(deps.calls.find((c) => c.type === 'local:put')?.payload).toEqual({
      kind: 'glossary',
      item: { id: 'istilah', preferred: 'wali kota', variants: ['walikota', 'wali-kota'] },
    });
  });
});

describe('rule settings reset', () => {
  it('drops the local entry of one rule', async () => {
    deps.snapshot.local.ruleSettings = { rules: { sara: { enabled: false } }, prompt: { enabled: false } };
    mount(deps);
    await settle();
    goTo('rules');
    await settle();
    $(root, '[data-rule-id="sara"] [data-action="reset-rule"]').click();
    await settle();
    expect(deps.calls.find((c) => c.type === 'local:rule-settings')?.payload).toEqual({ settings: { prompt: { enabled: false } } });
  });
});

describe('locks on rule settings', () => {
  it('disables what a pack locked and says who', async () => {
    deps.snapshot.effective.locked = { 'ruleSettings/limits/instagram': 'Paket Provinsi (Diskominfo DIY)' };
    mount(deps);
    await settle();
    goTo('rules');
    await settle();
    const fold = $(root, 'input[name="limits.instagram.foldAt"]') as HTMLInputElement;
    expect(fold.disabled).toBe(true);
    expect(fold.closest('.field')!.textContent).toContain('Dikunci oleh Paket Provinsi');
    expect(($(root, 'input[name="limits.facebook.foldAt"]') as HTMLInputElement).disabled).toBe(false);
  });
});

describe('removing a pack', () => {
  it('asks first, with focus on the answer, and cancelling gives focus back', async () => {
    mount(deps);
    await settle();
    $(root, '[data-pack-id="prov-pack"] [data-action="remove-pack"]').click();
    await settle();
    const yes = $(root, '[data-action="confirm-remove-pack"]');
    expect(document.activeElement).toBe(yes);
    expect(deps.calls.some((c) => c.type === 'pack:remove')).toBe(false);
    yes.click();
    await settle();
    expect(deps.calls.find((c) => c.type === 'pack:remove')?.payload).toEqual({ packId: 'prov-pack' });
  });

  it('says what the store refused in the status line', async () => {
    deps.replies['pack:remove'] = { ok: false, errors: [{ path: 'packId', message: 'Paket bawaan tidak dapat dihapus.' }] };
    mount(deps);
    await settle();
    $(root, '[data-pack-id="builtin"] [data-action="remove-pack"]').click();
    await settle();
    $(root, '[data-action="confirm-remove-pack"]').click();
    await settle();
    expect($(root, '[data-testid="notice"]').textContent).toContain('Paket bawaan tidak dapat dihapus.');
  });
});

describe('background unreachable', () => {
  it('says so and retries on request', async () => {
    let up = false;
    const flaky: OptionsDeps = {
      ...deps,
      ask: ((type: Parameters<OptionsDeps['ask']>[0], payload: Parameters<OptionsDeps['ask']>[1]) =>
        up ? deps.ask(type, payload) : Promise.resolve({ ok: false, error: 'unreachable' })) as OptionsDeps['ask'],
    };
    mount(flaky);
    await settle();
    expect($(root, '[role="alert"]').textContent).toContain('tidak menjawab');
    up = true;
    $(root, '[data-action="retry"]').click();
    await settle();
    expect(root.querySelector('[data-section="packs"]')).not.toBeNull();
  });
});

describe('hostile strings', () => {
  it('renders imported names as text everywhere', async () => {
    const snapshot = sampleSnapshot();
    snapshot.packs[1]!.name = '<img src=x onerror="globalThis.pwned=1">';
    snapshot.packs[1]!.subscription!.lastError = '<script>globalThis.pwned=1</script>';
    mount(fakeOptionsDeps(snapshot));
    await settle();
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
  });
});

describe('a local copy of a pack item', () => {
  it('can go back to the pack’s version, and cannot be deleted (that would hide the pack’s item)', async () => {
    deps.snapshot.packItems = { [`profiles/${deps.snapshot.local.profiles[0]!.id}`]: 'Paket Provinsi' };
    mount(deps);
    await settle();
    goTo('profiles');
    await settle();
    const id = deps.snapshot.local.profiles[0]!.id;
    const row = $(root, `[data-profile-id="${id}"]`);
    expect(row.dataset.origin).toBe('override');
    expect(row.querySelector('[data-action="delete-profile"]')).toBeNull();
    $(row, '[data-action="revert-profile"]').click();
    await settle();
    $(row, '[data-action="confirm-revert-profile"]').click();
    await settle();
    expect(deps.calls.find((c) => c.type === 'local:revert')?.payload).toEqual({ kind: 'profiles', id });
  });
});
