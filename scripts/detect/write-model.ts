/**
 * Converts a quantized fastText model (.ftz) into the extension's model file (lib/detect/model/format.ts).
 */

import { fastTextHash, utf8 } from '../../lib/detect/model/fasttext-hash';
import { BUNDLE_MAGIC, MODEL_MAGIC, type ModelHeader, sectionSizes } from '../../lib/detect/model/format';
import type { FtzModel } from './ftz';

const LOSSES: Record<number, ModelHeader['loss']> = { 3: 'softmax', 4: 'one-vs-all' };

export function toModelFile(
  ftz: FtzModel,
  thresholds: ModelHeader['thresholds'],
  provenance: Record<string, unknown>,
  patternFloors?: ModelHeader['patternFloors'],
  topicGate?: number,
): Uint8Array {
  const loss = LOSSES[ftz.args.loss];
  if (!loss) throw new Error(`model: loss ${ftz.args.loss} not supported (use softmax or ova)`);
  if (!ftz.input.normCodes || !ftz.input.normCentroids) throw new Error('model: quantize with -qnorm');
  const words = ftz.words.length;
  const rows = ftz.input.rows;
  // Pruned rows in row order: row words + k holds the bucket whose pruneIndex value is k.
  const prunedBuckets = new Array<number>(rows - words);
  if (ftz.pruned) {
    for (const [bucket, index] of ftz.pruneIndex) prunedBuckets[index] = bucket;
  } else {
    for (let index = 0; index < rows - words; index++) prunedBuckets[index] = index;
  }
  const bucketBytes = ftz.args.bucket <= 65536 ? 2 : 4;
  const header: ModelHeader = {
    format: 'better-brief-model',
    version: 1,
    dim: ftz.args.dim,
    minn: ftz.args.minn,
    maxn: ftz.args.maxn,
    wordNgrams: ftz.args.wordNgrams,
    bucket: ftz.args.bucket,
    loss,
    labels: ftz.labels.map((label) => label.replace(/^__label__/, '')),
    words,
    rows,
    subquantizers: ftz.input.nsubq,
    dsub: ftz.input.dsub,
    lastdsub: ftz.input.lastdsub,
    bucketBytes,
    thresholds,
    ...(patternFloors ? { patternFloors } : {}),
    ...(topicGate !== undefined ? { topicGate } : {}),
    provenance,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sizes = sectionSizes(header);
  const start = (8 + headerBytes.length + 3) & ~3;
  const total = start + Object.values(sizes).reduce((a, b) => a + b, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MODEL_MAGIC), 0);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let offset = start;
  const hashes = new Set<number>();
  for (const word of ftz.words) {
    const hash = fastTextHash(utf8(word));
    if (hashes.has(hash)) throw new Error(`model: two vocabulary words share the hash of "${word}"`);
    hashes.add(hash);
    view.setUint32(offset, hash, true);
    offset += 4;
  }
  for (const block of [ftz.input.centroids, ftz.input.normCentroids, ftz.output.data]) {
    for (const value of block) {
      view.setFloat32(offset, value, true);
      offset += 4;
    }
  }
  for (const bucket of prunedBuckets) {
    if (bucketBytes === 2) view.setUint16(offset, bucket, true);
    else view.setUint32(offset, bucket, true);
    offset += bucketBytes;
  }
  out.set(ftz.input.codes, offset);
  offset += ftz.input.codes.length;
  out.set(ftz.input.normCodes, offset);
  offset += ftz.input.normCodes.length;
  if (offset !== total) throw new Error('model: size mismatch');
  return out;
}

/** Several model files in one (lib/detect/model/format.ts, readModelBundle). */
export function toBundle(models: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const align4 = (n: number) => (n + 3) & ~3;
  let total = 8;
  for (const [name, model] of models)
    total = align4(align4(total + 4 + encoder.encode(name).length) + 4 + model.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(BUNDLE_MAGIC), 0);
  view.setUint32(4, models.size, true);
  let offset = 8;
  for (const [name, model] of models) {
    const nameBytes = encoder.encode(name);
    view.setUint32(offset, nameBytes.length, true);
    out.set(nameBytes, offset + 4);
    offset = align4(offset + 4 + nameBytes.length);
    view.setUint32(offset, model.length, true);
    out.set(model, offset + 4);
    offset = align4(offset + 4 + model.length);
  }
  return out;
}
