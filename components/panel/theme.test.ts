// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectTheme, parseColor } from './theme';

describe('parseColor', () => {
  it.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgb(36 37 38 / 50%)', { r: 36, g: 37, b: 38, a: 0.5 }],
    ['transparent', null],
  ])('%s', (input, expected) => expect(parseColor(input)).toEqual(expected));
});

describe('detectTheme', () => {
  it('reads the first opaque background up the tree', () => {
    document.body.innerHTML = '<div id="page" style="background-color: rgb(24, 25, 26)"><div id="box"><p id="p">x</p></div></div>';
    expect(detectTheme(document.getElementById('p') as Element)).toBe('dark');
    (document.getElementById('page') as HTMLElement).style.backgroundColor = 'rgb(255, 255, 255)';
    expect(detectTheme(document.getElementById('p') as Element)).toBe('light');
  });
  it('defaults to light when nothing is painted', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    expect(detectTheme(document.getElementById('p') as Element)).toBe('light');
  });
});
