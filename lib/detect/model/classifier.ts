/**
 * fastText's supervised prediction (FastText::predict of 0.9.2) over our model file: the average of the
 * input rows a sentence reads (each word, its character n-grams, each pair of neighbouring words, and the
 * end-of-line token), times the output matrix, through softmax (or one sigmoid per label). Pure.
 */

import {
  fastTextHash,
  subwordBuckets,
  twoTo64Mod,
  utf8,
  wordNgramBucket,
  wordPairBucket,
} from './fasttext-hash';
import type { ModelData } from './format';

/** fastText appends this token to every line it reads. */
const END_OF_LINE = '</s>';
const KSUB = 256;

/** What the model reads of one token, worked out once per distinct token. */
export interface WordFeatures {
  /** The token as the model reads it. */
  text: string;
  /** fastText's hash of the token, for the word-pair buckets. */
  hash: number;
  /** Sum of the token's rows (its own and its n-grams'), and how many rows that is. */
  sum: Float64Array;
  rows: number;
}

/** Words remembered between sentences; past this many, the memory starts over (a draft rarely has 5,000). */
const WORD_MEMORY = 20_000;

export class SentenceClassifier {
  readonly labels: readonly string[];
  private readonly dim: number;
  private readonly wordIds = new Map<number, number>();
  /** Row of each kept n-gram bucket, -1 for buckets the quantization pruned (a flat table: read per n-gram). */
  private readonly bucketRows: Int32Array;
  private readonly twoTo64ModBucket: number;
  private readonly words = new Map<string, WordFeatures>();
  // fastText's sigmoid for one-vs-all models is a 512-entry table, not Math.exp: kept to agree with it.
  private readonly sigmoidTable: Float64Array | undefined;
  private readonly hidden: Float64Array;
  private hashes = new Int32Array(64);
  private endOfLineFeatures: WordFeatures | undefined;

  constructor(private readonly model: ModelData) {
    const { header } = model;
    this.labels = header.labels;
    this.dim = header.dim;
    this.hidden = new Float64Array(header.dim);
    model.wordHashes.forEach((hash, id) => {
      this.wordIds.set(hash, id);
    });
    this.bucketRows = new Int32Array(header.bucket).fill(-1);
    model.prunedBuckets.forEach((bucket, index) => {
      this.bucketRows[bucket] = header.words + index;
    });
    this.twoTo64ModBucket = twoTo64Mod(header.bucket);
    if (header.loss === 'one-vs-all') {
      this.sigmoidTable = new Float64Array(513);
      for (let i = 0; i <= 512; i++) {
        const x = (i * 2 * 8) / 512 - 8;
        this.sigmoidTable[i] = Math.fround(1 / (1 + Math.exp(-x)));
      }
    }
  }

  /** Probability of each label (in `labels` order) for a sentence given as model tokens. */
  scores(tokens: readonly string[]): Float64Array {
    return this.scoreWords(tokens.map((token) => this.featuresOf(token)));
  }

  /** scores(), for tokens already turned into features (featuresOf). */
  scoreWords(
    words: readonly WordFeatures[],
    from = 0,
    to = words.length,
    ending?: WordFeatures,
  ): Float64Array {
    // Scratch buffers reused call after call: a scan scores thousands of spans, and fresh arrays for
    // each made garbage collection a quarter of its time.
    const hidden = this.hidden.fill(0);
    const count = to - from + (ending ? 1 : 0) + 1;
    if (this.hashes.length < count) this.hashes = new Int32Array(count * 2);
    const hashes = this.hashes;
    let rows = 0;
    let n = 0;
    const dim = this.dim;
    for (let i = from; i <= to + 1; i++) {
      // The span's words, then its ending (if any), then the end-of-line token fastText appends.
      const word = i < to ? words[i]! : i === to ? ending : this.endOfLine;
      if (!word) continue;
      const sum = word.sum;
      for (let d = 0; d < dim; d++) hidden[d]! += sum[d]!;
      rows += word.rows;
      hashes[n++] = word.hash;
    }
    const { bucket } = this.model.header;
    for (let size = 2; size <= this.model.header.wordNgrams; size++) {
      for (let i = 0; i + size <= n; i++) {
        const row = this.bucketRows[this.ngramBucket(hashes, i, size, bucket)]!;
        if (row < 0) continue;
        this.addRow(hidden, row);
        rows++;
      }
    }
    if (rows > 0)
      for (let d = 0; d < this.dim; d++) hidden[d] = Math.fround(hidden[d]! * Math.fround(1 / rows));
    return this.outputOf(hidden);
  }

