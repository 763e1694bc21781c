import type { Suggestion } from '../content/suggestions';
import type { Lang } from '../detect/types';
import { tBrief } from '../i18n/brief-messages';
import { tContent } from '../i18n/content-messages';
import { type BriefSupport, briefFormFor } from './brief-builder';
import { renderBriefItem } from './brief-form';
import { applyFailedNote, type CardActions, createCard, renderSuggestion, suggestionIdentity } from './card';
import { CaretMemory } from './caret-memory';
import { element, hookButton } from './element';
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
  /** Briefs for the social media team ("Write a brief instead"); absent where they are not offered. */
  brief?: BriefSupport;
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
  /** The suggestion shown as its brief builder, with the form (kept across re-renders: it holds the answers). */
  private briefing: { identity: string; form: HTMLFormElement } | undefined;
  private readonly howWeWork: HTMLButtonElement;
  private anchor: Anchor | undefined;
  private readonly caret = new CaretMemory();
  private readonly follower: BoxFollower;

  constructor(
    private readonly doc: Document,
    private readonly lang: Lang,
  ) {
    const { host, root } = createUiHost(doc);
    this.host = host;
    // Until the runtime says otherwise, in the same task: nothing is shown yet.
    this.setBusy(true);
    this.badge = doc.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'badge';
    this.badge.dataset.bb = 'badge';
    this.badge.hidden = true;
    this.badge.addEventListener('click', () => this.toggleCard());
    const { card, list } = createCard(doc, lang, () => this.closeCard(true));
    this.card = card;
    this.list = list;
    this.howWeWork = hookButton(doc, 'link-button', 'how-we-work-link', tBrief(lang, 'howWeWork'));
    this.howWeWork.addEventListener('click', () => this.view?.brief?.openHowWeWork?.());
    const footer = element(doc, 'div', 'card-foot');
    footer.hidden = true;
    footer.append(this.howWeWork);
    card.append(footer);
    root.append(this.badge, card);
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !this.card.hidden) {
        event.preventDefault();
        event.stopPropagation();
        this.escape();
      }
    });
    // Keys typed in a brief's answers are ours: the page's shortcuts (Gmail's "c", "r"…) must not see
    // them, as they would from any text field (events leave the shadow root with our host as target).
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
      root.addEventListener(type, (event) => {
        if ((event.target as HTMLElement | null)?.dataset?.bb === 'brief-field') event.stopPropagation();
      });
    }
    this.follower = new BoxFollower(doc.defaultView!, () => this.position());
    // Clicking elsewhere in the page closes the card (without moving focus).
    doc.addEventListener('mousedown', this.onPageMouseDown, true);
  }

  /** The host's data-bb-state (README, Test hooks): whether what we show may not match the text yet. */
  setBusy(busy: boolean): void {
    const state = busy ? 'busy' : 'idle';
    if (this.host.dataset.bbState !== state) this.host.dataset.bbState = state;
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
    this.howWeWork.parentElement!.hidden = !this.view.brief?.openHowWeWork;
    if (this.cardOpen) this.renderList();
    this.follower.schedule();
  }

  openCard(options: OpenCardOptions): void {
    if (!this.view) return;
    this.current = options.current ? suggestionIdentity(options.current) : undefined;
    this.failed = undefined;
    this.briefing = undefined;
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
    this.briefing = undefined;
    this.badge.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.caret.giveBack();
  }

  /** Esc: from a brief builder back to the card (on its "Write a brief" button), else closes the card. */
  escape(): void {
    if (!this.briefing) {
      this.closeCard(this.hasFocus());
      return;
    }
    const { identity } = this.briefing;
    this.briefing = undefined;
    this.renderList();
    const item = [...this.list.children].find(
      (child) => (child as HTMLElement).dataset.identity === identity,
    );
    item?.querySelector<HTMLElement>('[data-bb="brief"]')?.focus();
  }

  /** Shows a suggestion as its brief builder, focus on the first answer. */
  private openBrief(suggestion: Suggestion): void {
    const view = this.view;
    if (!view?.brief) return;
    const identity = suggestionIdentity(suggestion);
    const current = () => this.view?.suggestions.find((each) => suggestionIdentity(each) === identity);
    const form = briefFormFor(this.doc, suggestion, view.suggestions, view.brief, this.lang, {
      current,
      cancel: () => this.escape(),
    });
    this.briefing = { identity, form };
    this.renderList();
    // The form is taller than most cards: show it from its top (the words as written), not from
    // wherever focusing its first answer would scroll to.
    form.querySelector<HTMLElement>('[data-bb="brief-field"]')?.focus({ preventScroll: true });
    form.closest('li')?.scrollIntoView({ block: 'start' });
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
    // A tall card may have the note below its fold: the writer must see why nothing changed.
    this.list.querySelector('[data-bb="apply-failed"]')?.scrollIntoView({ block: 'nearest' });
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
    const briefing = this.briefing;
    if (
      briefing &&
      !view.suggestions.some((suggestion) => suggestionIdentity(suggestion) === briefing.identity)
    )
      this.briefing = undefined;
    const signature = view.suggestions
      .map((suggestion) => `${suggestionIdentity(suggestion)}\u0001${suggestion.rewrite}`)
      .concat(this.briefing?.identity ?? '')
      .join('\u0002');
    if (signature === this.renderedList) return;
    this.renderedList = signature;

    const focused = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const inForm = focused && this.briefing?.form.contains(focused) ? focused : undefined;
    const focusedItem = focused?.closest<HTMLElement>('[data-bb="suggestion"]');
    const refocus = focusedItem
      ? { identity: focusedItem.dataset.identity, action: focused?.dataset.bb }
      : undefined;
    const actions: CardActions = {
      ...view.actions,
      ...(view.brief ? { brief: (suggestion: Suggestion) => this.openBrief(suggestion) } : {}),
      close: () => this.closeCard(true),
    };
    const items = view.suggestions.map((suggestion) => {
      const identity = suggestionIdentity(suggestion);
      const item =
        identity === this.briefing?.identity
          ? renderBriefItem(this.doc, suggestion, this.lang, this.briefing.form)
          : renderSuggestion(this.doc, suggestion, this.lang, actions);
      item.dataset.identity = identity;
      if (identity === this.current) item.dataset.current = '';
      if (identity === this.failed) item.append(applyFailedNote(this.doc, this.lang));
      return item;
    });
    this.list.replaceChildren(...items);
    // The form moved with its answers: the answer being typed keeps the keyboard.
    if (inForm?.isConnected) inForm.focus();
    if (!refocus || inForm) return;
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
