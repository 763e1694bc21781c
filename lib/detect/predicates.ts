/**
 * The word tests patterns use (exact word, `stem*`, `word~`), each with an id. A text word is
 * classified once into the ids of every test it passes; the matcher then only compares small ints.
 */
import { MIN_PREFIX } from './pattern';

const EMPTY = new Int32Array(0);

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [shorter, longer] = la < lb ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1);
}

export class PredicateTable {
  private readonly ids = new Map<string, number>();
  private readonly exactIds = new Map<string, number>();
  private readonly prefixIds = new Map<string, number>();
  private prefixLengths: number[] = [];
  private readonly fuzzyByLength = new Map<number, { word: string; id: number }[]>();

  get size(): number {
    return this.ids.size;
  }

  /** Every test, in id order, as `=word`, `*stem` or `~word`: what fromKeys needs to rebuild the table. */
  keys(): string[] {
    return [...this.ids.keys()];
  }

  /** The table whose keys() these are: the same tests under the same ids. */
  static fromKeys(keys: readonly string[]): PredicateTable {
    const table = new PredicateTable();
    for (const key of keys) {
      const word = key.slice(1);
      if (key[0] === '=') table.exact(word);
      else if (key[0] === '*') table.prefix(word);
      else table.fuzzy(word);
    }
    return table;
  }

  private id(key: string): { id: number; isNew: boolean } {
    const known = this.ids.get(key);
    if (known !== undefined) return { id: known, isNew: false };
    const id = this.ids.size;
    this.ids.set(key, id);
    return { id, isNew: true };
  }

  exact(word: string): number {
    const { id } = this.id(`=${word}`);
    this.exactIds.set(word, id);
    return id;
  }

  prefix(stem: string): number {
    const { id, isNew } = this.id(`*${stem}`);
    if (isNew) {
      this.prefixIds.set(stem, id);
      if (!this.prefixLengths.includes(stem.length)) {
        this.prefixLengths = [...this.prefixLengths, stem.length].sort((x, y) => x - y);
      }
    }
    return id;
  }

  fuzzy(word: string): number {
    const { id, isNew } = this.id(`~${word}`);
    if (isNew) {
      const list = this.fuzzyByLength.get(word.length) ?? [];
      list.push({ word, id });
      this.fuzzyByLength.set(word.length, list);
    }
    return id;
  }

  /** Ids of every test `word` (normalised) passes, ascending. */
  classify(word: string): Int32Array {
    const found: number[] = [];
    const exact = this.exactIds.get(word);
    if (exact !== undefined) found.push(exact);
    for (const length of this.prefixLengths) {
      if (length > word.length || length < MIN_PREFIX) break;
      const id = this.prefixIds.get(word.slice(0, length));
      if (id !== undefined) found.push(id);
    }
    if (this.fuzzyByLength.size > 0) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const candidate of this.fuzzyByLength.get(length) ?? []) {
          if (withinOneEdit(word, candidate.word)) found.push(candidate.id);
        }
      }
    }
    if (found.length === 0) return EMPTY;
    return Int32Array.from(found).sort();
  }
}
