/**
 * Reads a quantized fastText 0.9.2 model (.ftz) as saved by `fasttext quantize`: the layout of
 * FastText::saveModel (magic, version, Args, Dictionary, QuantMatrix input, DenseMatrix or QuantMatrix
 * output). Only what supervised prediction needs is kept. Used at training time to convert the model
 * into the extension's own format (lib/detect/model/format.ts); the extension never reads .ftz.
 */

export interface FtzModel {
  args: {
    dim: number;
    wordNgrams: number;
    /** fastText's loss enum: 1 hierarchical softmax, 2 negative sampling, 3 softmax, 4 one-vs-all. */
    loss: number;
    bucket: number;
    minn: number;
    maxn: number;
  };
  /** Vocabulary words in id order (labels excluded). */
  words: string[];
  labels: string[];
  /** ngram bucket → row offset after pruning (row = words.length + value). Empty when not pruned. */
  pruneIndex: Map<number, number>;
  pruned: boolean;
  input: {
    rows: number;
    nsubq: number;
    dsub: number;
    lastdsub: number;
    centroids: Float32Array;
    codes: Uint8Array;
    normCodes: Uint8Array | undefined;
    normCentroids: Float32Array | undefined;
  };
  output: { rows: number; cols: number; data: Float32Array };
}

const MAGIC = 793712314;
const VERSION = 12;
const KSUB = 256;

class Reader {
  offset = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  i32(): number {
    const value = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return value;
  }
  i64(): number {
    const value = this.view.getBigInt64(this.offset, true);
    this.offset += 8;
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('ftz: 64-bit value out of range');
    return Number(value);
  }
  f64(): number {
    const value = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return value;
  }
  u8(): number {
    return this.bytes[this.offset++]!;
  }
  bool(): boolean {
    return this.u8() !== 0;
  }
  cstring(): string {
    const end = this.bytes.indexOf(0, this.offset);
    const text = new TextDecoder().decode(this.bytes.subarray(this.offset, end));
    this.offset = end + 1;
    return text;
  }
  f32s(count: number): Float32Array {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.view.getFloat32(this.offset + i * 4, true);
    this.offset += count * 4;
    return out;
  }
  u8s(count: number): Uint8Array {
    const out = this.bytes.slice(this.offset, this.offset + count);
    this.offset += count;
    return out;
  }
}

function readProductQuantizer(reader: Reader) {
  const dim = reader.i32();
  const nsubq = reader.i32();
  const dsub = reader.i32();
  const lastdsub = reader.i32();
  const centroids = reader.f32s(dim * KSUB);
  return { dim, nsubq, dsub, lastdsub, centroids };
}

export function readFtz(bytes: Uint8Array): FtzModel {
  const reader = new Reader(bytes);
  if (reader.i32() !== MAGIC) throw new Error('ftz: not a fastText model');
  if (reader.i32() !== VERSION) throw new Error('ftz: not a fastText 0.9 model (version 12)');
  // Args::save
  const dim = reader.i32();
  reader.i32(); // ws
  reader.i32(); // epoch
  reader.i32(); // minCount
  reader.i32(); // neg
  const wordNgrams = reader.i32();
  const loss = reader.i32();
  const model = reader.i32();
  const bucket = reader.i32();
  const minn = reader.i32();
  const maxn = reader.i32();
  reader.i32(); // lrUpdateRate
  reader.f64(); // t
  if (model !== 3) throw new Error('ftz: not a supervised model');

  // Dictionary::save
  const size = reader.i32();
  const nwords = reader.i32();
  const nlabels = reader.i32();
  reader.i64(); // ntokens
  const pruneSize = reader.i64();
  const words: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < size; i++) {
    const word = reader.cstring();
    reader.i64(); // count
    const type = reader.u8();
    (type === 0 ? words : labels).push(word);
  }
  if (words.length !== nwords || labels.length !== nlabels)
    throw new Error('ftz: dictionary counts disagree');
  const pruneIndex = new Map<number, number>();
  for (let i = 0; i < pruneSize; i++) {
    const from = reader.i32();
    const to = reader.i32();
    pruneIndex.set(from, to);
  }

  // Input matrix: quantized.
  if (!reader.bool()) throw new Error('ftz: input matrix is not quantized (use `fasttext quantize`)');
  const qnorm = reader.bool();
  const rows = reader.i64();
  const cols = reader.i64();
  if (cols !== dim) throw new Error('ftz: input matrix width is not dim');
  const codeSize = reader.i32();
  const codes = reader.u8s(codeSize);
  const pq = readProductQuantizer(reader);
  let normCodes: Uint8Array | undefined;
  let normCentroids: Float32Array | undefined;
  if (qnorm) {
    normCodes = reader.u8s(rows);
    const npq = readProductQuantizer(reader);
    normCentroids = npq.centroids;
  }
  if (codeSize !== rows * pq.nsubq) throw new Error('ftz: code size disagrees with rows × subquantizers');

  // Output matrix: kept dense (quantize without -qout).
  if (reader.bool()) throw new Error('ftz: quantized output matrix not supported (quantize without -qout)');
  const outRows = reader.i64();
  const outCols = reader.i64();
  const data = reader.f32s(outRows * outCols);
  if (reader.offset !== bytes.length) throw new Error(`ftz: ${bytes.length - reader.offset} bytes left over`);
  return {
    args: { dim, wordNgrams, loss, bucket, minn, maxn },
    words,
    labels,
    pruneIndex,
    pruned: pruneSize >= 0,
    input: {
      rows,
      nsubq: pq.nsubq,
      dsub: pq.dsub,
      lastdsub: pq.lastdsub,
      centroids: pq.centroids,
      codes,
      normCodes,
      normCentroids,
    },
    output: { rows: outRows, cols: outCols, data },
  };
}
