import type { Lang } from '../../lib/detect/types';
import type { Rule } from '../../lib/guidance/schema';

/**
 * A rule as the form holds it: one string per text box, lists as one entry per line. The form keeps
 * exactly what the manager typed (even half-written), and turns it into a rule only to save or test.
 */
export interface RuleForm {
  id: string;
  title: Record<Lang, string>;
  patterns: Record<Lang, string>;
  exceptions: Record<Lang, string>;
  why: Record<Lang, string>;
  rewrites: Record<Lang, string>;
  reports: string[];
  match: Record<Lang, string>;
  noMatch: Record<Lang, string>;
}

const both = (value: string): Record<Lang, string> => ({ en: value, fr: value });
const joined = (lists: Record<Lang, readonly string[]>): Record<Lang, string> => ({
  en: lists.en.join('\n'),
  fr: lists.fr.join('\n'),
});

/** Non-empty lines, trimmed: blank lines between patterns are for reading, not patterns. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const splitBoth = (text: Record<Lang, string>): Record<Lang, string[]> => ({
  en: lines(text.en),
  fr: lines(text.fr),
});

export function emptyRuleForm(): RuleForm {
  return {
    id: '',
    title: both(''),
    patterns: both(''),
    exceptions: both(''),
    why: both(''),
    rewrites: both(''),
    reports: [],
    match: both(''),
    noMatch: both(''),
  };
}

export function ruleToForm(rule: Rule): RuleForm {
  return {
    id: rule.id,
    title: { ...rule.title },
    patterns: joined(rule.patterns),
    exceptions: joined(rule.exceptions ?? { en: [], fr: [] }),
    why: { ...rule.why },
    rewrites: joined(rule.rewrites),
    reports: [...rule.reports],
    match: { en: rule.examples.en.match.join('\n'), fr: rule.examples.fr.match.join('\n') },
    noMatch: { en: rule.examples.en.noMatch.join('\n'), fr: rule.examples.fr.noMatch.join('\n') },
  };
}

/**
 * The rule the form describes. Not validated here: the pack's validation (on save) names every
 * missing or wrong field by its path, in the UI language.
 */
export function formToRule(form: RuleForm): Rule {
  const exceptions = splitBoth(form.exceptions);
  const match = splitBoth(form.match);
  const noMatch = splitBoth(form.noMatch);
  return {
    id: form.id.trim(),
    title: { en: form.title.en.trim(), fr: form.title.fr.trim() },
    patterns: splitBoth(form.patterns),
    ...(exceptions.en.length + exceptions.fr.length > 0 ? { exceptions } : {}),
    why: { en: form.why.en.trim(), fr: form.why.fr.trim() },
    rewrites: splitBoth(form.rewrites),
    reports: [...form.reports],
    examples: {
      en: { match: match.en, noMatch: noMatch.en },
      fr: { match: match.fr, noMatch: noMatch.fr },
    },
  };
}
