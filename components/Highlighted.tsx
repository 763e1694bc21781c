import type { ReactNode } from 'react';

export interface Span {
  start: number;
  end: number;
  /** Shown as the mark's title and data-rule, for the tester's "which rule fired". */
  ruleId: string;
}

/**
 * Text with its matched spans in <mark>, built as React children: the text is never parsed as
 * markup, whatever it contains. Spans must not overlap (the engine guarantees it); others are skipped.
 */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end <= span.start) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={`${span.start}-${span.ruleId}`} data-rule={span.ruleId} title={span.ruleId}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <div className="bb-highlighted">{parts}</div>;
}
