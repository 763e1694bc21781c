import { SentenceClassifier } from '../../../../lib/detect/model/classifier';
import { subwordBuckets } from '../../../../lib/detect/model/fasttext-hash';
import { ModelFormatError, readModel } from '../../../../lib/detect/model/format';
import type { FtzModel } from '../../../../scripts/detect/ftz';
import { toModelFile } from '../../../../scripts/detect/write-model';

/**
 * A two-dimensional model small enough to work out by hand: words </s> and "viral", one character
 * trigram row (the first trigram of "hello"), two labels. Row vectors: </s> (0,0), viral (2,0),
 * "<he" (2,0); the output matrix reads the first coordinate for go-viral, nothing for none.
 */
function tinyModel(loss: 3 | 4): FtzModel {
  // Large enough that none of "viral"'s trigrams shares the one bucket kept.
  const bucket = 1 << 20;
  const heTrigram = subwordBuckets('hello', 3, 3, bucket)[0]!;
  const centroids = new Float32Array(2 * 256);
  centroids.set([2, 0], 2); // centroid 1 = (2, 0); centroid 0 = (0, 0)
  const normCentroids = new Float32Array(256);
  normCentroids[0] = 1;
  return {
    args: { dim: 2, wordNgrams: 1, loss, bucket, minn: 3, maxn: 3 },
    words: ['</s>', 'viral'],
    labels: ['__label__none', '__label__go-viral'],
    pruneIndex: new Map([[heTrigram, 0]]),
    pruned: true,
    input: {
      rows: 3,
      nsubq: 1,
      dsub: 2,
      lastdsub: 2,
      centroids,
      codes: new Uint8Array([0, 1, 1]),
      normCodes: new Uint8Array([0, 0, 0]),
      normCentroids,
    },
    output: { rows: 2, cols: 2, data: new Float32Array([0, 0, 1, 0]) },
  };
}

const load = (ftz: FtzModel, thresholds = {}) =>
  readModel(toModelFile(ftz, thresholds, { note: 'test' }).slice().buffer as ArrayBuffer);

describe('the classifier, on a model worked out by hand', () => {
  it('averages the rows a sentence reads and applies softmax', () => {
    const classifier = new SentenceClassifier(load(tinyModel(3)));
    expect(classifier.labels).toEqual(['none', 'go-viral']);
    // "viral" + </s>: hidden (1, 0) → logits (0, 1).
    const viral = classifier.scores(['viral']);
    expect(viral[1]).toBeCloseTo(Math.E / (1 + Math.E), 6);
    // "hello" is not a word of the model: its trigram "<he" row and </s>, hidden (1, 0) again.
    expect(classifier.scores(['hello'])[1]).toBeCloseTo(Math.E / (1 + Math.E), 6);
    // "ok": no row but </s>: hidden (0, 0), both labels alike.
    expect(classifier.scores(['ok'])[1]).toBeCloseTo(0.5, 6);
    // "viral viral ok": rows viral, viral, </s> → hidden (4/3, 0).
    const e = Math.exp(4 / 3);
    expect(classifier.scores(['viral', 'viral', 'ok'])[1]).toBeCloseTo(e / (1 + e), 5);
  });

  it('uses fastText’s sigmoid table for one-vs-all models', () => {
    const classifier = new SentenceClassifier(load(tinyModel(4)));
    // logit 1 falls in table cell trunc((1 + 8) × 512 / 16) = 288, x = 288 × 16 / 512 − 8 = 1.
    expect(classifier.scores(['viral'])[1]).toBeCloseTo(Math.fround(1 / (1 + Math.exp(-1))), 7);
    expect(classifier.scores(['ok'])[0]).toBeCloseTo(0.5, 7);
  });

  it('keeps the thresholds and provenance in the header', () => {
    const data = load(tinyModel(3), { 'go-viral': { en: 0.8, fr: 0.7 } });
    expect(data.header.thresholds).toEqual({ 'go-viral': { en: 0.8, fr: 0.7 } });
    expect(data.header.provenance).toEqual({ note: 'test' });
  });

  it('refuses what is not a model file, or one cut short', () => {
    const file = toModelFile(tinyModel(3), {}, {});
    expect(() => readModel(new TextEncoder().encode('not a model').buffer as ArrayBuffer)).toThrow(
      ModelFormatError,
    );
    expect(() => readModel(file.slice(0, file.length - 1).buffer as ArrayBuffer)).toThrow(ModelFormatError);
    const longer = new Uint8Array(file.length + 4);
    longer.set(file);
    expect(() => readModel(longer.buffer as ArrayBuffer)).toThrow(/trailing/);
  });
});
