/**
 * The detection data keeps its promises (data/detect/README.md): the format, provenance per batch,
 * enough examples of every kind, and no test line that nearly repeats a training line.
 */
import { existsSync } from 'node:fs';
import { batchFiles, type Example, RULE_IDS, readBatch } from '../../../scripts/detect/dataset';
import { nearDuplicates } from '../../../scripts/detect/near-duplicates';
import { allSplits, blindSplits, DEV, NEUTRAL, read, TRAIN } from '../../../scripts/detect/splits';

const LANGS = ['en', 'fr'] as const;
const splits = allSplits();
const examples = new Map(splits.map((split) => [split.name, read(split)]));
const train = examples.get(TRAIN.name)!;

describe('detection data', () => {
  it('says where every batch comes from: its name, its writer and the brief it was written to', () => {
    for (const split of splits) {
      for (const file of batchFiles(split.dir)) {
        const { header } = readBatch(file);
        expect(
          header.some((line) => line.startsWith('batch:')),
          file,
        ).toBe(true);
        expect(
          header.some((line) => line.startsWith('writer:')),
          file,
        ).toBe(true);
        const brief = header
          .find((line) => line.startsWith('brief:'))
          ?.slice('brief:'.length)
          .trim();
        if (brief) expect(existsSync(brief.split(' ')[0]!), `${file}: ${brief}`).toBe(true);
      }
    }
  });

  it('trains on at least 1,000 requests per rule and language, and as many messages without one', () => {
    for (const lang of LANGS) {
      const inLang = train.filter((example) => example.lang === lang);
      for (const rule of RULE_IDS) {
        const count = inLang.filter((example) => example.labels.includes(rule)).length;
        expect(count, `${rule}/${lang}`).toBeGreaterThanOrEqual(1000);
      }
      const positives = inLang.filter((example) => example.labels.length > 0).length;
      const negatives = inLang.filter((example) => example.labels.length === 0);
      expect(negatives.length, lang).toBeGreaterThanOrEqual(positives);
      const near = negatives.filter((example) => example.kind === 'near').length;
      expect(near, lang).toBeGreaterThanOrEqual(negatives.length / 3);
    }
  });

  it('has plain and reworded requests of every rule and language in dev and every blind set', () => {
    for (const split of [DEV, ...blindSplits()]) {
      const list = examples.get(split.name)!;
      for (const lang of LANGS) {
        for (const rule of RULE_IDS) {
          for (const kind of ['plain', 'reworded'] as const) {
            const count = list.filter(
              (e: Example) => e.lang === lang && e.kind === kind && e.labels.includes(rule),
            ).length;
            expect(count, `${split.name} ${rule}/${lang} ${kind}`).toBeGreaterThanOrEqual(10);
          }
        }
      }
    }
  });

  it('keeps at least two blind sets of 600 messages, and a neutral corpus of 5,000', () => {
    const blind = blindSplits();
    expect(blind.length).toBeGreaterThanOrEqual(2);
    for (const split of blind)
      expect(examples.get(split.name)!.length, split.name).toBeGreaterThanOrEqual(600);
    const neutral = examples.get(NEUTRAL.name)!;
    expect(neutral.length).toBeGreaterThanOrEqual(5000);
    expect(neutral.every((example) => example.labels.length === 0)).toBe(true);
    for (const lang of LANGS)
      expect(neutral.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(2000);
  });

  it('has no near duplicate across splits (a test line repeating a training line would measure memory)', () => {
    for (let later = 1; later < splits.length; later++) {
      const earlier = splits.slice(0, later).flatMap((split) => examples.get(split.name)!);
      const copies = nearDuplicates(earlier, examples.get(splits[later]!.name)!);
      expect(
        copies.map((pair) => `${pair.copy.source} ~ ${pair.kept.source}`),
        `run \`npm run data:check -- --fix\``,
      ).toEqual([]);
    }
  }, 60_000); // 28,000 training lines shingled and indexed: seconds on a busy 2-core machine
});
