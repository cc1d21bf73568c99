import { describe, expect, it, vi } from 'vitest';
import { dispatch } from './server';
import type { Handlers } from './server';
import type { UiSettings } from './protocol';

const ui: UiSettings = { lang: 'auto', activeProfiles: {}, panel: { collapsed: false, side: 'right', offsetY: 0 } };

function handlers() {
  return {
    'preset:get': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'settings:get': vi.fn(async () => ui),
    'settings:set': vi.fn(async () => ui),
    'profile:allow-word': vi.fn(async () => ({ ok: true as const })),
  } satisfies Handlers;
}

const ID = 'saring-id';
const tab = { id: ID, tab: { id: 7 }, url: 'https://www.instagram.com/' };

describe('dispatch', () => {
  it('runs the handler for a well-formed message', async () => {
    const h = handlers();
    const reply = await dispatch(h, { saring: 1, type: 'settings:get', payload: {} }, tab, ID);
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
    const reply = await dispatch(h, message, tab, ID);
    expect(reply.ok).toBe(false);
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('refuses messages from another extension', async () => {
    const h = handlers();
    const reply = await dispatch(h, { saring: 1, type: 'settings:get', payload: {} }, { id: 'other' }, ID);
    expect(reply).toEqual({ ok: false, error: 'foreign-sender' });
  });

  it('turns a failing handler into an error reply', async () => {
    const reply = await dispatch(handlers(), { saring: 1, type: 'preset:get', payload: { platform: 'tiktok' } }, tab, ID);
    expect(reply).toEqual({ ok: false, error: 'handler-failed' });
  });
});
