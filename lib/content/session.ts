import type { DraftEdit } from '../brief/fit';
import type { Lang } from '../detect/types';
import type { EditorBinding, TextSnapshot } from '../editors/types';
import type { CountEvent } from '../messages';
import type { HighlightLayer } from '../ui/highlights';
import { BlockCache } from './block-cache';
import { Dismissals, dismissalKey } from './dismissals';
import type { ActiveGuidance } from './guidance';
import { type Suggestion, toSuggestions } from './suggestions';
import { countEvent } from './to-background';

/** Typing pauses shorter than this are one burst; it counts in the 150 ms keystroke → badge budget. */
export const INPUT_DEBOUNCE_MS = 120;
/**
 * Time per task for reading the text and examining it; a long draft pasted at once is examined over
 * several tasks. Underlining and the badge come on top (about 6 ms for a 5,000-word draft), so that
 * a task stays near 25 ms, half the 50 ms at which the browser calls a task long.
 */
const SCAN_BUDGET_MS = 20;

export interface SessionHost {
  highlights: HighlightLayer;
  uiLang: Lang;
  /** The session's suggestions changed (count, content or position). */
  updated(session: ComposeSession): void;
  /** The writer is in this box now (focus or typing). */
  activated(session: ComposeSession): void;
  /** The writer clicked underlined words. */
  clickedSuggestion(session: ComposeSession, suggestion: Suggestion): void;
  /** The session now has work under way (a scan due, a Replace going on); `updated` follows when done. */
  busy(session: ComposeSession): void;
}

/**
 * One compose box while it exists: reads its text after each burst of typing, re-examines only the
 * lines that changed, keeps the draft's dismissals, underlines the open suggestions.
 */
export class ComposeSession {
  suggestions: Suggestion[] = [];
  private snapshot: TextSnapshot | undefined;
  private ranges: (Range | null)[] = [];
  private cache: BlockCache;
  private readonly dismissals = new Dismissals();
  private readonly shown = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Replaces under way: until they end, the underlines may not show the text that is coming. */
  private applying = 0;
  private readonly unsubscribe: () => void;

  constructor(
    readonly binding: EditorBinding,
    private guidance: ActiveGuidance,
    private readonly host: SessionHost,
  ) {
    this.cache = new BlockCache(guidance.find);
    this.unsubscribe = binding.onChange(() => this.scheduleScan());
    binding.element.addEventListener('focusin', this.onFocus);
    binding.element.addEventListener('click', this.onClick);
    this.scan();
  }

  get element(): HTMLElement {
    return this.binding.element;
  }

  setGuidance(guidance: ActiveGuidance): void {
    this.guidance = guidance;
    this.cache = new BlockCache(guidance.find);
    this.scan();
  }

  /**
   * Whether the underlines may not show the current text yet: a scan waits for a typing pause or goes
   * on with lines left from the last slice, or a Replace is under way.
   */
  get pending(): boolean {
    return this.timer !== undefined || this.applying > 0;
  }

