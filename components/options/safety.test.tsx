// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uiLang } from '../../lib/i18n';
import { $, goTo, submit } from './dom-testing';
import { mountOptions } from './mount';
import { fakeOptionsDeps, settle, type FakeOptionsDeps } from './testing';

let root: HTMLElement;
let deps: FakeOptionsDeps;
let unmount: () => void;

const RULES = [
  { id: 'personal-nik', category: 'personal-data', severity: 'error', description: { id: 'NIK', en: 'NIK' }, takesPhrases: false },
  { id: 'sara', category: 'sensitive', severity: 'warning', description: { id: 'SARA', en: 'SARA' }, takesPhrases: true },
] as const;

beforeEach(() => {
  uiLang.value = 'id';
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
  deps = fakeOptionsDeps();
  deps.snapshot.effective.safety = [{ ruleId: 'personal-nik', kind: 'off-refused', severity: 'error', packId: 'prov', packName: 'Paket Provinsi' }];
  unmount = mountOptions(root, deps, [...RULES]).unmount;
});

afterEach(() => {
  unmount();
  root.remove();
});

const checkbox = (id: string) => $(root, `input[name="rule-${id}-enabled"]`) as HTMLInputElement;
const click = (el: HTMLElement) => el.click();

describe('safety rules on the options page', () => {
  it('names the pack that changed a safety rule, and marks the rule as one packs cannot switch off', async () => {
    await settle();
    goTo('rules');
    await settle();
    const row = $(root, '[data-rule-id="personal-nik"]');
    expect($(row, '[data-saring="safety-rule"]').textContent).toBe('Aturan keselamatan: paket tidak dapat mematikannya');
    expect($(row, '[data-testid="safety-changes"]').textContent).toBe('Paket "Paket Provinsi": personal-nik: paket mematikannya; ditolak, aturan tetap aktif (Harus diperbaiki).');
    expect($(root, '[data-rule-id="sara"]').querySelector('[data-saring="safety-rule"]')).toBeNull();
  });

  it('switching a safety rule off asks first; "keep it on" changes nothing', async () => {
    await settle();
    goTo('rules');
    await settle();
    click(checkbox('personal-nik'));
    await settle();
    expect($(root, '[data-saring="safety-confirm"]').textContent).toContain('Matikan hanya di perangkat ini?');
    expect(checkbox('personal-nik').checked).toBe(true);
    click($(root, '[data-action="cancel-safety-off"]'));
    await settle();
    expect(root.querySelector('[data-saring="safety-confirm"]')).toBeNull();
    submit(root, '[data-action="save-rules"]');
    await settle();
    const saved = deps.calls.find((c) => c.type === 'local:rule-settings')?.payload as { settings: { rules?: Record<string, unknown> } } | undefined;
    expect(saved?.settings.rules?.['personal-nik']).toBeUndefined();
  });

  it('after the confirmation the admin switch-off is saved as a local setting', async () => {
    await settle();
    goTo('rules');
    await settle();
    click(checkbox('personal-nik'));
    await settle();
    click($(root, '[data-action="confirm-safety-off"]'));
    await settle();
    expect(checkbox('personal-nik').checked).toBe(false);
    submit(root, '[data-action="save-rules"]');
    await settle();
    expect(deps.calls.find((c) => c.type === 'local:rule-settings')?.payload).toEqual({ settings: { rules: { 'personal-nik': { enabled: false } } } });
  });

  it('other rules switch off without a question', async () => {
    await settle();
    goTo('rules');
    await settle();
    click(checkbox('sara'));
    await settle();
    expect(root.querySelector('[data-saring="safety-confirm"]')).toBeNull();
    expect(checkbox('sara').checked).toBe(false);
  });
});
