import { describe, expect, it } from 'vitest';
import { gunzip, gzip } from '../../../lib/detect/gzip';

/** Compresses about 4:1, like the compiled guidance's small integers. */
function sample(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 11;
  for (let i = 0; i < length; i++) {
    // xorshift32: exact in 32-bit integers, so the sample never falls into a short cycle.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    bytes[i] = i % 4 === 0 ? (seed >>> 0) % 97 : 0;
  }
  return bytes;
}

describe('gzip', () => {
  it('gives the bytes back, un-gzipped a slice at a time with the page given a turn between slices', async () => {
    const bytes = sample(600_000);
    const packed = await gzip(bytes);
    let pauses = 0;
    const unpacked = await gunzip(packed, async () => {
      pauses++;
    });
    expect(unpacked).toEqual(bytes);
    // 32 KB of compressed input per slice.
    expect(pauses).toBe(Math.ceil(packed.length / 32_768) - 1);
    expect(pauses).toBeGreaterThan(1);
    // Int32 views need a buffer of its own at offset 0.
    expect(unpacked.byteOffset).toBe(0);
  });

  it('rejects what is not gzip, or is cut short', async () => {
    await expect(gunzip(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).rejects.toThrow();
    const packed = await gzip(sample(100_000));
    await expect(gunzip(packed.subarray(0, packed.length - 100))).rejects.toThrow();
  });
});
