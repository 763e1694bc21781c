/**
 * Example corpora for the built-in rules: realistic message lines that must or must not fire a rule.
 * A match line may mark the exact phrase the rule should cover with ⟦ ⟧ — that span is what Replace
 * swaps for the rewrite, so it must hold the whole request (lead-in included) and nothing more.
 */
export const BUILTIN_RULE_IDS = ['post-now', 'go-viral', 'new-network', 'roi'] as const;
export type BuiltinRuleId = (typeof BUILTIN_RULE_IDS)[number];

export interface RuleCorpus {
  match: readonly string[];
  noMatch: readonly string[];
}

export type Corpus = Record<BuiltinRuleId, RuleCorpus>;

export interface MarkedLine {
  text: string;
  /** The phrase the rule must cover exactly, when the line marks one. */
  span?: { start: number; end: number };
}

const OPEN = '⟦';
const CLOSE = '⟧';

export function readMarks(line: string): MarkedLine {
  const start = line.indexOf(OPEN);
  if (start < 0) return { text: line };
  const end = line.indexOf(CLOSE, start);
  if (end < 0) throw new Error(`unclosed ⟦ in corpus line: ${line}`);
  const text = line.slice(0, start) + line.slice(start + 1, end) + line.slice(end + 1);
  return { text, span: { start, end: end - 1 } };
}
