/**
 * Draws Saring's icons (`npm run gen:icons`): a funnel ("saring": to filter) with a drop below it,
 * white on a teal rounded square for the extension icon (16, 32, 48, 128 px), and a monochrome
 * variant for the toolbar (dark on transparent, plus light for dark themes). Pure Node: a tiny PNG
 * encoder over zlib, 4×4 supersampling for smooth edges. The PNGs in public/icon/ are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Shape = (x: number, y: number) => boolean;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** Shapes in a unit square (0..1). */
const roundedSquare = (r: number): Shape => (x, y) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
/** The funnel: a wide top narrowing to a spout. */
const funnel: Shape = (x, y) => {
  if (y >= 0.2 && y <= 0.3) return x >= 0.16 && x <= 0.84;
  if (y > 0.3 && y <= 0.56) {
    const half = 0.34 - ((y - 0.3) / 0.26) * 0.25;
    return Math.abs(x - 0.5) <= half;
  }
  if (y > 0.56 && y <= 0.7) return Math.abs(x - 0.5) <= 0.09;
  return false;
};
/** The drop that comes out filtered. */
const drop: Shape = (x, y) => {
  const cx = 0.5;
  const cy = 0.82;
  const r = 0.075;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  // pointed top
  return y < cy && y > cy - 2 * r && Math.abs(x - cx) <= ((y - (cy - 2 * r)) / (2 * r)) * r;
};

function render(size: number, layers: Array<[Shape, Rgba]>): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour: Rgba = [0, 0, 0, 0];
          for (const [shape, c] of layers) if (shape(x, y)) colour = c;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

const TEAL: Rgba = [0, 118, 122, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [32, 33, 36, 255];
const LIGHT: Rgba = [232, 234, 237, 255];

export const ICONS: Record<string, () => Buffer> = {};
for (const size of [16, 32, 48, 128]) {
  ICONS[`${size}.png`] = () => encodePng(size, render(size, [[roundedSquare(0.2), TEAL], [funnel, WHITE], [drop, WHITE]]));
}
for (const size of [16, 32]) {
  ICONS[`toolbar-${size}.png`] = () => encodePng(size, render(size, [[funnel, INK], [drop, INK]]));
  ICONS[`toolbar-light-${size}.png`] = () => encodePng(size, render(size, [[funnel, LIGHT], [drop, LIGHT]]));
}

if (process.argv[1]?.endsWith('icons.ts')) {
  const dir = join(import.meta.dirname, '..', 'public', 'icon');
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(ICONS)) writeFileSync(join(dir, name), make());
  console.log(`${Object.keys(ICONS).length} icons in public/icon/`);
}
