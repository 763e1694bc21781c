import { compileGuidance, findMatches } from '../../../lib/detect/index';
import type { DetectionRule, SlotLists } from '../../../lib/detect/types';

/** The phrases one English pattern finds in a text, as written. */
export function phrases(pattern: string, text: string, slots?: SlotLists): string[] {
  const compiled = compileGuidance([{ id: 'r', patterns: { en: [pattern] } }], slots);
  return findMatches(compiled, text).map((match) => text.slice(match.start, match.end));
}

/** Every match of a set of rules as `ruleId:phrase`, in order. */
export function found(rules: DetectionRule[], text: string, slots?: SlotLists): string[] {
  return findMatches(compileGuidance(rules, slots), text).map(
    (match) => `${match.ruleId}:${text.slice(match.start, match.end)}`,
  );
}
