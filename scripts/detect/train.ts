/**
 * `npm run train`: rebuilds the classifier from the data in the repository, reproducibly.
 *
 *   1. every message of data/detect/train → one line per sentence, labelled by its ⟦marks⟧ (or none),
 *      plus each marked request on its own, in a seeded order; and, for the topic model, the sentences
 *      that ask (`topic`) against those of ordinary messages (`ordinary`);
 *   2. `fasttext supervised`, then `fasttext quantize`, for each model, with the pinned flags below
 *      (one thread, fixed seed: the same data gives the same models, byte for byte);
 *   3. both converted to our own format and bundled; the pattern floors, the topic gate and the
 *      thresholds calibrated on data/detect/dev (scripts/detect/calibrate.ts);
 *   4. written: public/detect-model.bin, data/detect/metrics.json (dev figures, sizes, flags) and
 *      tests/unit/detect/model/reference.tsv (fastText's own probabilities for 1,200 sentences per
 *      model, which the unit tests hold our inference to).
 *
 * Needs Debian's fastText 0.9.2 (`apt-get install fasttext`); the extension and its tests never do.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadModel } from '../../lib/detect/model/index';
import { calibrate, FALSE_FLAG_COST, ORDINARY_COST } from './calibrate';
import type { Example } from './dataset';
import { type FtzModel, readFtz } from './ftz';
import { builtinTeam, runMessage, tally } from './measure';
import { nearDuplicates } from './near-duplicates';
import { fastTextLine, labelledSentences, shuffled, trainingSentences } from './sentence-data';
import { allSplits, DEV, read, TRAIN } from './splits';
import { toBundle, toModelFile } from './write-model';

type Flags = Record<string, string | number | boolean>;

/** The pinned training flags. Changing one is a model change: retrain, re-run `npm run eval`. */
const PINNED: Record<'rules' | 'topic', { supervised: Flags; quantize: Flags }> = {
  rules: {
    supervised: {
      dim: 16,
      epoch: 15,
      lr: 0.5,
      wordNgrams: 3,
      minn: 3,
      maxn: 5,
      bucket: 60000,
      loss: 'softmax',
      thread: 1,
      seed: 20261204,
    },
    quantize: { qnorm: true, cutoff: 20000, retrain: true, dsub: 2, thread: 1, seed: 20261204 },
  },
  topic: {
    supervised: {
      dim: 16,
      epoch: 10,
      lr: 0.5,
      wordNgrams: 2,
      minn: 3,
      maxn: 5,
      bucket: 60000,
      loss: 'softmax',
      thread: 1,
      seed: 20261204,
    },
    quantize: { qnorm: true, cutoff: 6000, retrain: true, dsub: 2, thread: 1, seed: 20261204 },
  },
};

/** Experiments may override flags (`BB_FLAGS='{"rules":{"supervised":{"epoch":40}}}'`); the committed model uses PINNED. */
const overrides = JSON.parse(process.env.BB_FLAGS ?? '{}') as Partial<
  Record<'rules' | 'topic', { supervised?: Flags; quantize?: Flags }>
>;
export const FLAGS = {
  rules: {
    supervised: { ...PINNED.rules.supervised, ...overrides.rules?.supervised },
    quantize: { ...PINNED.rules.quantize, ...overrides.rules?.quantize },
  },
  topic: {
    supervised: { ...PINNED.topic.supervised, ...overrides.topic?.supervised },
    quantize: { ...PINNED.topic.quantize, ...overrides.topic?.quantize },
  },
};
/** Experiments may train without the topic model (`BB_TOPIC=0`). */
const WITH_TOPIC = process.env.BB_TOPIC !== '0';

const WORK = process.env.WORK_DIR ?? '.tmp/train';
const MODEL_OUT = process.env.BB_MODEL_OUT ?? 'public/detect-model.bin';
const METRICS_OUT = process.env.BB_METRICS_OUT ?? 'data/detect/metrics.json';
const REFERENCE_OUT = process.env.BB_REFERENCE_OUT ?? 'tests/unit/detect/model/reference.tsv';
const REFERENCE_SENTENCES = 1200;

function flagArgs(flags: Flags): string[] {
  return Object.entries(flags).flatMap(([name, value]) =>
    value === true ? [`-${name}`] : value === false ? [] : [`-${name}`, String(value)],
  );
}

function fastText(args: string[]): string {
  return execFileSync('fasttext', args, { maxBuffer: 1 << 28, encoding: 'utf8' });
}

function fastTextVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', `-f=${'$'}{Version}`, 'fasttext'], { encoding: 'utf8' });
  } catch {
    return 'unknown';
  }
}

/** Trains and quantizes one model on `lines` (already shuffled); returns the .ftz, read. */
function trainModel(name: string, lines: readonly string[], flags: (typeof FLAGS)['rules']): FtzModel {
  const input = `${WORK}/${name}.txt`;
  writeFileSync(input, `${lines.join('\n')}\n`);
  const run = (command: string, options: Flags) =>
    fastText([command, '-input', input, '-output', `${WORK}/${name}`, '-verbose', '0', ...flagArgs(options)]);
  run('supervised', flags.supervised);
  run('quantize', flags.quantize);
  return readFtz(new Uint8Array(readFileSync(`${WORK}/${name}.ftz`)));
}

