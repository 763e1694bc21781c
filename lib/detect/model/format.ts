/**
 * The classifier's file, `detect-model.bin`: a quantized fastText model in a compact layout of our own,
 * written at training time (scripts/detect/write-model.ts) and read here without copying: a header in
 * JSON, then typed arrays. Words are kept as fastText hashes, not as text, and the character n-gram
 * rows that quantization pruned are listed by bucket.
 *
 *   "BBM1" · u32 header length · header JSON · padding to 4 ·
 *   u32 wordHashes[words] · f32 centroids[dim × 256] · f32 normCentroids[256] · f32 output[labels × dim] ·
 *   u16|u32 prunedBuckets[rows - words] · u8 codes[rows × subquantizers] · u8 normCodes[rows]
 */

export const MODEL_MAGIC = 'BBM1';

export interface ModelHeader {
  format: 'better-brief-model';
  version: 1;
  dim: number;
  minn: number;
  maxn: number;
  wordNgrams: number;
  bucket: number;
  loss: 'softmax' | 'one-vs-all';
  /** Label names without fastText's `__label__`: the rule ids and `none`. */
  labels: string[];
  /** Vocabulary size (rows 0…words-1 are words). */
  words: number;
  /** Input rows: words, then the character and word n-gram buckets that survived pruning. */
  rows: number;
  subquantizers: number;
  dsub: number;
  lastdsub: number;
  /** Bytes per pruned bucket id: 2 when bucket ≤ 65536. */
  bucketBytes: 2 | 4;
  /** Per rule and language, the score from which the model flags a sentence (calibrated on dev). */
  thresholds: Record<string, { en: number; fr: number }>;
  /** Per rule and language, the score under which the model overrules a pattern match (calibrated on dev). */
  patternFloors?: Record<string, { en: number; fr: number }>;
  /** The topic model's score under which a sentence is left alone whatever its rule scores (calibrated on dev). */
  topicGate?: number;
  /** Where the model came from: training flags, data fingerprint, date. Informative only. */
  provenance: Record<string, unknown>;
}

export interface ModelData {
  header: ModelHeader;
  wordHashes: Uint32Array;
  centroids: Float32Array;
  normCentroids: Float32Array;
  output: Float32Array;
  prunedBuckets: Uint16Array | Uint32Array;
  codes: Uint8Array;
  normCodes: Uint8Array;
}

export class ModelFormatError extends Error {}

const KSUB = 256;

/** The byte size of each section after the header, in file order. */
export function sectionSizes(header: ModelHeader) {
  return {
    wordHashes: header.words * 4,
    centroids: header.dim * KSUB * 4,
    normCentroids: KSUB * 4,
    output: header.labels.length * header.dim * 4,
    prunedBuckets: (header.rows - header.words) * header.bucketBytes,
    codes: header.rows * header.subquantizers,
    normCodes: header.rows,
  };
}

const align4 = (offset: number) => (offset + 3) & ~3;

/** Reads a model file. Throws ModelFormatError when it is not one or is cut short. */
export function readModel(buffer: ArrayBuffer): ModelData {
  return readModelAt(buffer, 0, buffer.byteLength);
}

/** Reads the model stored at [start, start + length) of `buffer` (start a multiple of 4), without copying. */
function readModelAt(buffer: ArrayBuffer, start: number, length: number): ModelData {
  const bytes = new Uint8Array(buffer, start, length);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MODEL_MAGIC) {
    throw new ModelFormatError('not a Better Brief model file');
  }
  const headerLength = new DataView(buffer, start).getUint32(4, true);
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader;
  } catch {
    throw new ModelFormatError('model header is not JSON');
  }
  if (header.format !== 'better-brief-model' || header.version !== 1) {
    throw new ModelFormatError('unknown model format version');
  }
  const sizes = sectionSizes(header);
  let offset = align4(8 + headerLength);
  const take = (size: number) => {
    const at = offset;
    offset += size;
    if (offset > bytes.length) throw new ModelFormatError('model file is cut short');
    return start + at;
  };
  const wordHashes = new Uint32Array(buffer, take(sizes.wordHashes), header.words);
  const centroids = new Float32Array(buffer, take(sizes.centroids), header.dim * KSUB);
  const normCentroids = new Float32Array(buffer, take(sizes.normCentroids), KSUB);
  const output = new Float32Array(buffer, take(sizes.output), header.labels.length * header.dim);
  const pruned = header.rows - header.words;
  const prunedStart = take(sizes.prunedBuckets);
  const prunedBuckets =
    header.bucketBytes === 2
      ? new Uint16Array(buffer, prunedStart, pruned)
      : new Uint32Array(buffer, prunedStart, pruned);
  const codes = new Uint8Array(buffer, take(sizes.codes), sizes.codes);
  const normCodes = new Uint8Array(buffer, take(sizes.normCodes), sizes.normCodes);
  if (offset !== bytes.length) throw new ModelFormatError('model file has trailing bytes');
  return { header, wordHashes, centroids, normCentroids, output, prunedBuckets, codes, normCodes };
}

/**
 * The extension's model file holds several models: "BBMB" · u32 count · per model: u32 name length,
 * name (UTF-8), padding to 4, u32 size, the model (a BBM1 file), padding to 4. Today: `rules` (the
 * four rules and none) and `topic` (does a sentence talk about the things those requests are about at
 * all: a cheap second opinion that keeps ordinary messages quiet).
 */
export const BUNDLE_MAGIC = 'BBMB';

export function readModelBundle(buffer: ArrayBuffer): Map<string, ModelData> {
  const bytes = new Uint8Array(buffer);
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic === MODEL_MAGIC) return new Map([['rules', readModel(buffer)]]);
  if (bytes.length < 8 || magic !== BUNDLE_MAGIC) throw new ModelFormatError('not a Better Brief model file');
  const view = new DataView(buffer);
  const count = view.getUint32(4, true);
  const models = new Map<string, ModelData>();
  let offset = 8;
  for (let i = 0; i < count; i++) {
    if (offset + 4 > bytes.length) throw new ModelFormatError('model file is cut short');
    const nameLength = view.getUint32(offset, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 4, offset + 4 + nameLength));
    offset = align4(offset + 4 + nameLength);
    if (offset + 4 > bytes.length) throw new ModelFormatError('model file is cut short');
    const size = view.getUint32(offset, true);
    offset += 4;
    if (offset + size > bytes.length) throw new ModelFormatError('model file is cut short');
    models.set(name, readModelAt(buffer, offset, size));
    offset = align4(offset + size);
  }
  if (offset !== bytes.length) throw new ModelFormatError('model file has trailing bytes');
  return models;
}
