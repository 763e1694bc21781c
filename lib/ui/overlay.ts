import type { Suggestion } from '../content/suggestions';
import type { Lang } from '../detect/types';
import { tContent } from '../i18n/content-messages';
import { applyFailedNote, type CardActions, createCard, renderSuggestion, suggestionIdentity } from './card';
import { CaretMemory } from './caret-memory';
import { BoxFollower } from './follow-box';
import { createUiHost, pageLooksDark } from './host';
import { type Anchor, badgeAnchor, cardPlacement, type Rect } from './position';

/** What the overlay shows: the active compose box and its open suggestions. */
export interface OverlayView {
  element: HTMLElement;
  suggestions: readonly Suggestion[];
  actions: Pick<CardActions, 'apply' | 'dismiss'>;
  /** On screen, the words of the suggestion `pick` accepts (else the first): the card keeps off them. */
  phraseRect?(pick: (suggestion: Suggestion) => boolean): Rect | undefined;
}

export interface OpenCardOptions {
  /** Move keyboard focus into the card (badge click, shortcut); not when the writer clicked a word. */
  focus: boolean;
  /** The suggestion to bring forward (the one whose words were clicked). */
  current?: Suggestion;
}

/**
 * The badge and the card of one document, shown for the active compose box. Plain DOM in an open
 * shadow root; repositioned at most once per frame on scroll, resize and box resize.
 */
export class Overlay {
  private readonly host: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly card: HTMLElement;
  private readonly list: HTMLElement;
  private view: OverlayView | undefined;
  private renderedList = '';
  private current: string | undefined;
  /** The suggestion whose Replace the editor refused: its item says so until the card closes. */
  private failed: string | undefined;
  private anchor: Anchor | undefined;
  private readonly caret = new CaretMemory();
  private readonly follower: BoxFollower;