/**
 * The topic model's lines: the sentences that ask (any rule) are `topic`, those of ordinary messages
 * `ordinary`. Near misses and the other sentences of requests are left out: whether they are "about"
 * social media is exactly what the rules model decides.
 */
function topicLines(examples: readonly Example[]): string[] {
  return examples.flatMap((example) => {
    if (example.kind === 'near') return [];
    return labelledSentences(example).flatMap((sentence) => {
      if (sentence.tokens.length === 0) return [];
      const asks = sentence.labels[0] !== 'none';
      if (!asks && example.kind !== 'neutral') return [];
      return [`__label__${asks ? 'topic' : 'ordinary'} ${sentence.tokens.join(' ')}`];
    });
  });
}

/** fastText's own probabilities for up to 1,200 dev sentences, for the agreement test. */
function referenceLines(name: string, devSentences: readonly string[]): string[] {
  const sample = shuffled(devSentences, 7).slice(0, REFERENCE_SENTENCES);
  writeFileSync(`${WORK}/${name}-reference.txt`, `${sample.join('\n')}\n`);
  const predicted = fastText([
    'predict-prob',
    `${WORK}/${name}.ftz`,
    `${WORK}/${name}-reference.txt`,
    '-1',
    '0',
  ])
    .trim()
    .split('\n');
  return sample.map((tokens, i) => `${name}\t${tokens}\t${predicted[i]}`);
}

export function main(): void {
  mkdirSync(WORK, { recursive: true });
  const train = read(TRAIN);
  const dev = read(DEV);
  // Never learn a line that nearly repeats a test line (dev, neutral corpus, blind sets).
  const testSide = allSplits()
    .filter((split) => split.name !== TRAIN.name)
    .flatMap(read);
  const copies = new Set(nearDuplicates(testSide, train).map((pair) => pair.copy));
  const kept = train.filter((example) => !copies.has(example));

  const sentences = kept.flatMap(trainingSentences).filter((sentence) => sentence.tokens.length > 0);
  const lines = shuffled(sentences.map(fastTextLine), Number(FLAGS.rules.supervised.seed));
  const rules = trainModel('rules', lines, FLAGS.rules);
  const topicTraining = shuffled(topicLines(kept), Number(FLAGS.topic.supervised.seed));
  const topic = WITH_TOPIC ? trainModel('topic', topicTraining, FLAGS.topic) : undefined;

  const bundle = (
    header: Parameters<typeof toModelFile>[1],
    extra: Parameters<typeof toModelFile>[2],
    floors?: Parameters<typeof toModelFile>[3],
    gate?: number,
  ) =>
    toBundle(
      new Map([
        ['rules', toModelFile(rules, header, extra, floors, gate)],
        ...(topic ? [['topic', toModelFile(topic, {}, { role: 'topic' })] as [string, Uint8Array]] : []),
      ]),
    );
  const team = builtinTeam();
  const uncalibrated = loadModel(bundle({}, {}).slice().buffer as ArrayBuffer);
  const { thresholds, patternFloors, topicGate } = calibrate(team, uncalibrated, dev);

  const labelCounts: Record<string, number> = {};
  for (const sentence of sentences)
    for (const label of sentence.labels) labelCounts[label] = (labelCounts[label] ?? 0) + 1;
  const provenance = {
    trainer: `fastText ${fastTextVersion()} (Debian)`,
    flags: WITH_TOPIC ? FLAGS : { rules: FLAGS.rules },
    trainingMessages: kept.length,
    droppedNearDuplicates: copies.size,
    trainingSentences: sentences.length,
    labelCounts,
    topicSentences: topic ? topicTraining.length : 0,
    dataSha256: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
    calibration: { split: 'dev', falseFlagCost: FALSE_FLAG_COST, ordinaryMessageCost: ORDINARY_COST },
  };
  const file = bundle(thresholds, provenance, patternFloors, topicGate);
  writeFileSync(MODEL_OUT, file);

  const devSentences = [...new Set(dev.flatMap(labelledSentences).map((s) => s.tokens.join(' ')))].filter(
    Boolean,
  );
  mkdirSync('tests/unit/detect/model', { recursive: true });
  writeFileSync(
    REFERENCE_OUT,
    `${[
      '# fastText predict-prob with the models bundled in public/detect-model.bin: model<TAB>tokens<TAB>label probability …',
      ...referenceLines('rules', devSentences),
      ...(topic ? referenceLines('topic', devSentences) : []),
    ].join('\n')}\n`,
  );

  const model = loadModel(file.slice().buffer as ArrayBuffer);
  const devTally = tally(dev.map((example) => runMessage(team, model, example)));
  const metrics = {
    model: {
      file: MODEL_OUT,
      bytes: file.length,
      rules: { rows: rules.input.rows, words: rules.words.length },
      ...(topic ? { topic: { rows: topic.input.rows, words: topic.words.length } } : {}),
    },
    thresholds,
    patternFloors,
    topicGate,
    provenance,
    dev: Object.fromEntries([...devTally].map(([source, table]) => [source, Object.fromEntries(table)])),
  };
  writeFileSync(METRICS_OUT, `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(
    `model: ${MODEL_OUT}, ${file.length} bytes; ${sentences.length} training sentences from ${kept.length} messages (${copies.size} near duplicates of test lines left out)`,
  );
  console.log(`thresholds: ${JSON.stringify(thresholds)}`);
  console.log(`pattern floors: ${JSON.stringify(patternFloors)}; topic gate: ${topicGate}`);
}

main();
