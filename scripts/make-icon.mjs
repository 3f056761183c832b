// Draws Gleaner's app icon (a white "G" on a teal rounded square) as PNGs, with no image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of one pixel by the shapes, supersampled 4x4 for smooth edges. */
function pixel(size, x, y) {
  let bg = 0;
  let fg = 0;
  const radius = size * 0.22;
  const cx = size / 2;
  const cy = size / 2;
  const outer = size * 0.3;
  const inner = size * 0.19;
  const bar = size * 0.055;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const dx = Math.max(radius - px, 0, px - (size - radius));
      const dy = Math.max(radius - py, 0, py - (size - radius));
      if (dx * dx + dy * dy > radius * radius) continue;
      bg++;
      const r = Math.hypot(px - cx, py - cy);
      const angle = (Math.atan2(py - cy, px - cx) * 180) / Math.PI;
      const ring = r <= outer && r >= inner && !(angle > -40 && angle < 2);
      const crossbar = py >= cy - bar && py <= cy + bar && px >= cx && px <= cx + outer;
      if (ring || crossbar) fg++;
    }
  }
  return [bg / 16, fg / 16];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const [bg, fg] = pixel(size, x, y);
      const color = TEAL.map((c, i) =>
        Math.round(c * (1 - fg / Math.max(bg, 1e-9)) + WHITE[i] * (fg / Math.max(bg, 1e-9))),
      );
      row.set([...color, Math.round(bg * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [512, 256])
  writeFileSync(new URL(`../resources/icons/${size}x${size}.png`, import.meta.url), png(size));
writeFileSync(new URL('../resources/icon.png', import.meta.url), png(512));
console.log('Wrote resources/icon.png and resources/icons/{512x512,256x256}.png');
