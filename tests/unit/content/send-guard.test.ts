import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installSendGuard, type SendGuardHost } from '../../../lib/content/send-guard';
import type { SendBehaviour } from '../../../lib/sites/types';
import { SendNudge } from '../../../lib/ui/nudge';

/**
 * The guard's decisions, under happy-dom (real editors, replay into them and undo are in the e2e
 * suite): which keys and clicks it stops, that it never stops anything when in doubt, and that
 * "Send anyway" replays the stopped action once.
 */
const chat: SendBehaviour = {
  enterSends: true,
  modEnterSends: false,
  findSendButtons: (box) => [...(box.parentElement?.querySelectorAll<HTMLElement>('button.send') ?? [])],
};

let box: HTMLElement;
let button: HTMLButtonElement;
let flagged: boolean;
let enabled: boolean;
let fault: boolean;
let stopGuard: () => void;
let sent: string[];

function install(send: SendBehaviour = chat): void {
  const host: SendGuardHost = {
    boxes: () => [
      {
        element: box,
        openRequests: () => (flagged ? [{ ruleId: 'post-now', title: 'Post now' }] : []),
        text: () => box.textContent ?? '',
      },
    ],
    nudgeEnabled: () => enabled,
    review: vi.fn(),
    faults: {
      check: () => {
        if (fault) throw new Error('test fault');
      },
      dispose: () => undefined,
    },
  };
  stopGuard = installSendGuard(document, send, host, new SendNudge(document, 'en'));
}

beforeEach(() => {
  stopGuard?.();
  document.body.innerHTML =
    '<div><div contenteditable="true" role="textbox">Post it now</div><button class="send">Send</button></div>';
  for (const element of document.querySelectorAll('better-brief-nudge')) element.remove();
  box = document.querySelector('[role="textbox"]')!;
  button = document.querySelector('button.send')!;
  flagged = true;
  enabled = true;
  fault = false;
  sent = [];
  // The site: Enter sends unless Shift is held; the button sends.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing)
      sent.push(`key:${event.ctrlKey ? 'ctrl+' : ''}enter`);
  });
  button.addEventListener('click', () => sent.push('click'));
  install();
});

const press = (init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  box.dispatchEvent(event);
  return event;
};
const nudge = () =>
  document
    .querySelector('better-brief-nudge')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-bb="send-nudge"]');
const nudgeButton = (hook: string) => nudge()?.querySelector<HTMLButtonElement>(`[data-bb="${hook}"]`);

describe('the send guard', () => {
  it('stops Enter in a chat while a request is flagged, and asks', () => {
    const event = press({});
    expect(event.defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
    expect(nudge()?.hidden).toBe(false);
    expect(nudge()?.textContent).toContain('post right away');
  });

  it('replays the stopped Enter exactly once on Send anyway', () => {
    press({});
    nudgeButton('send-anyway')!.click();
    nudgeButton('send-anyway')!.click();
    expect(sent).toEqual(['key:enter']);
    expect(nudge()?.hidden).toBe(true);
  });

  it('after Send anyway, lets the next real send from that box through until its text changes', () => {
    press({});
    nudgeButton('send-anyway')!.click();
    // A site that ignores the replayed (untrusted) Enter: the writer presses Enter again.
    expect(press({}).defaultPrevented).toBe(false);
    button.click();
    expect(sent).toEqual(['key:enter', 'key:enter', 'click']);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(press({}).defaultPrevented).toBe(true);
    expect(nudge()?.hidden).toBe(false);
  });

  it('never looks for Send buttons on ordinary keys, Space and Enter that does not send', () => {
    stopGuard();
    const findSendButtons = vi.fn(chat.findSendButtons!);
    install({ ...chat, enterSends: false, modEnterSends: true, findSendButtons });
    const queries = vi.spyOn(document, 'querySelectorAll');
    for (const key of ['a', ' ', 'Enter', 'Backspace']) press({ key });
    box.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(findSendButtons).not.toHaveBeenCalled();
    expect(queries).not.toHaveBeenCalled();
    queries.mockRestore();
  });

  it('finds the Send buttons once per box, not on every click', () => {
    stopGuard();
    const findSendButtons = vi.fn(chat.findSendButtons!);
    install({ ...chat, findSendButtons });
    flagged = false;
    button.click();
    button.click();
    expect(sent).toEqual(['click', 'click']);
    expect(findSendButtons).toHaveBeenCalledTimes(1);
  });

  it('stops a click on the Send button and replays it once', () => {
    button.click();
    expect(sent).toEqual([]);
    nudgeButton('send-anyway')!.click();
    expect(sent).toEqual(['click']);
  });

  it('lets Shift+Enter through (a new line, not a send)', () => {
    expect(press({ shiftKey: true }).defaultPrevented).toBe(false);
    expect(nudge()?.hidden ?? true).toBe(true);
  });

  it('lets Enter through while an IME composition is open', () => {
    expect(press({ isComposing: true }).defaultPrevented).toBe(false);
    expect(press({ keyCode: 229 } as KeyboardEventInit).defaultPrevented).toBe(false);
  });

  it('lets Ctrl+Enter through where it does not send', () => {
    expect(press({ ctrlKey: true }).defaultPrevented).toBe(false);
  });

  it('stops Ctrl+Enter where it sends (mail)', () => {
    stopGuard();
    install({ ...chat, enterSends: false, modEnterSends: true });
    expect(press({ ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press({}).defaultPrevented).toBe(false);
  });

  it('lets everything through when nothing is flagged', () => {
    flagged = false;
    expect(press({}).defaultPrevented).toBe(false);
    button.click();
    expect(sent).toEqual(['key:enter', 'click']);
  });

  it("lets everything through when the team's pack turns the nudge off", () => {
    enabled = false;
    expect(press({}).defaultPrevented).toBe(false);
  });

  it('fails open: an exception in the guard lets the message through', () => {
    fault = true;
    expect(press({}).defaultPrevented).toBe(false);
    button.click();
    expect(sent).toEqual(['key:enter', 'click']);
  });

  it('Review hands the box to the card and sends nothing', () => {
    press({});
    nudgeButton('review')!.click();
    expect(sent).toEqual([]);
    expect(nudge()?.hidden).toBe(true);
  });

  it('stops listening once uninstalled', () => {
    stopGuard();
    expect(press({}).defaultPrevented).toBe(false);
  });
});
