/**
 * A compact set of 64-bit hashes of conversation keys (8 bytes a key instead of a JS string and a Set
 * entry), so an import loads the stored keys once and checks each row in memory. A hit is only a
 * *candidate* duplicate: the caller confirms it against the table, so a hash collision never drops a row.
 */

const scratch = { bytes: new Uint8Array(1024) };
const encoder = new TextEncoder();

/** fmix32 of MurmurHash3: spreads the bits of a 32-bit state. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two independent 32-bit hashes of UTF-8 bytes `[start, end)` (FNV-1a and a multiplicative one, both mixed). */
export function hashBytes(bytes: Uint8Array, start: number, end: number, out: Uint32Array): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (end - start);
  for (let i = start; i < end; i += 1) {
    const c = bytes[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  out[0] = mix(a);
  out[1] = mix(b ^ 0x27d4eb2f);
}

/** The same hashes of a string's UTF-8 encoding (ASCII keys are hashed without encoding). */
export function hashString(text: string, out: Uint32Array): void {
  let ascii = true;
  for (let i = 0; i < text.length; i += 1)
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  if (ascii) {
    if (scratch.bytes.length < text.length) scratch.bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) scratch.bytes[i] = text.charCodeAt(i);
    hashBytes(scratch.bytes, 0, text.length, out);
    return;
  }
  if (scratch.bytes.length < text.length * 3) scratch.bytes = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch.bytes);
  hashBytes(scratch.bytes, 0, written, out);
}

/** Open addressing over two Uint32Arrays; (0, 0) marks an empty slot. */
export class KeyHashSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private count = 0;
  private readonly pair = new Uint32Array(2);

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the hash in `pair` (from hashBytes/hashString); returns false when it was there already. */
  addHash(pair: Uint32Array): boolean {
    if ((this.count + 1) * 2 > this.hi.length) this.grow();
    return this.insert(pair[0]!, pair[1]! === 0 && pair[0]! === 0 ? 1 : pair[1]!);
  }

  hasHash(pair: Uint32Array): boolean {
    const h = pair[0]!;
    const l = pair[1]! === 0 && h === 0 ? 1 : pair[1]!;
    const mask = this.hi.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (this.hi[i] === h && this.lo[i] === l) return true;
      if (this.hi[i] === 0 && this.lo[i] === 0) return false;
    }
  }

  add(key: string): boolean {
    hashString(key, this.pair);
    return this.addHash(this.pair);
  }

  has(key: string): boolean {
    hashString(key, this.pair);
    return this.hasHash(this.pair);
  }

  private insert(h: number, l: number): boolean {
    const mask = this.hi.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      if (this.hi[i] === h && this.lo[i] === l) return false;
      if (this.hi[i] === 0 && this.lo[i] === 0) {
        this.hi[i] = h;
        this.lo[i] = l;
        this.count += 1;
        return true;
      }
    }
  }

  private grow(): void {
    const { hi, lo } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    this.count = 0;
    for (let i = 0; i < hi.length; i += 1)
      if (hi[i] !== 0 || lo[i] !== 0) this.insert(hi[i]!, lo[i]!);
  }
}
