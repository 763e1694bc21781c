/**
 * Message-level measures of the detector on labelled data: per rule and language, recall (plain and
 * reworded) and precision, for the patterns alone, the model alone and both; false flags on near
 * misses and ordinary messages. Shared by `npm run eval` and the calibration in `npm run train`.
 */
import { scanText } from '../../lib/detect/index';
import {
  type Candidate,
  confirmedMatches,
  findModelHits,
  type LoadedModel,
  modelCandidates,
  patternMatchScore,
} from '../../lib/detect/model/index';
import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { type CompiledTeam, compileTeam } from '../../lib/guidance/compile-team';
import { modelSetupFor } from '../../lib/guidance/model-setup';
import { resolveTeam } from '../../lib/guidance/resolved';
import { packSchema } from '../../lib/guidance/schema';
import { type Example, RULE_IDS, type RuleId } from './dataset';

export type Source = 'patterns' | 'model' | 'combined';
export const SOURCES: readonly Source[] = ['patterns', 'model', 'combined'];

/** The built-in guidance as every colleague gets it, compiled once. */
export function builtinTeam(): CompiledTeam {
  const pack = packSchema.parse(BUILTIN_PACK);
  return compileTeam(resolveTeam(pack.teams[0]!, pack));
}

export interface MessageResult {
  example: Example;
  /** Rules flagged, per source. */
  flagged: Record<Source, Set<RuleId>>;
  /** Rules flagged where the flag overlaps the rule's marked words (combined). */
  onTheMark: Set<RuleId>;
}

export function runMessage(
  team: CompiledTeam,
  model: LoadedModel | undefined,
  example: Example,
): MessageResult {
  const { text } = example;
  const { matches, vetoes, words } = scanText(team.patterns, text, true);
  const setup = model && modelSetupFor(team.team, team.rules, model);
  const modelAlone = setup ? findModelHits(text, setup, [], vetoes, words) : [];
  const confirmed = setup ? confirmedMatches(text, setup, matches, words) : matches;
  const modelBeside = setup ? findModelHits(text, setup, confirmed, vetoes, words) : [];
  const rulesOf = (list: { ruleId: string }[]) => new Set(list.map((m) => m.ruleId as RuleId));
  const combined = [...confirmed, ...modelBeside];
  const onTheMark = new Set<RuleId>();
  for (const match of combined) {
    const rule = match.ruleId as RuleId;
    if (
      example.marks.some((mark) => mark.rule === rule && mark.start < match.end && mark.end > match.start)
    ) {
      onTheMark.add(rule);
    }
  }
  return {
    example,
    flagged: { patterns: rulesOf(matches), model: rulesOf(modelAlone), combined: rulesOf(combined) },
    onTheMark,
  };
}

/**
 * For calibration: the patterns' matches with the model's score of their sentence for their rule, and
 * every model candidate (sentence, rule, score, language) once the model's floors have had their say.
 */
export function candidatesOf(team: CompiledTeam, model: LoadedModel, example: Example) {
  const { text } = example;
  const { matches, vetoes, words } = scanText(team.patterns, text, true);
  const setup = modelSetupFor(team.team, team.rules, model)!;
  const scored = matches.map((match) => ({
    ruleId: match.ruleId as RuleId,
    lang: match.lang,
    score: patternMatchScore(text, setup, match, words) ?? 1,
  }));
  const confirmed = confirmedMatches(text, setup, matches, words);
  const candidates: Candidate[] = modelCandidates(text, words, setup, confirmed, vetoes);
  return { patterns: new Set(confirmed.map((m) => m.ruleId as RuleId)), scored, candidates };
}

export interface Tally {
  positives: { plain: number; reworded: number };
  caught: { plain: number; reworded: number };
  onTheMark: number;
  flags: number;
  falseFlags: number;
}

const emptyTally = (): Tally => ({
  positives: { plain: 0, reworded: 0 },
  caught: { plain: 0, reworded: 0 },
  onTheMark: 0,
  flags: 0,
  falseFlags: 0,
});

export type Key = `${RuleId}/${Lang}`;

/** Per rule/language and source: positives, caught, flags and false flags. */
export function tally(results: readonly MessageResult[]): Map<Source, Map<Key, Tally>> {
  const out = new Map<Source, Map<Key, Tally>>();
  for (const source of SOURCES) {
    const table = new Map<Key, Tally>();
    for (const rule of RULE_IDS)
      for (const lang of ['en', 'fr'] as const) table.set(`${rule}/${lang}`, emptyTally());
    for (const { example, flagged, onTheMark } of results) {
      for (const rule of RULE_IDS) {
        const t = table.get(`${rule}/${example.lang}`)!;
        const positive = example.labels.includes(rule);
        const hit = flagged[source].has(rule);
        if (positive && (example.kind === 'plain' || example.kind === 'reworded')) {
          t.positives[example.kind]++;
          if (hit) t.caught[example.kind]++;
          if (hit && source === 'combined' && onTheMark.has(rule)) t.onTheMark++;
        }
        if (hit) {
          t.flags++;
          if (!positive) t.falseFlags++;
        }
      }
    }
    out.set(source, table);
  }
  return out;
}

/** Messages without any request that got at least one flag, per source. */
export function quietFailures(results: readonly MessageResult[], source: Source): MessageResult[] {
  return results.filter((r) => r.example.labels.length === 0 && r.flagged[source].size > 0);
}
