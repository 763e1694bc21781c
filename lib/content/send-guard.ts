import type { SendBehaviour } from '../sites/types';
import type { NudgeRequest, SendNudge } from '../ui/nudge';
import type { FaultSwitch } from './send-guard-faults';
import { learnFromEnter, type SendKeyMemory } from './send-key';

/** A compose box as the guard sees it. */
export interface GuardedBox {
  element: HTMLElement;
  /** Its open (not dismissed) flagged requests, read now (the last keystroke may not be scanned yet). */
  openRequests(): readonly NudgeRequest[];
  /** Its text now. */
  text(): string;
}

export interface SendGuardHost {
  boxes(): Iterable<GuardedBox>;
  /** The team's `sendNudge` setting. */
  nudgeEnabled(): boolean;
  /** Opens the card of this box, keyboard in the card. */
  review(element: HTMLElement): void;
  faults?: FaultSwitch;
  /** Where the writer chooses the send key (SendBehaviour.writerChoosesSendKey): the one learned. */
  sendKey?: SendKeyMemory;
}

interface Flagged {
  box: GuardedBox;
  requests: readonly NudgeRequest[];
  /** What the nudge stands next to: the Send button pressed, or the box. */
  anchor: HTMLElement;
}

/** The events of one blocked action, to be replayed in the same order on "Send anyway". */
interface BlockedAction {
  box: HTMLElement;
  target: EventTarget;
  events: (KeyboardEvent | MouseEvent)[];
  selection: Range | undefined;
}

/** What a Send control is made of on the sites we know (a <button>, a div role=button, a submit input). */
const BUTTON_LIKE = 'button, [role="button"], input[type="submit"]';

const POINTER_TYPES = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/**
 * Stops a message with an open flagged request on its way out — Send buttons, Ctrl/Cmd+Enter, Enter
 * in chats — and asks first (ui/nudge.ts). Listens on the window in the capture phase, before the
 * site's own handlers. "Send anyway" replays the very events that were stopped, once, marked so that
 * the guard lets them pass. Sites that check `isTrusted` ignore a replay, so after "Send anyway" the
 * writer's next real send from that box goes through too, until its text changes.
 * Fails open: any exception in here and the site gets its event untouched. `nudge` is the prompt it
 * shows (disposed with the guard).
 */
