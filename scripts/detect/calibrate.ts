/**
 * The classifier's two dials per rule and language, chosen on the dev split only (never on a blind set
 * or the neutral corpus), each where it gains most: a caught request counts 1, a false flag costs
 * FALSE_FLAG_COST (ORDINARY_COST on an ordinary message: they are most of what people write).
 *
 * - `patternFloors`: the score under which the model overrules a built-in pattern's match;
 * - `thresholds`: the score from which the model flags a sentence the patterns left alone.
 */
import type { LoadedModel } from '../../lib/detect/model/index';
import type { Lang } from '../../lib/detect/types';
import type { CompiledTeam } from '../../lib/guidance/compile-team';
import { type Example, RULE_IDS } from './dataset';
import { candidatesOf } from './measure';

export const FALSE_FLAG_COST = 30;
export const ORDINARY_COST = 80;
const LANGS: Lang[] = ['en', 'fr'];
// 0.30 … 0.99 by hundredths, then 0.991 … 0.999 and 0.9991 … 0.9999 for a model sure of itself.
const THRESHOLDS = [
  ...Array.from({ length: 70 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100),
  ...Array.from({ length: 9 }, (_, i) => Math.round((0.991 + i * 0.001) * 1000) / 1000),
  ...Array.from({ length: 9 }, (_, i) => Math.round((0.9991 + i * 0.0001) * 10000) / 10000),
];
const FLOORS = Array.from({ length: 41 }, (_, i) => Math.round(i * 0.01 * 100) / 100);

export type Dials = Record<string, { en: number; fr: number }>;

const costOf = (example: Example) => (example.kind === 'neutral' ? ORDINARY_COST : FALSE_FLAG_COST);

/** The value that scores best; on a tie, the first tried. */
function best(values: readonly number[], gain: (value: number) => number): number {
  let chosen = values[0]!;
  let top = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    const g = gain(value);
    if (g > top) {
      top = g;
      chosen = value;
    }
  }
  return chosen;
}

function calibrateFloors(team: CompiledTeam, model: LoadedModel, dev: readonly Example[]): Dials {
  // Per message and rule/language: the best model score among the pattern's matches of that rule.
  const rows = dev.map((example) => {
    const top = new Map<string, number>();
    for (const match of candidatesOf(team, model, example).scored) {
      const key = `${match.ruleId}/${match.lang}`;
      top.set(key, Math.max(top.get(key) ?? 0, match.score));
    }
    return { example, top };
  });
  const floors: Dials = {};
  for (const rule of RULE_IDS) {
    const perLang = { en: 0, fr: 0 };
    for (const lang of LANGS) {
      // From no floor upwards: a tie keeps the patterns' word.
      perLang[lang] = best(FLOORS, (floor) => {
        let gain = 0;
        for (const { example, top } of rows) {
          const score = top.get(`${rule}/${lang}`);
          if (score === undefined || score >= floor) continue;
          gain += example.labels.includes(rule) ? -1 : costOf(example);
        }
        return gain;
      });
    }
    floors[rule] = perLang;
  }
  return floors;
}

/** Per message: the rules the (confirmed) patterns flag, and each model candidate's score and topic. */
function candidateRows(team: CompiledTeam, model: LoadedModel, dev: readonly Example[]) {
  return dev.map((example) => {
    const { patterns, candidates } = candidatesOf(team, model, example);
    return { example, patterns, candidates };
  });
}

/** Thresholds for one topic gate, and what they gain on dev. */
function thresholdsFor(
  rows: ReturnType<typeof candidateRows>,
  gate: number,
): { thresholds: Dials; gain: number } {
  const thresholds: Dials = {};
  let total = 0;
  for (const rule of RULE_IDS) {
    const perLang = { en: 1, fr: 1 };
    for (const lang of LANGS) {
      const tops = rows.map(({ example, patterns, candidates }) => {
        if (patterns.has(rule)) return { example, score: undefined };
        let score: number | undefined;
        for (const c of candidates) {
          if (c.ruleId === rule && c.lang === lang && c.topic >= gate) score = Math.max(score ?? 0, c.score);
        }
        return { example, score };
      });
      const gainAt = (threshold: number) => {
        let gain = 0;
        for (const { example, score } of tops) {
          if (score === undefined || score < threshold) continue;
          gain += example.labels.includes(rule) ? 1 : -costOf(example);
        }
        return gain;
      };
      // From strict to permissive: a tie keeps the stricter threshold.
      perLang[lang] = best([...THRESHOLDS].reverse(), gainAt);
      total += gainAt(perLang[lang]);
    }
    thresholds[rule] = perLang;
  }
  return { thresholds, gain: total };
}

/** Topic gates tried: none at all, then stricter and stricter. */
const GATES = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98];

export function calibrate(
  team: CompiledTeam,
  model: LoadedModel,
  dev: readonly Example[],
): { thresholds: Dials; patternFloors: Dials; topicGate: number | undefined } {
  const patternFloors = calibrateFloors(team, model, dev);
  const rows = candidateRows(team, { ...model, patternFloors }, dev);
  if (!model.topic) return { ...thresholdsFor(rows, 0), patternFloors, topicGate: undefined };
  let chosen = { ...thresholdsFor(rows, 0), topicGate: 0 };
  for (const gate of GATES.slice(1)) {
    const tried = thresholdsFor(rows, gate);
    if (tried.gain > chosen.gain) chosen = { ...tried, topicGate: gate };
  }
  return { thresholds: chosen.thresholds, patternFloors, topicGate: chosen.topicGate };
}
