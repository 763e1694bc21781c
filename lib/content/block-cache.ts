import type { Match } from '../detect/types';

export type FindMatches = (text: string) => Match[];

/**
 * Runs the engine line by line and remembers each line's matches by the line's text, so that a
 * keystroke re-examines only the line it changed. Exact, not an approximation: the engine never lets
 * a match cross a line break. Only the lines of the latest text are kept, so memory follows the draft.
 */
export class BlockCache {
  private byLine = new Map<string, Match[]>();
  /** How many lines the last scan sent to the engine (the rest came from the cache). */
  lastExamined = 0;
  /** False when the last scan ran out of time before examining every new line. */
  complete = true;

  constructor(
    private readonly find: FindMatches,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * The matches of `text`. With a `budgetMs`, lines not seen before stop being examined once the
   * budget is spent (a whole draft pasted at once): `complete` is then false and a next scan, in a
   * later task, goes on where this one stopped, so that no task blocks the page for long. The budget
   * counts from `startedAt`, when the task began reading the text (7 to 13 ms for a 5,000-word
   * draft, which used to come on top), but leaves the engine a third of it at least, so that a long
   * draft still gets through in a few tasks.
   */
  scan(text: string, budgetMs = Number.POSITIVE_INFINITY, startedAt = this.now()): Match[] {
    const deadline = Math.max(startedAt + budgetMs, this.now() + budgetMs / 3);
    const next = new Map<string, Match[]>();
    const matches: Match[] = [];
    let examined = 0;
    this.complete = true;
    let lineStart = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim() !== '') {
        let found = next.get(line) ?? this.byLine.get(line);
        if (!found && (examined === 0 || this.now() < deadline)) {
          found = this.find(line);
          examined++;
        }
        if (found) {
          next.set(line, found);
          for (const match of found) {
            matches.push({ ...match, start: match.start + lineStart, end: match.end + lineStart });
          }
        } else {
          this.complete = false;
        }
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
    this.byLine = next;
    this.lastExamined = examined;
    return matches;
  }
}