export function installSendGuard(
  doc: Document,
  send: SendBehaviour,
  host: SendGuardHost,
  nudge: SendNudge,
): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  /** Events we dispatch ourselves on "Send anyway": the guard never stops them. */
  const replays = new WeakSet<Event>();
  let blocked: BlockedAction | undefined;
  /** Boxes the writer chose "Send anyway" for, not typed in since: their sends are not asked again. */
  const waved = new Set<HTMLElement>();
  /** Each box's Send buttons as last found; looked up again only when the cached ones do not match. */
  const buttonCache = new WeakMap<HTMLElement, HTMLElement[]>();

  const boxOf = (path: readonly EventTarget[]): GuardedBox | undefined => {
    for (const box of host.boxes()) if (path.includes(box.element)) return box;
    return undefined;
  };

  const sendButtonBoxOf = (
    path: readonly EventTarget[],
  ): { box: GuardedBox; button: HTMLElement } | undefined => {
    const find = send.findSendButtons;
    if (!find) return undefined;
    const boxes = [...host.boxes()];
    const inPath = (buttons: HTMLElement[]) => buttons.find((candidate) => path.includes(candidate));
    for (const box of boxes) {
      const button = inPath(buttonCache.get(box.element) ?? []);
      if (button) return { box, button };
    }
    // Not a Send button we knew of: the site may have redrawn them; look again (one query per box).
    for (const box of boxes) {
      const buttons = find(box.element);
      buttonCache.set(box.element, buttons);
      const button = inPath(buttons);
      if (button) return { box, button };
    }
    return undefined;
  };

  const isSendKey = (event: KeyboardEvent): boolean => {
    if (
      event.key !== 'Enter' ||
      event.isComposing ||
      event.keyCode === 229 ||
      event.shiftKey ||
      event.altKey
    ) {
      return false;
    }
    const withMod = event.ctrlKey || event.metaKey;
    if (send.writerChoosesSendKey) {
      const learned = host.sendKey?.current;
      // Until an Enter showed which, a writer who chose the other way sends with Ctrl/Cmd+Enter.
      if (learned) return withMod === (learned === 'mod-enter');
      if (withMod) return true;
    }
    return withMod ? send.modEnterSends : send.enterSends;
  };

  /** An Enter in a box, on its way to the site: what it does there tells which key sends. */
  const watchEnter = (event: Event): void => {
    if (!send.writerChoosesSendKey || !host.sendKey || !(event instanceof view.KeyboardEvent)) return;
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return;
    try {
      const box = boxOf(event.composedPath());
      if (box) learnFromEnter(event, box, host.sendKey);
    } catch {
      // Learning is a nicety: the key goes on to the site whatever happened here.
    }
  };

  /** The box whose message this event would send, if it holds an open flagged request. */
  const flaggedTarget = (event: KeyboardEvent | MouseEvent): Flagged | undefined => {
    host.faults?.check('send-guard');
    if (!host.nudgeEnabled()) return undefined;
    const path = event.composedPath();
    let box: GuardedBox | undefined;
    let button: HTMLElement | undefined;
    if (event instanceof view.KeyboardEvent) {
      if (isSendKey(event)) box = boxOf(path);
      // A send "button" that is a div acts on its own keydown; a real <button> turns Enter or Space
      // into a click, which is where it is stopped.
      if (!box && (event.key === 'Enter' || event.key === ' ')) {
        const found = sendButtonBoxOf(path);
        if (found && !(found.button instanceof view.HTMLButtonElement)) ({ box, button } = found);
      }
    } else {
      ({ box, button } = sendButtonBoxOf(path) ?? {});
    }
    if (!box || waved.has(box.element)) return undefined;
    const requests = box.openRequests();
    return requests.length > 0 ? { box, requests, anchor: button ?? box.element } : undefined;
  };

  const onButtonLike = (event: Event): boolean =>
    event.target instanceof view.Element && event.target.closest(BUTTON_LIKE) !== null;

  /**
   * A cheap first look, so that ordinary keys and clicks cost nothing more (no query of the page):
   * only an Enter that sends here, or Enter/Space/a click on something shaped like a button.
   */
  const mightSend = (event: KeyboardEvent | MouseEvent): boolean => {
    if (event instanceof view.KeyboardEvent) {
      if (event.key !== 'Enter' && event.key !== ' ') return false;
      return (event.key === 'Enter' && isSendKey(event)) || onButtonLike(event);
    }
    return onButtonLike(event);
  };

  const stop = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onEvent = (event: Event): void => {
    if (replays.has(event) || !(event instanceof view.KeyboardEvent || event instanceof view.MouseEvent))
      return;
    try {
      watchEnter(event);
      // The rest of a pointer gesture whose press was stopped (mousedown, pointerup, mouseup, click) is
      // stopped with it and replayed with it.
      if (blocked && nudge.open && event instanceof view.MouseEvent && blocked.target === event.target) {
        if (!blocked.events.some((earlier) => earlier.type === event.type)) {
          blocked.events.push(event);
          stop(event);
          return;
        }
      }
      if (!mightSend(event)) return;
      const flagged = flaggedTarget(event);
      if (!flagged) return;
      const action: BlockedAction = {
        box: flagged.box.element,
        target: event.target!,
        events: [event],
        selection: savedSelection(doc, flagged.box.element),
      };
      // Shown before the event is stopped: if showing fails, the event goes through.
      nudge.show(
        flagged.box.element,
        flagged.requests,
        {
          review: () => {
            nudge.hide();
            blocked = undefined;
            host.review(action.box);
          },
          sendAnyway: () => replay(action),
          cancel: () => {
            nudge.hide();
            blocked = undefined;
            restoreFocus(action);
          },
        },
        flagged.anchor,
      );
      blocked = action;
      stop(event);
    } catch {
      // Fail open: whatever went wrong in here, the site gets its event.
    }
  };

  const replay = (action: BlockedAction): void => {
    nudge.hide();
    if (blocked !== action) return; // already replayed: exactly once
    blocked = undefined;
    waved.add(action.box);
    restoreFocus(action);
    for (const original of action.events) {
      const copy = copyEvent(view, original);
      replays.add(copy);
      watchEnter(copy);
      const notCancelled = action.target.dispatchEvent(copy);
      if (copy.type === 'keydown' && notCancelled && copy instanceof view.KeyboardEvent) {
        replayKeyDefault(view, action.target, original as KeyboardEvent, replays);
      }
    }
  };

  /** Typing in the box again means the writer went back to it: the question is moot. */
  const onInput = (event: Event): void => {
    if (waved.size > 0) {
      const path = event.composedPath();
      for (const box of waved) if (path.includes(box) || !box.isConnected) waved.delete(box);
    }
    if (nudge.forBox && event.composedPath().includes(nudge.forBox)) {
      nudge.hide();
      blocked = undefined;
    }
  };

  const types = ['keydown', ...POINTER_TYPES] as const;
  for (const type of types) view.addEventListener(type, onEvent, true);
  view.addEventListener('input', onInput, true);
  return () => {
    for (const type of types) view.removeEventListener(type, onEvent, true);
    view.removeEventListener('input', onInput, true);
    nudge.dispose();
  };
}

