// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTextareaHandle } from './textarea-handle';

function setup(value = '') {
  const anchor = document.createElement('div');
  const textarea = document.createElement('textarea');
  const button = document.createElement('button');
  textarea.value = value;
  anchor.append(textarea, button);
  document.body.append(anchor);
  const handle = createTextareaHandle({ platform: 'instagram', textarea, anchor, postButton: () => button, account: 'pemkab.sukamaju' });
  return { handle, textarea, button, anchor };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('textarea composer handle', () => {
  it('reads the caption with plain newlines', () => {
    const { handle } = setup('Baris satu\r\nBaris dua');
    expect(handle.readText()).toBe('Baris satu\nBaris dua');
  });

  it('inserts at the caret the trainee left, once, and tells listeners', async () => {
    const { handle, textarea } = setup('Halo warga');
    const seen: string[] = [];
    handle.onChange((text) => seen.push(text), new AbortController().signal);
    textarea.focus();
    textarea.setSelectionRange(4, 4);
    textarea.dispatchEvent(new Event('keyup'));
    textarea.blur();
    const result = await handle.insertAtCaret(' semua');
    expect(result).toEqual({ ok: true, text: 'Halo semua warga' });
    expect(seen).toEqual(['Halo semua warga']);
  });

  it('inserts at the end when the trainee never placed a caret', async () => {
    const { handle } = setup('Halo');
    expect((await handle.insertAtCaret('!')).text).toBe('Halo!');
  });

  it('replaces exactly a range, and refuses a range outside the text', async () => {
    const { handle } = setup('Silahkan antri');
    expect((await handle.replaceRange(0, 8, 'Silakan')).text).toBe('Silakan antri');
    expect(await handle.replaceRange(5, 99, 'x')).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(handle.readText()).toBe('Silakan antri');
  });

  it('replaces the whole caption and gives the caret back after it', async () => {
    const { handle, textarea } = setup('lama');
    await handle.replaceAll('Keterangan baru');
    handle.restoreCaret();
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionStart).toBe('Keterangan baru'.length);
  });

  it('finds the post button and the account, and knows when the composer is gone', async () => {
    const { handle, button, anchor } = setup('x');
    expect(handle.findPostButton()).toBe(button);
    expect(handle.accountName()).toBe('pemkab.sukamaju');
    anchor.remove();
    expect(handle.isConnected()).toBe(false);
    expect(await handle.replaceAll('y')).toMatchObject({ ok: false, error: 'composer-gone' });
  });

  it('stops calling back after its signal aborts', async () => {
    const { handle } = setup('a');
    const lifetime = new AbortController();
    const seen: string[] = [];
    handle.onChange((text) => seen.push(text), lifetime.signal);
    lifetime.abort();
    await handle.replaceAll('b');
    expect(seen).toEqual([]);
  });
});
