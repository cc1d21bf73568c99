import { describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import { requestSchemas } from './protocol';
import { dispatch } from './server';
import type { Handlers } from './server';
import type { UiSettings } from './protocol';

const ui: UiSettings = {
  lang: 'auto',
  activeProfiles: {},
  panel: { collapsed: false, side: 'right', offsetY: 0 },
  journal: { fullCaption: false, reminders: true },
  tourSeen: false,
};

function handlers(): Handlers & Record<string, Mock> {
  const all: Record<string, Mock> = {};
  for (const type of Object.keys(requestSchemas)) {
    all[type] = vi.fn(async () => {
      throw new Error('not in this test');
    });
  }
  all['settings:get'] = vi.fn(async () => ui);
  all['pack:import'] = vi.fn(async () => ({ ok: true, packId: 'p' }));
  return all as unknown as Handlers & Record<string, Mock>;
}

const ID = 'saring-id';
const ORIGIN = 'chrome-extension://saring-id/';
const tab = { id: ID, tab: { id: 7 }, url: 'https://www.instagram.com/' };

describe('dispatch', () => {
  it('runs the handler for a well-formed message', async () => {
    const h = handlers();
    const reply = await dispatch(h, { saring: 1, type: 'settings:get', payload: {} }, tab, ID, ORIGIN);
    expect(reply).toEqual({ ok: true, data: ui });
    expect(h['settings:get']).toHaveBeenCalledOnce();
  });

  it.each([
    ['null', null],
    ['a string', 'preset:get'],
    ['no marker', { type: 'settings:get', payload: {} }],
    ['unknown type', { saring: 1, type: 'store:wipe', payload: {} }],
    ['prototype key as type', { saring: 1, type: '__proto__', payload: {} }],
    ['missing payload', { saring: 1, type: 'settings:set' }],
    ['extra field', { saring: 1, type: 'settings:get', payload: { evil: true } }],
    ['wrong platform', { saring: 1, type: 'preset:get', payload: { platform: 'myspace' } }],
    ['huge word', { saring: 1, type: 'profile:allow-word', payload: { profileId: 'p', word: 'x'.repeat(10_000) } }],
    ['non-integer offset', { saring: 1, type: 'settings:set', payload: { panel: { offsetY: 1.5 } } }],
  ])('refuses %s without calling any handler', async (_name, message) => {
    const h = handlers();
    const reply = await dispatch(h, message, tab, ID, ORIGIN);
    expect(reply.ok).toBe(false);
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('treats a page that merely looks like ours as a content script', async () => {
    const h = handlers();
    const fake = { id: ID, tab: { id: 7 }, url: 'https://evil.example/chrome-extension://saring-id/' };
    const reply = await dispatch(h, { saring: 1, type: 'pack:import', payload: { text: '{}' } }, fake, ID, ORIGIN);
    expect(reply).toEqual({ ok: false, error: 'forbidden' });
  });

  it('lets content scripts ask for the preset but not change packs', async () => {
    const h = handlers();
    const message = { saring: 1, type: 'pack:import', payload: { text: '{}' } };
    expect(await dispatch(h, message, tab, ID, ORIGIN)).toEqual({ ok: false, error: 'forbidden' });
    expect(h['pack:import']).not.toHaveBeenCalled();
    const fromOptionsPage = { id: ID, tab: { id: 9 }, url: 'chrome-extension://saring-id/options.html' };
    expect(await dispatch(h, message, fromOptionsPage, ID, ORIGIN)).toEqual({ ok: true, data: { ok: true, packId: 'p' } });
  });

  it('refuses a subscription URL that is not https', async () => {
    const h = handlers();
    const fromOptionsPage = { id: ID, tab: { id: 9 }, url: 'chrome-extension://saring-id/options.html' };
    // The handler would accept anything: only the message validation can refuse the http URL.
    h['subscription:add'] = vi.fn(async () => ({ ok: true as const, packId: 'p' }));
    const send = (url: string) => dispatch(h, { saring: 1, type: 'subscription:add', payload: { url } }, fromOptionsPage, ID, ORIGIN);
    expect(await send('https://pack.example/p.json')).toEqual({ ok: true, data: { ok: true, packId: 'p' } });
    expect(h['subscription:add']).toHaveBeenCalledTimes(1);
    expect(await send('http://pack.example/p.json')).toEqual({ ok: false, error: 'invalid-payload' });
    expect(h['subscription:add']).toHaveBeenCalledTimes(1);
  });

  it('refuses messages from another extension', async () => {
    const h = handlers();
    const reply = await dispatch(h, { saring: 1, type: 'settings:get', payload: {} }, { id: 'other' }, ID, ORIGIN);
    expect(reply).toEqual({ ok: false, error: 'foreign-sender' });
  });

  it('turns a failing handler into an error reply', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await dispatch(handlers(), { saring: 1, type: 'preset:get', payload: { platform: 'tiktok' } }, tab, ID, ORIGIN);
    expect(reply).toEqual({ ok: false, error: 'handler-failed' });
    error.mockRestore();
  });
});
