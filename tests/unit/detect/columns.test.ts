import { describe, expect, it } from 'vitest';
import { columnCode, narrowed } from '../../../lib/detect/columns';

describe('integer columns in their narrowest array', () => {
  it('takes 16 bits, unsigned, for numbers from 0 to 65,535', () => {
    const column = narrowed(Int32Array.from([0, 40_000, 65_535]));
    expect(column).toBeInstanceOf(Uint16Array);
    expect([...column]).toEqual([0, 40_000, 65_535]);
    expect(columnCode(column)).toBe(2);
  });

  it('takes 16 bits, signed, when a -1 sentinel sits among numbers up to 32,767', () => {
    const column = narrowed(Int32Array.from([-1, 0, 32_767]));
    expect(column).toBeInstanceOf(Int16Array);
    expect([...column]).toEqual([-1, 0, 32_767]);
    expect(columnCode(column)).toBe(1);
  });

  it('keeps 32 bits for a big pack whose numbers do not fit', () => {
    const sentinel = Int32Array.from([-1, 40_000]);
    expect(narrowed(sentinel)).toBe(sentinel);
    const large = Int32Array.from([0, 65_536]);
    expect(narrowed(large)).toBe(large);
    expect(columnCode(large)).toBe(0);
  });

  it('leaves an already narrow column as it is', () => {
    const column = Uint16Array.from([1, 2]);
    expect(narrowed(column)).toBe(column);
    expect(narrowed(new Int32Array(0))).toBeInstanceOf(Uint16Array);
  });
});
