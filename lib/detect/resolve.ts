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

/** Index of the first span in `sorted` starting at or after `start`. */
function firstAtOrAfter(sorted: readonly Span[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Leftmost-longest, non-overlapping spans of one rule. The single pass keeps one thread per state (the
 * earliest start), so a later start can hide behind an earlier one; when a chosen span cuts such an
 * earlier thread short, the words just after it are re-scanned for this rule alone. That window (at most
 * twice the rule's longest span) then replaces the pass's spans starting in its first half.
 */
function selectRuleSpans(rule: number, found: Span[], context: ScanContext, replay: EventList): Span[] {
  const { automaton, runner, tokens, tokenPredicates } = context;
  const maxSpan = automaton.ruleMaxSpan[rule]!;
  const main = found.sort(byStartThenLongest);
  let override: Span[] = [];
  let overrideFrom = 0;
  let overrideUntil = 0;
  const inOverride = (span: Span) => span.start >= overrideFrom && span.start < overrideUntil;
  const chosen: Span[] = [];
  let mainIndex = 0;
  let overrideIndex = 0;
  let minStart = 0;
  for (;;) {
    while (mainIndex < main.length && (main[mainIndex]!.start < minStart || inOverride(main[mainIndex]!)))
      mainIndex++;
    while (overrideIndex < override.length && override[overrideIndex]!.start < minStart) overrideIndex++;
    const fromMain = main[mainIndex];
    const fromOverride = override[overrideIndex];
    const next =
      fromMain && (!fromOverride || byStartThenLongest(fromMain, fromOverride) < 0) ? fromMain : fromOverride;
    if (!next) break;
    chosen.push(next);
    const end = next.end;
    minStart = end;
    // Did an attempt that started before `end` run past it? Spans are at most maxSpan words long.
    let cutShort = override.some((span) => span.start < end && span.end > end);
    for (let i = firstAtOrAfter(main, end - maxSpan); !cutShort && i < main.length; i++) {
      const span = main[i]!;
      if (span.start >= end) break;
      cutShort = span.end > end && !inOverride(span);
    }
    if (!cutShort) continue;
    replay.count = 0;
    runner.scan(tokens, tokenPredicates, end, Math.min(tokens.count, end + 2 * maxSpan), rule, replay);
    override = [];
    for (let i = 0; i < replay.count; i++) {
      const start = replay.start[i]!;
      if (start < end + maxSpan) override.push({ pattern: replay.pattern[i]!, start, end: replay.end[i]! });
    }
    override.sort(byStartThenLongest);
    overrideFrom = end;
    overrideUntil = end + maxSpan;
    overrideIndex = 0;
  }
  return chosen;
}

/** An exception pattern's span, with the index of the rule it belongs to. */
export interface VetoSpan {
  rule: number;
  start: number;
  end: number;
}

/**
 * The final, non-overlapping spans, sorted by start. When `vetoes` is given, every exception span
 * found is added to it too (the learned classifier's hits obey the same exceptions).
 */
export function resolveSpans(events: EventList, context: ScanContext, vetoes?: VetoSpan[]): Span[] {
  const { patterns } = context.automaton;
  const matchesByRule = new Map<number, Span[]>();
  const exceptionsByRule = new Map<number, Span[]>();
  for (let i = 0; i < events.count; i++) {
    const pattern = events.pattern[i]!;
    const info = patterns[pattern]!;
    if (info.isException)
      vetoes?.push({ rule: info.ruleIndex, start: events.start[i]!, end: events.end[i]! });
    const target = info.isException ? exceptionsByRule : matchesByRule;
    let list = target.get(info.ruleIndex);
    if (!list) {
      list = [];
      target.set(info.ruleIndex, list);
    }
    list.push({ pattern, start: events.start[i]!, end: events.end[i]! });
  }
  const kept: { span: Span; rule: number }[] = [];
  const replay = new EventList();
  for (const [rule, found] of matchesByRule) {
    const exceptions = (exceptionsByRule.get(rule) ?? []).sort(byStartThenLongest);
    // Chosen spans come in increasing order: sweep the exceptions once, keeping the furthest end seen.
    let next = 0;
    let furthestEnd = -1;
    for (const span of selectRuleSpans(rule, found, context, replay)) {
      while (next < exceptions.length && exceptions[next]!.start < span.end) {
        furthestEnd = Math.max(furthestEnd, exceptions[next++]!.end);
      }
      if (furthestEnd <= span.start) kept.push({ span, rule });
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
