/** The two languages Better Brief detects in and speaks. */
export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** One flagged request in a text. Offsets are UTF-16 indices into the ORIGINAL text (not the normalised one). */
export interface Match {
  ruleId: string;
  /** Inclusive start offset in the original text. */
  start: number;
  /** Exclusive end offset in the original text. */
  end: number;
  /** Named slots captured by the pattern, e.g. { network: 'TikTok' } — original spelling, as written. */
  captures: Record<string, string>;
  /** Language of the pattern that matched, or of the sentence the classifier flagged. */
  lang: Lang;
  /** What caught it: a pattern (the default) or the learned classifier. */
  source?: 'pattern' | 'model';
  /** The classifier's probability for the rule, on its hits. */
  score?: number;
}

/** What the engine needs of a rule: nothing about UI, reports or rewrites. */
export interface DetectionRule {
  id: string;
  /** Phrase patterns per language, in the pattern language (see docs/pattern-language.md). */
  patterns: Partial<Record<Lang, readonly string[]>>;
  /** Patterns that cancel a match of this rule when their span overlaps it. */
  exceptions?: Partial<Record<Lang, readonly string[]>>;
}

/** Named word lists for slots like {network}. A slot without a list matches any one word. */
export type SlotLists = Readonly<Record<string, readonly string[]>>;
