/**
 * The automaton's integer columns are built as Int32Array and then kept in the narrowest array their
 * values fit: with the built-in guidance most hold state, predicate or pattern numbers under 65,536,
 * and 16 bits instead of 32 take 0.7 MB off every page that loads it. A large manager pack whose
 * numbers do not fit keeps 32 bits, column by column.
 */

/** An integer column as kept: signed 32 bits, or 16 bits (signed when it holds -1 sentinels). */
export type IntColumn = Int32Array | Int16Array | Uint16Array;

/** The array types by the code stored with a serialised column (serial.ts): never renumber them. */
export const COLUMN_TYPES = [Int32Array, Int16Array, Uint16Array] as const;

export type ColumnCode = 0 | 1 | 2;

/** `column` in the narrowest of COLUMN_TYPES that holds every value of it (a copy, or itself). */
export function narrowed(column: IntColumn): IntColumn {
  let min = 0;
  let max = 0;
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    if (value < min) min = value;
    else if (value > max) max = value;
  }
  if (min >= 0 && max <= 0xffff) return column instanceof Uint16Array ? column : Uint16Array.from(column);
  if (min >= -0x8000 && max <= 0x7fff) return column instanceof Int16Array ? column : Int16Array.from(column);
  return column;
}

/** The code of the array type of `column` (see COLUMN_TYPES). */
export function columnCode(column: IntColumn): ColumnCode {
  if (column instanceof Int16Array) return 1;
  if (column instanceof Uint16Array) return 2;
  return 0;
}
