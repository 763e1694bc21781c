/**
 * Remembers, per distinct word, which pattern tests it passes — keyed directly by the normalised code
 * units, so the hot path builds no string for a word it has seen before. Words repeat a lot in prose,
 * and the content script re-scans the same paragraphs on every keystroke.
 */
import type { PredicateTable } from './predicates';

/** Distinct words remembered before the cache starts over (bounds memory on endless pages). */
const MAX_WORDS = 32_768;

export class WordCache {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];
  private offsets: number[] = [];
  private lengths: number[] = [];
  private values: Int32Array[] = [];
  private pool = new Uint16Array(1 << 14);
  private poolLength = 0;

  constructor(private readonly predicates: PredicateTable) {}

  /** Predicate ids of the word codes[start, end). */
  lookup(codes: Uint16Array, start: number, end: number): Int32Array {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ codes[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === -1) return this.insert(slot, hash, codes, start, end);
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      const offset = this.offsets[entry]!;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (this.pool[offset + k] !== codes[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return this.values[entry]!;
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
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      bigger.set(this.pool.subarray(0, this.poolLength));
      this.pool = bigger;
    }
    this.pool.set(codes.subarray(start, end), this.poolLength);
    const entry = this.values.length;
    this.hashes.push(hash);
    this.offsets.push(this.poolLength);
    this.lengths.push(length);
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
    this.hashes.forEach((hash, entry) => {
      let slot = hash & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = entry;
    });
    this.slots = slots;
  }

  private clear(): void {
    this.slots = new Int32Array(1 << 12).fill(-1);
    this.hashes = [];
    this.offsets = [];
    this.lengths = [];
    this.values = [];
    this.poolLength = 0;
  }
}
