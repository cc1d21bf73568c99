// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uiLang } from '../../../lib/i18n';
import type { Claim } from '../../../lib/checks/types';
import { $, choose, goTo, submit, type } from '../dom-testing';
import { mountOptions } from '../mount';
import { fakeOptionsDeps, sampleSnapshot, settle, type FakeOptionsDeps } from '../testing';

const packClaim = (id: string, text: string): Claim => ({
  id,
  claim: { id: text },
  verdict: 'hoaks',
  source: { name: 'TurnBackHoax', url: `https://turnbackhoax.id/${id}`, title: `[SALAH] ${text}` },
  published: '2026-10-01',
});
const chip = packClaim('vaksin-chip', 'Vaksin COVID-19 berisi microchip pelacak <img src=x onerror=alert(1)>');
const pdam = packClaim('pdam-bakteri', 'Air PDAM tercemar bakteri dan dilarang diminum');
const own: Claim = { id: 'klaim-lokal', claim: { id: 'Bantuan tunai Rp5 juta cukup daftar lewat tautan WhatsApp' }, verdict: 'penipuan', source: { name: 'Diskominfo Sleman', url: 'https://diskominfo.slemankab.go.id/k/1' }, published: '2026-11-20' };

let root: HTMLElement;
let api: FakeOptionsDeps;
let unmount: () => void;

beforeEach(async () => {
  uiLang.value = 'id';
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
  const snapshot = sampleSnapshot();
  snapshot.effective.claims = [chip, pdam, own];
  snapshot.local.claims = [own];
  snapshot.effective.locked = { ...snapshot.effective.locked, 'claims/vaksin-chip': 'Paket Provinsi (Diskominfo DIY)' };
  api = fakeOptionsDeps(snapshot);
  unmount = mountOptions(root, api, []).unmount;
  await settle();
  goTo('claims');
  await settle();
});

afterEach(() => {
  unmount();
  root.remove();
});

const row = (id: string) => $(root, `[data-claim-id="${id}"]`);

