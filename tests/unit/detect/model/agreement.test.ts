/**
 * Our inference against the reference: `npm run train` saved fastText's own `predict-prob` output for
 * 1,200 sentences of the dev split per model, with the models it bundled; the extension's TypeScript
 * must give the same probabilities from the converted file, within 1e-4.
 */
import { readFileSync } from 'node:fs';
import type { SentenceClassifier } from '../../../../lib/detect/model/classifier';
import { loadModel, MODEL_RULE_IDS } from '../../../../lib/detect/model/index';

const model = loadModel(readFileSync('public/detect-model.bin').buffer as ArrayBuffer);
const reference = readFileSync('tests/unit/detect/model/reference.tsv', 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [name, tokens, predicted] = line.split('\t') as [string, string, string];
    const parts = predicted.split(' ');
    const probabilities = new Map<string, number>();
    for (let i = 0; i < parts.length; i += 2)
      probabilities.set(parts[i]!.replace('__label__', ''), Number(parts[i + 1]));
    return { name, tokens: tokens.split(' '), probabilities };
  });

function worstDifference(classifier: SentenceClassifier, name: string): { checked: number; worst: number } {
  let worst = 0;
  const lines = reference.filter((line) => line.name === name);
  for (const { tokens, probabilities } of lines) {
    const scores = classifier.scores(tokens);
    expect(probabilities.size).toBe(classifier.labels.length);
    for (const [label, expected] of probabilities) {
      // predict-prob prints exp(log(p + 1e-5)): fastText's guard against log(0).
      const ours = scores[classifier.labels.indexOf(label)]! + 1e-5;
      worst = Math.max(worst, Math.abs(ours - expected));
    }
  }
  return { checked: lines.length, worst };
}

describe('the classifier agrees with fastText', () => {
  it('the rules model, on at least 1,000 sentences, every label within 1e-4', () => {
    const { checked, worst } = worstDifference(model.classifier, 'rules');
    expect(checked).toBeGreaterThanOrEqual(1000);
    expect(worst).toBeLessThan(1e-4);
  });

  it('the topic model, on at least 1,000 sentences, every label within 1e-4', () => {
    expect(model.topic).toBeDefined();
    const { checked, worst } = worstDifference(model.topic!, 'topic');
    expect(checked).toBeGreaterThanOrEqual(1000);
    expect(worst).toBeLessThan(1e-4);
  });

  it('carries a threshold for every built-in rule in both languages, and the topic gate', () => {
    for (const rule of MODEL_RULE_IDS) {
      expect(model.classifier.labels).toContain(rule);
      for (const lang of ['en', 'fr'] as const) {
        const threshold = model.thresholds[rule]?.[lang];
        expect(threshold, `${rule}/${lang}`).toBeGreaterThan(0);
        expect(threshold, `${rule}/${lang}`).toBeLessThanOrEqual(1);
      }
    }
    expect(model.header.topicGate).toBeGreaterThanOrEqual(0);
  });
});