function savedSelection(doc: Document, box: HTMLElement): Range | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return box.contains(range.startContainer) ? range.cloneRange() : undefined;
}

/** The editor gets the keyboard and its caret back, where the writer left them. */
function restoreFocus(action: BlockedAction): void {
  const box = action.box;
  if (!box.isConnected) return;
  box.focus({ preventScroll: true });
  if (action.selection?.startContainer.isConnected) {
    const selection = box.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(action.selection);
  }
}

/**
 * What the browser does after a keydown nobody cancelled: a keypress, then for Enter in an editable
 * box a beforeinput 'insertParagraph'. Editors that act on that beforeinput rather than on the key
 * (CKEditor 5: Teams) send from it. A synthetic one changes nothing when no editor takes it.
 */
function replayKeyDefault(
  view: Window & typeof globalThis,
  target: EventTarget,
  original: KeyboardEvent,
  replays: WeakSet<Event>,
): void {
  const press = new view.KeyboardEvent('keypress', keyInit(original));
  replays.add(press);
  if (!target.dispatchEvent(press)) return;
  const editable = target instanceof view.HTMLElement && target.isContentEditable;
  if (original.key !== 'Enter' || original.ctrlKey || original.metaKey || !editable) return;
  const input = new view.InputEvent('beforeinput', {
    inputType: 'insertParagraph',
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  replays.add(input);
  target.dispatchEvent(input);
}

function keyInit(event: KeyboardEvent): KeyboardEventInit {
  return {
    key: event.key,
    code: event.code,
    location: event.location,
    repeat: event.repeat,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    // Deprecated but still read by many editors (Quill, older Closure code) to recognise Enter.
    keyCode: event.keyCode,
    which: event.which,
    charCode: event.charCode,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
}

function copyEvent(view: Window & typeof globalThis, event: KeyboardEvent | MouseEvent): Event {
  if (event instanceof view.KeyboardEvent) return new view.KeyboardEvent(event.type, keyInit(event));
  const init: PointerEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view,
    detail: event.detail,
    clientX: event.clientX,
    clientY: event.clientY,
    screenX: event.screenX,
    screenY: event.screenY,
    button: event.button,
    buttons: event.buttons,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
  };
  if (event instanceof view.PointerEvent) {
    return new view.PointerEvent(event.type, {
      ...init,
      pointerId: event.pointerId,
      pointerType: event.pointerType,
      isPrimary: event.isPrimary,
    });
  }
  return new view.MouseEvent(event.type, init);
}
