// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { layout, offsetAt, pointAt, readCaption, sameText } from './text';

const LEXICAL = 'p';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.innerHTML = html;
  document.body.replaceChildren(editor);
  return editor;
}

describe('reading the caption back', () => {
  it('keeps zero-width joiners: ZWJ emoji read back exactly as the editor holds them', () => {
    const caption = 'Tenaga kesehatan 👩‍⚕️ dan keluarga 👨‍👩‍👧 di 🏳️‍🌈 ok';
    const editor = editorWith(`<p><span>${caption}</span></p>`);
    expect(readCaption(editor, LEXICAL)).toBe(caption);
    expect(readCaption(editor, LEXICAL)).toContain('\u200d');
  });

  it('keeps the zero-width non-joiner too', () => {
    const editor = editorWith('<p><span>a\u200cb</span></p>');
    expect(readCaption(editor, LEXICAL)).toBe('a\u200cb');
  });

  it('still drops the caret fillers editors add (zero-width space, word joiner, BOM)', () => {
    const editor = editorWith('<p><span>\u200bHalo\ufeff warga\u2060</span></p>');
    expect(readCaption(editor, LEXICAL)).toBe('Halo warga');
  });

  it('maps offsets after a ZWJ emoji to the right DOM position and back', () => {
    const text = 'x👩‍⚕️y';
    const editor = editorWith(`<p><span>${text}</span></p>`);
    const node = editor.querySelector('span')!.firstChild as Text;
    const y = text.indexOf('y');
    const point = pointAt(editor, LEXICAL, y);
    expect(point).toEqual({ node, offset: y });
    expect(offsetAt(editor, LEXICAL, point)).toBe(y);
    expect(layout(editor, LEXICAL).text).toBe(text);
  });
});

describe('sameText', () => {
  it('compares NFC on both sides and strips nothing', () => {
    expect(sameText('e\u0301', '\u00e9')).toBe(true);
    expect(sameText('👩‍⚕️', '👩⚕️')).toBe(false);
    expect(sameText('a', 'b')).toBe(false);
  });
});
