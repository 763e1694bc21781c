/**
 * The hashing of fastText 0.9.2, bit for bit: which input rows a token, its character n-grams and each
 * word pair read. Our model file keeps fastText's rows, so these must agree exactly with the reference
 * (tests/unit/detect/model compares probabilities with `fasttext predict-prob`).
 */

const encoder = new TextEncoder();

/**
 * Dictionary::hash: FNV-1a over the UTF-8 bytes, each byte taken as a *signed* char — fastText's
 * `uint32_t(int8_t(c))`, which differs from textbook FNV on every byte of an accented letter.
 */
export function fastTextHash(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const byte = bytes[i]!;
    hash = Math.imul(hash ^ (byte >= 0x80 ? byte | 0xffffff00 : byte), 0x01000193);
  }
  return hash >>> 0;
}

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * The bucket of every character n-gram of `<word>` with minn..maxn characters (Dictionary::computeSubwords),
 * in fastText's order. Lengths count UTF-8 characters, not bytes.
 */
export function subwordBuckets(word: string, minn: number, maxn: number, bucket: number): number[] {
  const bytes = utf8(`<${word}>`);
  const buckets: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i]! & 0xc0) === 0x80) continue;
    let hash = 0x811c9dc5;
    let j = i;
    for (let n = 1; j < bytes.length && n <= maxn; n++) {
      // One more character: its lead byte and continuation bytes.
      do {
        const byte = bytes[j++]!;
        hash = Math.imul(hash ^ (byte >= 0x80 ? byte | 0xffffff00 : byte), 0x01000193);
      } while (j < bytes.length && (bytes[j]! & 0xc0) === 0x80);
      if (n >= minn && !(n === 1 && (i === 0 || j === bytes.length))) {
        buckets.push((hash >>> 0) % bucket);
      }
    }
  }
  return buckets;
}

const WORD_PAIR_FACTOR = 116049371;

/** Non-negative remainder of an integer (possibly negative) double. */
function mod(value: number, divisor: number): number {
  const rest = value % divisor;
  return rest < 0 ? rest + divisor : rest;
}

/**
 * Dictionary::addWordNgrams for pairs: the token hashes are stored as int32, widened with sign to
 * uint64, combined as `h * 116049371 + next` modulo 2^64, then taken modulo the bucket count. Doubles
 * cannot hold the 64-bit product, so the remainder is worked out from the parts; `twoTo64ModBucket`
 * is 2^64 mod bucket (precomputed).
 */
export function wordPairBucket(
  first: number,
  second: number,
  bucket: number,
  twoTo64ModBucket: number,
): number {
  const a = first | 0;
  const b = second | 0;
  // A negative result wraps around 2^64. Its sign is safe in doubles: when |a| is large the product
  // dwarfs b, and when it is small the sum is exact.
  const negative = a * WORD_PAIR_FACTOR + b < 0;
  const rest = (mod(a, bucket) * (WORD_PAIR_FACTOR % bucket) + mod(b, bucket)) % bucket;
  return negative ? (twoTo64ModBucket + rest) % bucket : rest;
}

/** 2^64 modulo `bucket`, for wordPairBucket. */
export function twoTo64Mod(bucket: number): number {
  return Number((1n << 64n) % BigInt(bucket));
}

const TWO_32 = 0x1_0000_0000;

/**
 * Dictionary::addWordNgrams for n words (n ≥ 2): the chain `h = h * 116049371 + next` over uint64,
 * each hash an int32 widened with sign, then h modulo the bucket count. Kept in two 32-bit halves so a
 * scan needs no BigInt (which cost more than the rest of a trigram model's scoring put together).
 */
export function wordNgramBucket(hashes: ArrayLike<number>, from: number, n: number, bucket: number): number {
  const first = hashes[from]! | 0;
  let hi = first < 0 ? 0xffffffff : 0;
  let lo = first >>> 0;
  for (let k = 1; k < n; k++) {
    // (hi, lo) × F: lo × F split in 16-bit halves so every product is exact in a double.
    const low = (lo & 0xffff) * WORD_PAIR_FACTOR;
    const high = (lo >>> 16) * WORD_PAIR_FACTOR;
    const sum = low + (high % 0x10000) * 0x10000;
    const carry = Math.floor(sum / TWO_32) + Math.floor(high / 0x10000);
    lo = sum % TWO_32;
    hi = ((Math.imul(hi, WORD_PAIR_FACTOR) >>> 0) + carry) % TWO_32;
    // + next, widened with sign: a negative int32 adds 2^64 - |next|, i.e. 0xffffffff to hi.
    const next = hashes[from + k]! | 0;
    lo += next >>> 0;
    hi += (next < 0 ? 0xffffffff : 0) + (lo >= TWO_32 ? 1 : 0);
    lo %= TWO_32;
    hi %= TWO_32;
  }
  return ((hi % bucket) * (TWO_32 % bucket) + (lo % bucket)) % bucket;
}
