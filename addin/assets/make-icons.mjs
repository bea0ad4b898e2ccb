#!/usr/bin/env node
// Draws the jiebang add-in icon and writes icon-16/32/64/80/128.png beside this
// script. No dependencies beyond node:zlib and node:fs.
//
// The design: a rounded square in Excel green with a white commander's flag
// (帅旗, for 挂帅) on a pole standing on a small plinth. The flag has a
// swallowtail and, from 32 px up, two green lines, like the text of a posted
// list (榜). The drawing is defined on a 16 × 16 grid; every size asked for is a
// multiple of 16 and the straight edges are snapped to whole pixels, so the
// icon is crisp at every size. Only the slanted edges of the swallowtail and
// the rounded corners are antialiased, by 8 × 8 supersampling.
//
//   node addin/assets/make-icons.mjs

import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 8;

// ---------------------------------------------------------------- geometry --
// All coordinates are in grid units: 0..16 across and down.

/** A rectangle whose edges are snapped to whole pixels at the given size. */
function rect(x0, y0, x1, y1, size) {
  const s = size / 16;
  const snap = (v) => Math.round(v * s) / s;
  const [a, b, c, d] = [snap(x0), snap(y0), snap(x1), snap(y1)];
  return (x, y) => x >= a && x < c && y >= b && y < d;
}

function roundedSquare(radius) {
  return (x, y) => {
    if (x < 0 || y < 0 || x >= 16 || y >= 16) return false;
    const cx = Math.min(Math.max(x, radius), 16 - radius);
    const cy = Math.min(Math.max(y, radius), 16 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

/** Point-in-polygon by the even-odd rule. */
function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** The colour of one sample point, or null where the icon is transparent. */
function painter(size) {
  const tile = roundedSquare(3);
  const pole = rect(4, 3, 5, 13, size);
  const plinth = rect(3, 12, 7, 13, size);
  // The flag: from the pole out to x = 12.5, with a swallowtail notch whose tip is at x = 10.5.
  const flag = polygon([
    [5, 3],
    [12.5, 3],
    [10.5, 6],
    [12.5, 9],
    [5, 9],
  ]);
  const detailed = size >= 32;
  const line1 = rect(6.5, 4.5, 10.5, 5, size);
  const line2 = rect(6.5, 6.5, 9.5, 7, size);
  return (x, y) => {
    if (!tile(x, y)) return null;
    if (detailed && (line1(x, y) || line2(x, y))) return GREEN;
    if (pole(x, y) || plinth(x, y) || flag(x, y)) return WHITE;
    return GREEN;
  };
}

/** RGBA pixels, row by row, straight (not premultiplied) alpha. */
export function drawIcon(size) {
  const paint = painter(size);
  const pixels = Buffer.alloc(size * size * 4);
  const unit = 16 / size;
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * unit;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * unit;
          const colour = paint(x, y);
          if (!colour) continue;
          covered++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return pixels;
}

// ------------------------------------------------------------- PNG encoder --

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels (width × height × 4 bytes) as a PNG. */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error("pixel buffer does not match the size");
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// -------------------------------------------------------------------- main --

for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, import.meta.url);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${file.pathname}`);
}