  private ngramBucket(hashes: ArrayLike<number>, from: number, n: number, bucket: number): number {
    if (n === 2) return wordPairBucket(hashes[from]!, hashes[from + 1]!, bucket, this.twoTo64ModBucket);
    return wordNgramBucket(hashes, from, n, bucket);
  }

  private get endOfLine(): WordFeatures {
    this.endOfLineFeatures ??= this.featuresOf(END_OF_LINE);
    return this.endOfLineFeatures;
  }

  /** What the model reads of a token; remembered, as a draft repeats its words. */
  featuresOf(token: string): WordFeatures {
    const known = this.words.get(token);
    if (known) return known;
    const { header } = this.model;
    const hash = fastTextHash(utf8(token));
    const sum = new Float64Array(this.dim);
    let rows = 0;
    const id = this.wordIds.get(hash);
    if (id !== undefined) {
      this.addRow(sum, id);
      rows++;
    }
    // The end-of-line token has no character n-grams, in the vocabulary or not.
    if (token !== END_OF_LINE) {
      for (const bucket of subwordBuckets(token, header.minn, header.maxn, header.bucket)) {
        const row = this.bucketRows[bucket]!;
        if (row < 0) continue;
        this.addRow(sum, row);
        rows++;
      }
    }
    const features = { text: token, hash, sum, rows };
    if (this.words.size >= WORD_MEMORY) this.words.clear();
    this.words.set(token, features);
    return features;
  }

  /** Adds one decoded row: each subquantizer's centroid, scaled by the row's quantized norm. */
  private addRow(target: Float64Array, row: number): void {
    const { header, codes, centroids, normCentroids, normCodes } = this.model;
    const { subquantizers, dsub, lastdsub } = header;
    const norm = normCentroids[normCodes[row]!]!;
    const base = row * subquantizers;
    for (let m = 0; m < subquantizers; m++) {
      const code = codes[base + m]!;
      const last = m === subquantizers - 1;
      const width = last ? lastdsub : dsub;
      const at = last ? m * KSUB * dsub + code * lastdsub : (m * KSUB + code) * dsub;
      for (let k = 0; k < width; k++) target[m * dsub + k]! += norm * centroids[at + k]!;
    }
  }

  private outputOf(hidden: Float64Array): Float64Array {
    const { output } = this.model;
    const count = this.labels.length;
    const scores = new Float64Array(count);
    for (let label = 0; label < count; label++) {
      let sum = 0;
      for (let d = 0; d < this.dim; d++) sum += output[label * this.dim + d]! * hidden[d]!;
      scores[label] = sum;
    }
    if (this.sigmoidTable) {
      for (let label = 0; label < count; label++) scores[label] = this.sigmoid(scores[label]!);
      return scores;
    }
    let max = scores[0]!;
    for (let label = 1; label < count; label++) max = Math.max(max, scores[label]!);
    let total = 0;
    for (let label = 0; label < count; label++) {
      scores[label] = Math.exp(scores[label]! - max);
      total += scores[label]!;
    }
    for (let label = 0; label < count; label++) scores[label]! /= total;
    return scores;
  }

  private sigmoid(x: number): number {
    if (x < -8) return 0;
    if (x > 8) return 1;
    return this.sigmoidTable![Math.trunc(((x + 8) * 512) / 8 / 2)]!;
  }
}
