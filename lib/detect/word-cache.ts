/**
 * Remembers, per distinct word, which pattern tests it passes — keyed directly by the normalised code
 * units and the hash the tokeniser computed, so the hot path builds no string for a word it has seen
 * before. Words repeat a lot in prose, and the content script re-scans the same paragraphs on every
 * keystroke.
 */
import type { PredicateTable } from './predicates';
import type { TokenBuffer } from './tokenise';

/** Distinct words remembered before the cache starts over (bounds memory on endless pages). */
const MAX_WORDS = 32_768;
const INITIAL_SLOTS = 1 << 12;

/** Spreads FNV's weak low bits over the whole table index. */
function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 8) & mask;
}

export class WordCache {
  private slots = new Int32Array(INITIAL_SLOTS).fill(-1);
  private hashes = new Int32Array(256);
  private offsets = new Int32Array(256);
  private lengths = new Int32Array(256);
  private values: Int32Array[] = [];
  private pool = new Uint16Array(1 << 14);
  private poolLength = 0;

  constructor(private readonly predicates: PredicateTable) {}

  /** Fills out[t] with the predicate ids of every token. */
  classifyAll(codes: Uint16Array, tokens: TokenBuffer, out: Int32Array[]): void {
    const { start, end, hash, count } = tokens;
    // Locals, not fields, in the loop: it runs once per word of every scanned paragraph.
    let slots = this.slots;
    let hashes = this.hashes;
    let offsets = this.offsets;
    let lengths = this.lengths;
    let pool = this.pool;
    const values = this.values;
    for (let t = 0; t < count; t++) {
      const from = start[t]!;
      const length = end[t]! - from;
      const h = hash[t]!;
      const mask = slots.length - 1;
      let found: Int32Array | null = null;
      for (let slot = slotOf(h, mask); ; slot = (slot + 1) & mask) {
        const entry = slots[slot]!;
        if (entry === -1) {
          found = this.insert(slot, h, codes, from, from + length);
          slots = this.slots;
          hashes = this.hashes;
          offsets = this.offsets;
          lengths = this.lengths;
          pool = this.pool;
          break;
        }
        if (hashes[entry] !== h || lengths[entry] !== length) continue;
        const offset = offsets[entry]!;
        let k = 0;
        while (k < length && pool[offset + k] === codes[from + k]) k++;
        if (k === length) {
          found = values[entry]!;
          break;
        }
      }
      out[t] = found;
    }
  }

  private insert(slot: number, hash: number, codes: Uint16Array, start: number, end: number): Int32Array {
    const word = String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
    const value = this.predicates.classify(word);
    if (this.values.length >= MAX_WORDS) {
      this.clear();
      return value;
    }
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      this.pool = grownUint16(this.pool, this.poolLength + length);
    }
    this.pool.set(codes.subarray(start, end), this.poolLength);
    const entry = this.values.length;
    if (entry === this.hashes.length) {
      this.hashes = grownInt32(this.hashes);
      this.offsets = grownInt32(this.offsets);
      this.lengths = grownInt32(this.lengths);
    }
    this.hashes[entry] = hash;
    this.offsets[entry] = this.poolLength;
    this.lengths[entry] = length;
    this.values.push(value);
    this.poolLength += length;
    this.slots[slot] = entry;
    // Keep the table at most half full so probes stay short.
    if (this.values.length * 2 > this.slots.length) this.rehash();
    return value;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.values.length; entry++) {
      let slot = slotOf(this.hashes[entry]!, mask);
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }

  private clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS).fill(-1);
    this.values.length = 0;
    this.poolLength = 0;
  }
}

function grownInt32(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function grownUint16(array: Uint16Array, needed: number): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(Math.max(array.length * 2, needed));
  bigger.set(array);
  return bigger;
}
