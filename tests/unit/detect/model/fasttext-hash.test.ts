import fc from 'fast-check';
import {
  fastTextHash,
  subwordBuckets,
  twoTo64Mod,
  utf8,
  wordNgramBucket,
  wordPairBucket,
} from '../../../../lib/detect/model/fasttext-hash';

/** fastText's own arithmetic, with BigInt: int32 hashes widened with sign to uint64, wrapped at 2^64. */
function reference(first: number, second: number, bucket: number): number {
  const widen = (hash: number) => BigInt.asUintN(64, BigInt(hash | 0));
  return Number(BigInt.asUintN(64, widen(first) * 116049371n + widen(second)) % BigInt(bucket));
}

describe('fastText hashing', () => {
  it('is FNV-1a on ASCII, and reads other bytes as signed chars as fastText does', () => {
    expect(fastTextHash(utf8(''))).toBe(0x811c9dc5);
    expect(fastTextHash(utf8('a'))).toBe(0xe40c292c); // textbook FNV-1a of "a"
    // é is C3 A9: fastText xors 0xFFFFFFC3, textbook FNV xors 0xC3.
    let textbook = 0x811c9dc5;
    for (const byte of utf8('é')) textbook = Math.imul(textbook ^ byte, 0x01000193) >>> 0;
    expect(fastTextHash(utf8('é'))).not.toBe(textbook);
  });

  it('buckets word pairs as fastText’s 64-bit arithmetic does', () => {
    const edges = [0, 1, -1, 0x7fffffff, -0x80000000, 0xffffffff, 116049371, -116049371, 18, -19];
    for (const bucket of [60000, 2000000, 65536, 7]) {
      const wrap = twoTo64Mod(bucket);
      for (const a of edges)
        for (const b of edges) expect(wordPairBucket(a, b, bucket, wrap)).toBe(reference(a, b, bucket));
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (a, b) => {
          return wordPairBucket(a, b, 60000, twoTo64Mod(60000)) === reference(a, b, 60000);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('buckets word n-grams of any length without BigInt, as the 64-bit chain does', () => {
    const chain = (hashes: number[], bucket: number) => {
      let h = BigInt.asUintN(64, BigInt(hashes[0]! | 0));
      for (const next of hashes.slice(1))
        h = BigInt.asUintN(64, h * 116049371n + BigInt.asUintN(64, BigInt(next | 0)));
      return Number(h % BigInt(bucket));
    };
    const hash = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(
        fc.array(hash, { minLength: 2, maxLength: 5 }),
        fc.constantFrom(60000, 2000000, 7),
        (hashes, bucket) => wordNgramBucket(hashes, 0, hashes.length, bucket) === chain(hashes, bucket),
      ),
      { numRuns: 5000 },
    );
    for (const edge of [
      [0xffffffff, 0xffffffff, 0xffffffff],
      [0, 0, 0],
      [0x80000000, 0x7fffffff, 1],
    ])
      expect(wordNgramBucket(edge, 0, 3, 60000)).toBe(chain(edge, 60000));
  });

  it('lists every character n-gram of <word> from minn to maxn characters, accents counting as one', () => {
    // "<ab>" has 2 trigrams and 1 four-gram.
    expect(subwordBuckets('ab', 3, 5, 1 << 30)).toHaveLength(3);
    // "<été>" is 5 characters (7 bytes): 3 trigrams, 2 four-grams, 1 five-gram.
    expect(subwordBuckets('été', 3, 5, 1 << 30)).toHaveLength(6);
    expect(subwordBuckets('été', 3, 5, 1 << 30)[0]).toBe(fastTextHash(utf8('<ét')) % (1 << 30));
  });
});