  constructor(
    private readonly doc: Document,
    private readonly lang: Lang,
  ) {
    const { host, root } = createUiHost(doc);
    this.host = host;
    this.badge = doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'badge';
    this.badge.dataset.bb = 'badge';
    this.badge.hidden = true;
    this.badge.addEventListener('click', () => this.toggleCard());
    const { card, list } = createCard(doc, lang, () => this.closeCard(true));
    this.card = card;
    this.list = list;
    root.append(this.badge, card);
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !this.card.hidden) {
        event.preventDefault();
        event.stopPropagation();
        this.closeCard(true);
      }
    });
    this.follower = new BoxFollower(doc.defaultView!, () => this.position());
    // Clicking elsewhere in the page closes the card (without moving focus).
    doc.addEventListener('mousedown', this.onPageMouseDown, true);
  }

  get cardOpen(): boolean {
    return !this.card.hidden;
  }

  /** Shows the view's count (or nothing), keeping the card's content in step when it is open. */
  show(view: OverlayView | undefined): void {
    const previous = this.view?.element;
    this.view = view && view.suggestions.length > 0 ? view : undefined;
    if (this.view?.element !== previous) this.track(this.view?.element);
    if (!this.view) {
      this.badge.hidden = true;
      if (this.cardOpen) this.closeCard(this.hasFocus());
      return;
    }
    const count = this.view.suggestions.length;
    this.badge.textContent = String(count);
    this.badge.setAttribute(
      'aria-label',
      count === 1 ? tContent(this.lang, 'badgeOne') : tContent(this.lang, 'badgeMany', { count }),
    );
    this.badge.setAttribute('aria-expanded', String(this.cardOpen));
    this.badge.hidden = this.anchor === undefined;
    if (this.cardOpen) this.renderList();
    this.follower.schedule();
  }

  openCard(options: OpenCardOptions): void {
    if (!this.view) return;
    this.current = options.current ? suggestionIdentity(options.current) : undefined;
    this.failed = undefined;
    this.caret.remember(this.view.element);
    this.card.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
    this.renderedList = '';
    this.renderList();
    this.position();
    const currentItem = this.list.querySelector<HTMLElement>('[data-current]');
    currentItem?.scrollIntoView({ block: 'nearest' });
    if (options.focus) {
      const target = (currentItem ?? this.list).querySelector<HTMLButtonElement>('button:not(:disabled)');
      (target ?? this.card.querySelector<HTMLButtonElement>('.close'))?.focus();
    }
  }

  /** Closes the card; `returnFocus` gives the keyboard back to the editor where the caret was. */
  closeCard(returnFocus: boolean): void {
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.current = undefined;
    this.failed = undefined;
    this.badge.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.caret.giveBack();
  }

  dispose(): void {
    this.follower.dispose();
    this.doc.removeEventListener('mousedown', this.onPageMouseDown, true);
    this.host.remove();
  }

  private toggleCard(): void {
    if (this.cardOpen) this.closeCard(true);
    else this.openCard({ focus: true });
  }

  private readonly onPageMouseDown = (event: MouseEvent): void => {
    if (this.cardOpen && !event.composedPath().includes(this.host)) this.closeCard(false);
  };

  /** The editor refused the suggestion's Replace: say so in its item (the text was left as it was). */
  applyFailed(suggestion: Suggestion): void {
    if (this.card.hidden) return;
    this.failed = suggestionIdentity(suggestion);
    this.renderedList = '';
    this.renderList();
  }

  /** Whether a node (an event's target, retargeted to our host) is part of our UI. */
  contains(node: Node): boolean {
    return node === this.host || this.host.contains(node);
  }

  /** Keyboard focus is in our UI (badge or card). */
  hasFocus(): boolean {
    return this.doc.activeElement === this.host;
  }

  /** Re-renders the suggestions only when they changed, keeping keyboard focus on the same button. */
  private renderList(): void {
    const view = this.view;
    if (!view) return;
    const signature = view.suggestions
      .map((suggestion) => `${suggestionIdentity(suggestion)}\u0001${suggestion.rewrite}`)
      .join('\u0002');
    if (signature === this.renderedList) return;
    this.renderedList = signature;

    const focused = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const focusedItem = focused?.closest<HTMLElement>('[data-bb="suggestion"]');
    const refocus = focusedItem
      ? { identity: focusedItem.dataset.identity, action: focused?.dataset.bb }
      : undefined;
    const actions: CardActions = { ...view.actions, close: () => this.closeCard(true) };
    const items = view.suggestions.map((suggestion) => {
      const item = renderSuggestion(this.doc, suggestion, this.lang, actions);
      const identity = suggestionIdentity(suggestion);
      item.dataset.identity = identity;
      if (identity === this.current) item.dataset.current = '';
      if (identity === this.failed) item.append(applyFailedNote(this.doc, this.lang));
      return item;
    });
    this.list.replaceChildren(...items);
    if (!refocus) return;
    // The focused suggestion is gone (replaced or dismissed): move on to the next one's first button.
    const again =
      items.find((item) => item.dataset.identity === refocus.identity) ??
      items[Math.min(items.indexOf(focusedItem as HTMLElement), items.length - 1)] ??
      items[0];
    const button =
      again?.querySelector<HTMLElement>(`[data-bb="${refocus.action}"]:not(:disabled)`) ??
      again?.querySelector<HTMLElement>('button:not(:disabled)');
    button?.focus();
  }

  /** A new active box: follow it, match the page's light or dark look behind it, place the badge. */
  private track(next: HTMLElement | undefined): void {
    this.follower.follow(next);
    if (!next) return;
    const dark = pageLooksDark(next);
    if (dark === undefined) this.host.removeAttribute('data-theme');
    else this.host.dataset.theme = dark ? 'dark' : 'light';
    this.anchor = undefined;
    this.position();
  }

  /** Layout reads first (the box's rectangle; the phrase's when the card is open), then writes only. */
  private position(): void {
    const element = this.view?.element;
    if (!element) return;
    const viewport = {
      width: this.doc.documentElement.clientWidth,
      height: this.doc.documentElement.clientHeight,
    };
    const box = element.getBoundingClientRect();
    this.anchor = badgeAnchor(box, viewport);
    this.badge.hidden = this.anchor === undefined;
    if (!this.anchor) return;
    this.badge.style.right = `${this.anchor.right}px`;
    this.badge.style.bottom = `${this.anchor.bottom}px`;
    if (this.card.hidden) return;
    const current = this.current;
    const phrase = this.view?.phraseRect?.((suggestion) => suggestionIdentity(suggestion) === current);
    const placement = cardPlacement(this.anchor, box, viewport, phrase);
    this.card.style.right = `${placement.right}px`;
    this.card.style.top = placement.top === undefined ? '' : `${placement.top}px`;
    this.card.style.bottom = placement.bottom === undefined ? '' : `${placement.bottom}px`;
    this.card.style.maxHeight = `${placement.maxHeight}px`;
  }
}
