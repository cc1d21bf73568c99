import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICONS } from './icons';

const dir = join(import.meta.dirname, '..', 'public', 'icon');

function pngInfo(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  const pixels = inflateSync(png.subarray(41, 41 + idatLength));
  return { width, height, pixels };
}

describe('icons', () => {
  it.each(Object.keys(ICONS))('public/icon/%s is what scripts/icons.ts draws (rerun npm run gen:icons)', (name) => {
    expect(readFileSync(join(dir, name)).equals(ICONS[name]!())).toBe(true);
  });

  it.each([16, 32, 48, 128])('the %i px icon is that size, opaque in the middle and clear in the corner', (size) => {
    const { width, height, pixels } = pngInfo(ICONS[`${size}.png`]!());
    expect([width, height]).toEqual([size, size]);
    const alpha = (x: number, y: number) => pixels[y * (size * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBeLessThan(64);
    expect(alpha(size >> 1, size >> 1)).toBe(255);
  });
});
