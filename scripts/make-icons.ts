// npm run icons: draws the app's icons (public/icons/*.png) from the shapes of public/favicon.svg: a
// dark red square, a white D and a gold rule. Drawn here, pixel by pixel with 4×4 supersampling, so
// that the icons need no image library and no design tool; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGB = [number, number, number];
const RED: RGB = [0x8b, 0x1d, 0x1d];
const WHITE: RGB = [0xff, 0xff, 0xff];
const GOLD: RGB = [0xf5, 0xc5, 0x42];

/** The colour at (x, y) in the favicon's 32×32 space, or null outside the rounded square. */
function colourAt(x: number, y: number, rounded: boolean): RGB | null {
  if (rounded) {
    const cx = Math.min(Math.max(x, 6), 26);
    const cy = Math.min(Math.max(y, 6), 26);
    if ((x - cx) ** 2 + (y - cy) ** 2 > 36) return null;
  }
  const half = 1.5;
  // The D: a vertical stroke, two horizontal strokes and a half circle of radius 6 around (18, 15).
  const onD =
    (Math.abs(x - 8) <= half && y >= 9 - half && y <= 21 + half) ||
    ((Math.abs(y - 9) <= half || Math.abs(y - 21) <= half) && x >= 8 && x <= 18) ||
    (x >= 18 && Math.abs(Math.hypot(x - 18, y - 15) - 6) <= half);
  if (onD) return WHITE;
  if (Math.abs(y - 25) <= half && x >= 8 && x <= 24) return GOLD;
  return RED;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A size×size RGBA PNG. `scale` < 1 draws the design smaller, centred (the safe zone of a maskable icon). */
function icon(size: number, { rounded = true, scale = 1 } = {}): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  const S = 4;
  for (let py = 0; py < size; py++) {
    rows[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const u = ((px + (sx + 0.5) / S) / size - 0.5) / scale + 0.5;
          const v = ((py + (sy + 0.5) / S) / size - 0.5) / scale + 0.5;
          const inside = u >= 0 && u <= 1 && v >= 0 && v <= 1;
          const c = inside ? colourAt(u * 32, v * 32, rounded) : rounded ? null : RED;
          if (c) [r, g, b, a] = [r + c[0], g + c[1], b + c[2], a + 1];
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      rows[o] = a ? Math.round(r / a) : 0;
      rows[o + 1] = a ? Math.round(g / a) : 0;
      rows[o + 2] = a ? Math.round(b / a) : 0;
      rows[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192));
writeFileSync('public/icons/icon-512.png', icon(512));
// Maskable: the square fills the canvas and the design keeps to the central 80% a launcher may crop to.
writeFileSync('public/icons/icon-maskable-512.png', icon(512, { rounded: false, scale: 0.8 }));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, { rounded: false }));
console.log(
  'icons: public/icons/icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png',
);
