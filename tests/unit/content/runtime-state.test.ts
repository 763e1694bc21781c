import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActiveGuidance } from '../../../lib/content/guidance';
import { type ContentRuntime, startContentRuntime } from '../../../lib/content/runtime';
import { bindContentEditable } from '../../../lib/editors/contenteditable';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeam } from '../../../lib/guidance/compile-team';
import { resolveTeam } from '../../../lib/guidance/resolved';
import type { SiteAdapter } from '../../../lib/sites/types';
import { IN_PAGE_UI } from '../../../lib/ui/in-page-ui';

/**
 * The in-page host's data-bb-state (README, Test hooks): "busy" while something may still change what
 * is underlined, "idle" once the underlines and the badge show the current text.
 */
const adapter: SiteAdapter = {
  id: 'test',
  matchesLocation: () => true,
  composeSelector: '[data-compose]',
  bind: (element) => bindContentEditable(element),
  send: { enterSends: false, modEnterSends: true },
};
let guidance: ActiveGuidance;
beforeAll(() => {
  guidance = compileTeam(resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK));
});

const host = () => document.querySelector<HTMLElement>('[data-bb-host]')!;
const badge = () => host().shadowRoot!.querySelector<HTMLElement>('[data-bb="badge"]')!;

let runtime: ContentRuntime | undefined;
let box: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div data-compose contenteditable="true"><div>Hello team</div></div>';
  box = document.querySelector<HTMLElement>('[data-compose]')!;
  box.focus();
  runtime = startContentRuntime(document, adapter, guidance, 'en', IN_PAGE_UI);
});
afterEach(() => {
  runtime?.stop();
  runtime = undefined;
});

describe('the in-page settled state', () => {
  it('is idle once the box has been read', () => {
    expect(host().dataset.bbState).toBe('idle');
    expect(badge().textContent).toBe('');
  });

  it('is busy from a keystroke until the scan after the typing pause, then idle with the badge', async () => {
    box.firstElementChild!.append(' could you post this on LinkedIn immediately?');
    await Promise.resolve(); // the box's MutationObserver
    expect(host().dataset.bbState).toBe('busy');
    expect(badge().textContent).toBe('');
    await vi.waitFor(() => expect(host().dataset.bbState).toBe('idle'));
    // happy-dom lays nothing out, so the badge stays hidden for want of a place: its count is there.
    expect(badge().textContent).toBe('1');
  });

  it('is busy while guidance is on its way', () => {
    runtime!.setLoading(true);
    expect(host().dataset.bbState).toBe('busy');
    runtime!.setLoading(false);
    expect(host().dataset.bbState).toBe('idle');
  });

  it('is busy while a Replace is under way, idle once it is done', async () => {
    box.firstElementChild!.append(' could you post this on LinkedIn immediately?');
    await vi.waitFor(() => expect(badge().textContent).toBe('1'));
    runtime!.openCardForFocusedBox();
    const apply = host().shadowRoot!.querySelector<HTMLButtonElement>('[data-bb="apply"]')!;
    apply.click();
    expect(host().dataset.bbState).toBe('busy');
    // happy-dom has no execCommand and nobody takes the other paths: each is waited for, then refused.
    await vi.waitFor(() => expect(host().dataset.bbState).toBe('idle'), 3000);
    expect(box.textContent).toBe('Hello team could you post this on LinkedIn immediately?');
  });
});
