import { browser } from 'wxt/browser';

/**
 * Which key sends a message on a site where each writer chooses (Slack's "When writing a message,
 * press Enter to… start a new line", then Ctrl/Cmd+Enter sends). Nothing on the page says which the
 * writer chose, so it is learned from what an Enter did to the box, and remembered per site.
 */
export type SendKey = 'enter' | 'mod-enter';

/** storage.local key: the send key learned per site adapter id, so a new tab knows it from the start. */
export const SEND_KEYS_KEY = 'sendKeys';

export interface SendKeyMemory {
  /** The key seen to send here; undefined before an Enter told us. */
  readonly current: SendKey | undefined;
  learn(key: SendKey): void;
}

/** The send key learned on this site, read from storage.local and written there when it changes. */
export function rememberedSendKey(siteId: string): SendKeyMemory {
  let current: SendKey | undefined;
  let learnedHere = false;
  const stored = async () =>
    ((await browser.storage.local.get(SEND_KEYS_KEY))[SEND_KEYS_KEY] ?? {}) as Record<string, SendKey>;
  stored().then(
    (keys) => {
      if (!learnedHere) current = keys[siteId];
    },
    () => undefined,
  );
  return {
    get current() {
      return current;
    },
    learn(key) {
      learnedHere = true;
      if (key === current) return;
      current = key;
      stored()
        .then((keys) => browser.storage.local.set({ [SEND_KEYS_KEY]: { ...keys, [siteId]: key } }))
        .catch(() => undefined);
    },
  };
}

/** Code blocks may take Enter as a new line whatever the preference (Slack's ``` option). */
const CODE = 'pre, code, .ql-code-block';

/**
 * When the box is read again after the key, until one look is conclusive: at once (editors act on the
 * keydown itself) and a little later (a site may send a moment after). Early, so that the next words
 * a fast writer types after a send do not hide the emptied box.
 */
const LOOKS_MS = [0, 50, 150];

/**
 * Learns from one Enter that reached the site (not stopped by the guard): a box emptied means that
 * key sends; a line added means it does not. Only what is certain is learned: an Enter that added a
 * line means Ctrl/Cmd+Enter sends, and the reverse; a Ctrl/Cmd+Enter that sent says nothing about
 * Enter (the site may send on both).
 */
export function learnFromEnter(
  event: KeyboardEvent,
  box: { element: HTMLElement; text(): string },
  memory: SendKeyMemory,
): void {
  const before = box.text();
  if (before.trim() === '') return;
  const selection = box.element.ownerDocument.getSelection();
  const at = selection?.anchorNode;
  if ((at instanceof Element ? at : at?.parentElement)?.closest(CODE)) return;
  const withMod = event.ctrlKey || event.metaKey;
  const lines = (text: string) => text.split('\n').length;
  const look = (index: number): void => {
    if (!box.element.isConnected) return;
    const after = box.text();
    if (after.trim() === '') {
      if (!withMod) memory.learn('enter');
    } else if (lines(after) > lines(before)) {
      memory.learn(withMod ? 'enter' : 'mod-enter');
    } else if (index + 1 < LOOKS_MS.length) {
      setTimeout(() => look(index + 1), LOOKS_MS[index + 1]! - LOOKS_MS[index]!);
    }
  };
  setTimeout(() => look(0), LOOKS_MS[0]);
}
