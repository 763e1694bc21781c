import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installSendGuard } from '../../../lib/content/send-guard';
import { rememberedSendKey, SEND_KEYS_KEY, type SendKeyMemory } from '../../../lib/content/send-key';
import { bindContentEditable } from '../../../lib/editors/contenteditable';
import { slackAdapter } from '../../../lib/sites/slack';
import { SendNudge } from '../../../lib/ui/nudge';

/**
 * Where the writer chooses which key sends (Slack's "Enter makes a new line"), the guard learns the
 * choice from what an Enter did to the box and remembers it per site. The site here is a chat whose
 * Enter, depending on `enterMakesLine`, empties the box (sent) or adds a line, and whose Ctrl+Enter
 * sends when Enter does not.
 */
let box: HTMLElement;
let flagged: boolean;
let enterMakesLine: boolean;
let sent: string[];
let memory: SendKeyMemory;
let stopGuard: (() => void) | undefined;

function install(): void {
  memory = rememberedSendKey('slack');
  const binding = bindContentEditable(box);
  stopGuard = installSendGuard(
    document,
    slackAdapter.send,
    {
      boxes: () => [
        {
          element: box,
          openRequests: () => (flagged ? [{ ruleId: 'post-now', title: 'Post now' }] : []),
          text: () => binding.snapshot().text,
        },
      ],
      nudgeEnabled: () => true,
      review: () => undefined,
      sendKey: memory,
    },
    new SendNudge(document, 'en'),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div contenteditable="true" role="textbox"><p>Hello team</p></div>';
  for (const element of document.querySelectorAll('better-brief-nudge')) element.remove();
  box = document.querySelector('[role="textbox"]')!;
  flagged = false;
  enterMakesLine = false;
  sent = [];
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod === enterMakesLine) {
      sent.push(box.textContent ?? '');
      box.innerHTML = '<p><br></p>';
    } else if (!mod) {
      box.insertAdjacentHTML('beforeend', '<p><br></p>');
    }
  });
});
afterEach(() => {
  stopGuard?.();
  stopGuard = undefined;
});

const press = (init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
  box.dispatchEvent(event);
  return event;
};
const nudgeShown = () =>
  document
    .querySelector('better-brief-nudge')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-bb="send-nudge"]')?.hidden === false;
const stored = async () => (await fakeBrowser.storage.local.get(SEND_KEYS_KEY))[SEND_KEYS_KEY];

describe('the send key a writer chose', () => {
  it('is not known at first: Enter and Ctrl+Enter both ask while a request is flagged', async () => {
    install();
    flagged = true;
    expect(press().defaultPrevented).toBe(true);
    expect(nudgeShown()).toBe(true);
    stopGuard!();
    install();
    expect(press({ ctrlKey: true }).defaultPrevented).toBe(true);
  });

  it('is Ctrl/Cmd+Enter once an Enter added a line: Enter passes, Ctrl+Enter and Cmd+Enter ask', async () => {
    enterMakesLine = true;
    install();
    press();
    await vi.waitFor(() => expect(memory.current).toBe('mod-enter'));
    expect(await stored()).toEqual({ slack: 'mod-enter' });
    flagged = true;
    expect(press().defaultPrevented).toBe(false);
    expect(nudgeShown()).toBe(false);
    expect(press({ ctrlKey: true }).defaultPrevented).toBe(true);
    expect(nudgeShown()).toBe(true);
    stopGuard!();
    install();
    await vi.waitFor(() => expect(memory.current).toBe('mod-enter')); // read back from storage
    expect(press({ metaKey: true }).defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
  });

  it('is Enter once an Enter sent (the default): Ctrl+Enter passes again', async () => {
    install();
    press();
    expect(sent).toEqual(['Hello team']);
    await vi.waitFor(() => expect(memory.current).toBe('enter'));
    box.innerHTML = '<p>Post it now</p>';
    flagged = true;
    expect(press({ ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press().defaultPrevented).toBe(true);
  });

  it('follows a change of preference: an Enter that sent after it had added lines', async () => {
    enterMakesLine = true;
    install();
    press();
    await vi.waitFor(() => expect(memory.current).toBe('mod-enter'));
    enterMakesLine = false;
    press();
    await vi.waitFor(() => expect(memory.current).toBe('enter'));
    expect(await stored()).toEqual({ slack: 'enter' });
  });

  it('learns nothing from an Enter in a code block, which may add a line whatever the preference', async () => {
    box.innerHTML = '<pre>const a = 1;</pre>';
    document.getSelection()!.collapse(box.querySelector('pre')!.firstChild!, 5);
    enterMakesLine = true;
    install();
    press();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(memory.current).toBeUndefined();
  });
});
