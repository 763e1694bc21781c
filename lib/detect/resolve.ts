/**
 * Turns accepted spans into the matches a writer sees: per rule leftmost-longest and non-overlapping,
 * cancelled by that rule's exceptions, then across rules earliest start, longest span, rule order.
 */
import type { Automaton } from './compile';
import { EventList, type ThreadRunner } from './matcher';
import type { TokenBuffer } from './tokenise';

/** A span of words [start, end) found by one pattern. */
export interface Span {
  pattern: number;
  start: number;
  end: number;
}

function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.pattern - b.pattern;
}

interface ScanContext {
  automaton: Automaton;
  runner: ThreadRunner;
  tokens: TokenBuffer;
  tokenPredicates: readonly Int32Array[];
}

/**
 * Leftmost-longest, non-overlapping spans of one rule. The single pass keeps one thread per state (the
 * earliest start), so a later start can hide behind an earlier one; when a chosen span cuts such an
 * earlier thread short, the words just after it are re-scanned for this rule alone (a bounded window).
 */
function selectRuleSpans(rule: number, found: Span[], context: ScanContext): Span[] {
  const { automaton, runner, tokens, tokenPredicates } = context;
  const maxSpan = automaton.ruleMaxSpan[rule]!;
  let candidates = found.sort(byStartThenLongest);
  const chosen: Span[] = [];
  let index = 0;
  let minStart = 0;
  for (;;) {
    while (index < candidates.length && candidates[index]!.start < minStart) index++;
    const next = candidates[index];
    if (!next) break;
    chosen.push(next);
    const end = next.end;
    minStart = end;
    let cutShort = false;
    for (let i = index; i >= 0 && !cutShort && candidates[i]!.start > end - maxSpan - 1; i--) {
      cutShort = candidates[i]!.end > end;
    }
    for (let i = index + 1; i < candidates.length && !cutShort && candidates[i]!.start < end; i++) {
      cutShort = candidates[i]!.end > end;
    }
    if (!cutShort) continue;
    const replay = new EventList();
    runner.scan(tokens, tokenPredicates, end, Math.min(tokens.count, end + 2 * maxSpan), rule, replay);
    const fresh: Span[] = [];
    for (let i = 0; i < replay.count; i++) {
      const start = replay.start[i]!;
      if (start < end + maxSpan) fresh.push({ pattern: replay.pattern[i]!, start, end: replay.end[i]! });
    }
    candidates = candidates
      .filter((span) => span.start < end || span.start >= end + maxSpan)
      .concat(fresh)
      .sort(byStartThenLongest);
    index = 0;
  }
  return chosen;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The final, non-overlapping spans, sorted by start. */
export function resolveSpans(events: EventList, context: ScanContext): Span[] {
  const { patterns } = context.automaton;
  const matchesByRule = new Map<number, Span[]>();
  const exceptionsByRule = new Map<number, Span[]>();
  for (let i = 0; i < events.count; i++) {
    const pattern = events.pattern[i]!;
    const info = patterns[pattern]!;
    const target = info.isException ? exceptionsByRule : matchesByRule;
    let list = target.get(info.ruleIndex);
    if (!list) {
      list = [];
      target.set(info.ruleIndex, list);
    }
    list.push({ pattern, start: events.start[i]!, end: events.end[i]! });
  }
  const kept: { span: Span; rule: number }[] = [];
  for (const [rule, found] of matchesByRule) {
    const exceptions = exceptionsByRule.get(rule) ?? [];
    for (const span of selectRuleSpans(rule, found, context)) {
      if (!exceptions.some((exception) => overlaps(exception, span))) kept.push({ span, rule });
    }
  }
  kept.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      a.rule - b.rule,
  );
  const result: Span[] = [];
  let lastEnd = 0;
  for (const { span } of kept) {
    if (span.start < lastEnd) continue;
    result.push(span);
    lastEnd = span.end;
  }
  return result;
}