  scheduleScan(): void {
    const wasPending = this.pending;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.scan();
    }, INPUT_DEBOUNCE_MS);
    if (!wasPending) this.host.busy(this);
  }

  /** The open suggestions as of now: a scan still waiting for the typing pause runs at once. */
  current(): readonly Suggestion[] {
    if (this.timer !== undefined) this.scan(Number.POSITIVE_INFINITY);
    return this.suggestions;
  }

  /** Reads the text now, finds the open suggestions and redraws the underlines. */
  scan(budgetMs = SCAN_BUDGET_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const startedAt = performance.now();
    const snapshot = this.binding.snapshot();
    const matches = this.cache.scan(snapshot.text, budgetMs, startedAt);
    // Lines left for lack of time: the next task goes on with them.
    if (!this.cache.complete) this.timer = setTimeout(() => this.scan(), 0);
    const all = toSuggestions(snapshot.text, matches, this.guidance.rules, this.host.uiLang);
    this.snapshot = snapshot;
    this.suggestions = all.filter(
      (suggestion) => !this.dismissals.isDismissed(suggestion.ruleId, suggestion.phrase),
    );
    this.ranges = this.suggestions.map((suggestion) => snapshot.rangeFor(suggestion.start, suggestion.end));
    this.host.highlights.set(
      this,
      this.ranges.filter((range): range is Range => range !== null),
    );
    for (const suggestion of this.suggestions) {
      const key = dismissalKey(suggestion.ruleId, suggestion.phrase);
      if (this.shown.has(key)) continue;
      this.shown.add(key);
      countEvent(suggestion.ruleId, 'shown');
    }
    if (this.suggestions.length > 0 && this.element.contains(this.element.ownerDocument.activeElement)) {
      this.host.activated(this);
    }
    this.host.updated(this);
  }

  /** Replaces the phrase with the rewrite through the editor; false when the text moved meanwhile. */
  async apply(suggestion: Suggestion): Promise<boolean> {
    if (suggestion.rewrite === undefined) return false;
    const edit = { start: suggestion.start, end: suggestion.end, text: suggestion.rewrite };
    return this.replaceRequest(suggestion, edit, 'applied');
  }

  /**
   * Puts a brief in place of the request (and the end mark after it, see lib/brief/fit.ts) through
   * the same editor path as Replace: one undo step brings the request back.
   */
  insertBrief(suggestion: Suggestion, edit: DraftEdit): Promise<boolean> {
    return this.replaceRequest(suggestion, edit, 'briefed');
  }

  /** An edit covering the request's words, made only while they are still where they were. */
  private async replaceRequest(suggestion: Suggestion, edit: DraftEdit, event: CountEvent): Promise<boolean> {
    const current = this.binding.snapshot();
    const covers =
      edit.start <= suggestion.start && edit.end >= suggestion.end && edit.end <= current.text.length;
    if (!covers || current.text.slice(suggestion.start, suggestion.end) !== suggestion.phrase) {
      this.scan();
      return false;
    }
    this.applying++;
    this.host.busy(this);
    let replaced = false;
    try {
      replaced = await this.binding.replace(edit.start, edit.end, edit.text);
    } finally {
      this.applying--;
    }
    if (replaced) countEvent(suggestion.ruleId, event);
    this.scan();
    return replaced;
  }

  /** The box's text as of now (for the brief builder's pre-filled answers). */
  text(): string {
    return this.binding.snapshot().text;
  }

  /** Where the words of the first suggestion `pick` accepts (else the first one) are on screen. */
  phraseRect(pick: (suggestion: Suggestion) => boolean): DOMRect | undefined {
    const picked = this.suggestions.findIndex(pick);
    return this.ranges[picked === -1 ? 0 : picked]?.getBoundingClientRect();
  }

  dismiss(suggestion: Suggestion): void {
    this.dismissals.dismiss(suggestion.ruleId, suggestion.phrase);
    countEvent(suggestion.ruleId, 'dismissed');
    this.scan();
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.unsubscribe();
    this.binding.element.removeEventListener('focusin', this.onFocus);
    this.binding.element.removeEventListener('click', this.onClick);
    this.binding.dispose();
    this.host.highlights.clear(this);
    this.suggestions = [];
  }

  private readonly onFocus = (): void => this.host.activated(this);

  /** A click that lands inside underlined words opens the card on them (focus stays in the editor). */
  private readonly onClick = (event: MouseEvent): void => {
    if (this.suggestions.length === 0 || !this.snapshot) return;
    const caret = caretAt(this.element.ownerDocument, event.clientX, event.clientY);
    if (!caret) return;
    const index = this.ranges.findIndex((range) => range?.isPointInRange(caret.node, caret.offset));
    const suggestion = index === -1 ? undefined : this.suggestions[index];
    if (suggestion) this.host.clickedSuggestion(this, suggestion);
  };
}

/** The text position under the pointer: caretPositionFromPoint (standard, Firefox), else Chromium's caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