describe('the claims section of the options page', () => {
  it('lists pack and own claims with verdict, date and link; imported text stays text', () => {
    expect([...root.querySelectorAll('[data-testid="claim-row"]')].map((r) => r.getAttribute('data-claim-id'))).toEqual(['vaksin-chip', 'pdam-bakteri', 'klaim-lokal']);
    expect(row('vaksin-chip').querySelector('img')).toBeNull();
    expect(row('vaksin-chip').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(row('klaim-lokal').textContent).toContain('PENIPUAN');
    expect(($(row('pdam-bakteri'), 'a') as HTMLAnchorElement).href).toBe('https://turnbackhoax.id/pdam-bakteri');
    expect(row('vaksin-chip').getAttribute('data-origin')).toBe('pack');
    expect(row('klaim-lokal').getAttribute('data-origin')).toBe('local');
  });

  it('searches by every word of the query', async () => {
    type(root, 'input[name="claim-search"]', 'pdam BAKTERI');
    await settle();
    expect([...root.querySelectorAll('[data-testid="claim-row"]')].map((r) => r.getAttribute('data-claim-id'))).toEqual(['pdam-bakteri']);
    expect($(root, '[data-testid="claims-count"]').textContent).toContain('1');
    type(root, 'input[name="claim-search"]', 'tidak ada yang cocok');
    await settle();
    expect(root.querySelector('[data-testid="claims-list"]')).toBeNull();
  });

  it('adds a claim, sending it to the store as pack data', async () => {
    $(root, '[data-action="new-claim"]').click();
    await settle();
    type(root, 'textarea[name="claim"]', ' Gempa besar akan terjadi malam ini di Jogja ');
    type(root, 'textarea[name="claimEn"]', 'A big earthquake will hit Jogja tonight');
    type(root, 'input[name="sourceName"]', 'BMKG');
    type(root, 'input[name="sourceUrl"]', 'https://bmkg.go.id/klarifikasi');
    type(root, 'input[name="published"]', '2026-11-30');
    type(root, 'input[name="keywords"]', 'Jogja, BMKG');
    await settle();
    submit(root, '[data-action="save-claim"]');
    await settle();
    expect(api.calls.find((c) => c.type === 'local:put')?.payload).toEqual({
      kind: 'claims',
      item: {
        id: 'klaim',
        claim: { id: 'Gempa besar akan terjadi malam ini di Jogja', en: 'A big earthquake will hit Jogja tonight' },
        verdict: 'hoaks',
        source: { name: 'BMKG', url: 'https://bmkg.go.id/klarifikasi' },
        published: '2026-11-30',
        keywords: ['Jogja', 'BMKG'],
      },
    });
    expect(root.querySelector('[data-testid="claim-editor"]')).toBeNull();
  });

  it('shows the store\'s field errors and keeps the form open', async () => {
    api.replies['local:put'] = { ok: false, errors: [{ path: 'claims[0].claim.id', message: 'Klaim terlalu umum' }] };
    $(root, '[data-action="new-claim"]').click();
    await settle();
    type(root, 'textarea[name="claim"]', 'hoaks');
    await settle();
    submit(root, '[data-action="save-claim"]');
    await settle();
    expect($(root, '[data-testid="claim-editor"] [data-testid="errors"]').textContent).toContain('Klaim terlalu umum');
  });

  it('edits the admin\'s own claim with its id fixed, and deletes it after confirming', async () => {
    $(row('klaim-lokal'), '[data-action="edit-claim"]').click();
    await settle();
    expect(($(root, 'textarea[name="claim"]') as HTMLTextAreaElement).value).toBe(own.claim.id);
    expect(($(root, 'input[name="id"]') as HTMLInputElement).disabled).toBe(true);
    type(root, 'input[name="sourceTitle"]', 'Waspada penipuan bantuan');
    await settle();
    submit(root, '[data-action="save-claim"]');
    await settle();
    expect(api.calls.find((c) => c.type === 'local:put')?.payload).toEqual({ kind: 'claims', item: { ...own, source: { ...own.source, title: 'Waspada penipuan bantuan' } } });
    $(row('klaim-lokal'), '[data-action="delete-claim"]').click();
    await settle();
    $(root, '[data-action="confirm-delete-claim"]').click();
    await settle();
    expect(api.calls.find((c) => c.type === 'local:delete')?.payload).toEqual({ kind: 'claims', id: 'klaim-lokal' });
  });

  it('shows a pack\'s claim read-only; a locked one cannot get a local copy, an unlocked one can', async () => {
    expect(($(row('vaksin-chip'), '[data-action="edit-local-copy"]') as HTMLButtonElement).disabled).toBe(true);
    expect(row('vaksin-chip').textContent).toContain('Paket Provinsi (Diskominfo DIY)');
    $(row('vaksin-chip'), '[data-action="view-claim"]').click();
    await settle();
    const editor = $(root, '[data-testid="claim-editor"]');
    expect(editor.getAttribute('data-read-only')).toBe('true');
    expect(editor.querySelector('[data-action="save-claim"]')).toBeNull();
    expect(($(editor, 'textarea[name="claim"]') as HTMLTextAreaElement).disabled).toBe(true);
    $(editor, '[data-action="cancel-edit"]').click();
    await settle();
    expect(($(row('pdam-bakteri'), '[data-action="edit-local-copy"]') as HTMLButtonElement).disabled).toBe(false);
    $(row('pdam-bakteri'), '[data-action="edit-local-copy"]').click();
    await settle();
    choose(root, 'select[name="verdict"]', 'menyesatkan');
    await settle();
    submit(root, '[data-action="save-claim"]');
    await settle();
    expect(api.calls.find((c) => c.type === 'local:put')?.payload).toEqual({ kind: 'claims', item: { ...pdam, verdict: 'menyesatkan' } });
  });

  it('cannot add claims when a pack locks the whole list', async () => {
    unmount();
    const snapshot = sampleSnapshot();
    snapshot.effective.claims = [pdam];
    snapshot.effective.locked = { claims: 'Paket Provinsi (Diskominfo DIY)' };
    api = fakeOptionsDeps(snapshot);
    unmount = mountOptions(root, api, []).unmount;
    await settle();
    goTo('claims');
    await settle();
    expect(($(root, '[data-action="new-claim"]') as HTMLButtonElement).disabled).toBe(true);
    expect(($(row('pdam-bakteri'), '[data-action="edit-local-copy"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
