/** The automaton as built from patterns, before it is flattened for the matcher. */

export const ANY = -1;
export enum RawKind {
  Consume = 0,
  Split = 1,
  Open = 2,
  Close = 3,
  Accept = 4,
}

/** The automaton as built: kept for capture recovery on the rare spans that matched. */
export interface RawGraph {
  kind: RawKind[];
  /** Consume: the predicate; Accept: the pattern id. */
  value: number[];
  next: number[][];
  slotName: string[];
}
