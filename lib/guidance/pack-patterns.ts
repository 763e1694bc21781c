import { MAX_SLOT_ENTRY_WORDS } from '../detect/compile';
import {
  checkPattern,
  compileGuidance,
  findMatches,
  MAX_PATTERN_COST,
  MAX_TOTAL_COST,
  normalise,
  type PatternError,
  patternCost,
  tokenise,
} from '../detect/index';
import { LANGS, type Lang, type SlotLists } from '../detect/types';
import { BUILTIN_PACK } from './builtin';
import { formatPath, type PackIssue, packIssue, packIssueByLang, shorten } from './pack-errors';
import { PATTERN_ERROR_FR, TOO_COSTLY_HINT } from './pattern-messages';
import { resolveTeam } from './resolved';
import type { Pack, Rule } from './schema';

type Path = (string | number)[];

function patternIssue(path: Path, pattern: string, error: PatternError, slots: SlotLists): PackIssue {
  if (error.code === 'too-costly') {
    return packIssueByLang(formatPath(path), 'pattern-too-costly', (lang) => ({
      cost: patternCost(pattern, slots),
      limit: MAX_PATTERN_COST,
      detail: TOO_COSTLY_HINT[lang],
    }));
  }
  return packIssueByLang(formatPath(path), 'pattern-error', (lang) => ({
    column: error.column,
    detail: lang === 'en' ? error.message : PATTERN_ERROR_FR[error.code],
  }));
}

/** Every pattern and exception of a rule, each checked where it stands so the path points at it. */
function checkRulePatterns(rule: Rule, rulePath: Path, slots: SlotLists): PackIssue[] {
  const issues: PackIssue[] = [];
  for (const kind of ['patterns', 'exceptions'] as const) {
    for (const lang of LANGS) {
      (rule[kind]?.[lang] ?? []).forEach((pattern, index) => {
        const error = checkPattern(pattern, slots);
        if (error) issues.push(patternIssue([...rulePath, kind, lang, index], pattern, error, slots));
      });
    }
  }
  return issues;
}

/**
 * A rule's examples, like a linter's rule tests: each `match` example must be caught by this rule's
 * patterns of that language (exceptions applied), each `noMatch` example must not. The rule runs alone,
 * so another rule catching the same words neither hides nor fakes a failure.
 */
function checkExamples(rule: Rule, rulePath: Path, slots: SlotLists): PackIssue[] {
  const issues: PackIssue[] = [];
  for (const lang of LANGS) {
    const only = (list?: Partial<Record<Lang, readonly string[]>>) => ({ [lang]: list?.[lang] ?? [] });
    // Patterns were checked one by one first, so compiling one rule cannot fail on them.
    const compiled = compileGuidance(
      [{ id: rule.id, patterns: only(rule.patterns), exceptions: only(rule.exceptions) }],
      slots,
    );
    const caught = (text: string) => findMatches(compiled, text).some((match) => match.ruleId === rule.id);
    const { match, noMatch } = rule.examples[lang];
    match.forEach((text, index) => {
      if (caught(text)) return;
      const path = formatPath([...rulePath, 'examples', lang, 'match', index]);
      issues.push(packIssue(path, 'example-not-matched', { rule: rule.id, lang, text: shorten(text) }));
    });
    noMatch.forEach((text, index) => {
      if (!caught(text)) return;
      const path = formatPath([...rulePath, 'examples', lang, 'noMatch', index]);
      issues.push(packIssue(path, 'example-matched', { rule: rule.id, lang, text: shorten(text) }));
    });
  }
  return issues;
}

/**
 * The team's rules as the content script will compile them (built-in ones merged in) must fit the
 * engine's overall budget. Summed from each pattern's cost, as the engine does, rather than compiled:
 * compiling the built-in rules with their slot lists takes a hundred milliseconds or more.
 */
function checkTeamBudget(team: Pack['teams'][number], teamIndex: number): PackIssue[] {
  const resolved = resolveTeam(team, BUILTIN_PACK);
  let total = 0;
  for (const rule of resolved.rules) {
    for (const lang of LANGS) {
      for (const pattern of [...rule.patterns[lang], ...rule.exceptions[lang]]) {
        total += patternCost(pattern, resolved.slots);
      }
    }
  }
  if (total <= MAX_TOTAL_COST) return [];
  return [
    packIssueByLang(formatPath(['teams', teamIndex, 'rules']), 'pattern-too-costly', (lang) => ({
      cost: total,
      limit: MAX_TOTAL_COST,
      detail: TOO_COSTLY_HINT[lang],
    })),
  ];
}

/** Slot entries the engine would silently skip: no word at all ("!!!"), or more than it reads. */
function checkSlotEntries(team: Pack['teams'][number], teamIndex: number): PackIssue[] {
  return Object.entries(team.slots).flatMap(([name, entries]) =>
    entries.flatMap((entry, index) => {
      const count = tokenise(normalise(entry).text).length;
      if (count >= 1 && count <= MAX_SLOT_ENTRY_WORDS) return [];
      const path = formatPath(['teams', teamIndex, 'slots', name, index]);
      return [packIssue(path, 'slot-entry-words', { maximum: MAX_SLOT_ENTRY_WORDS, count })];
    }),
  );
}

/**
 * Patterns compile and stay within the engine's cost limits, then every rule's examples pass. Slot
 * lists are the team's merged with the built-in ones, as in the tabs. Examples of a rule whose patterns
 * do not compile are not run: the pattern error is the one to fix first.
 */
export function checkPatternsAndExamples(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  pack.teams.forEach((team, t) => {
    issues.push(...checkSlotEntries(team, t));
    const slots = resolveTeam(team, BUILTIN_PACK).slots;
    let patternsCompile = true;
    team.rules.forEach((rule, r) => {
      const rulePath = ['teams', t, 'rules', r];
      const patternIssues = checkRulePatterns(rule, rulePath, slots);
      issues.push(...patternIssues);
      if (patternIssues.length > 0) patternsCompile = false;
      else issues.push(...checkExamples(rule, rulePath, slots));
    });
    if (patternsCompile) issues.push(...checkTeamBudget(team, t));
  });
  return issues;
}
