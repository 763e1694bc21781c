/**
 * Where each split lives. Training reads `train` (the blind sets of past rounds are folded in there),
 * calibration reads `dev`, and `npm run eval` reports `dev`, every blind set and the neutral corpus.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Example, readSplit } from './dataset';

/** `BB_DATA_DIR` points training and evaluation at another copy of the data (experiments). */
export const DATA_DIR = process.env.BB_DATA_DIR ?? 'data/detect';

export interface Split {
  name: string;
  dir: string;
}

export const TRAIN: Split = { name: 'train', dir: join(DATA_DIR, 'train') };
export const DEV: Split = { name: 'dev', dir: join(DATA_DIR, 'dev') };
export const NEUTRAL: Split = { name: 'neutral', dir: join(DATA_DIR, 'neutral') };

/** Each folder under data/detect/blind is one blind set (e.g. blind/r1-a). */
export function blindSplits(): Split[] {
  const root = join(DATA_DIR, 'blind');
  let names: string[] = [];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    // No blind set yet.
  }
  return names.map((name) => ({ name: `blind/${name}`, dir: join(root, name) }));
}

/** Test-side splits first: when two splits share a near duplicate, the earlier one keeps it. */
export function allSplits(): Split[] {
  return [...blindSplits(), NEUTRAL, DEV, TRAIN];
}

export function read(split: Split): Example[] {
  return readSplit(split.dir);
}
