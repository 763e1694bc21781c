import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PageHandle, runOnPage } from '../../../lib/content/start';
import { bindContentEditable } from '../../../lib/editors/contenteditable';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeamInSlices } from '../../../lib/guidance/compile-team';
import type { ModelKit } from '../../../lib/guidance/model-kit';
import { resolveTeam } from '../../../lib/guidance/resolved';
import type { SiteAdapter } from '../../../lib/sites/types';
import { IN_PAGE_UI, type InPageUi } from '../../../lib/ui/in-page-ui';

const adapter: SiteAdapter = {
  id: 'test',
  matchesLocation: () => true,
  composeSelector: '[data-compose]',
  bind: (element) => bindContentEditable(element),
  send: { enterSends: false, modEnterSends: true },
};
const builtinTeam = () => resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
/** Content scripts import the compiler from compiler.js; here it is imported directly. */
const loadCompiler = async () => compileTeamInSlices;

/** Stand-ins for the in-page UI classes: the runtime builds its send nudge as soon as it starts. */
function fakeUi() {
  const nudges: unknown[] = [];
  class SendNudge {
    constructor() {
      nudges.push(this);
    }
    dispose() {}
  }
  const ui = { Overlay: class {}, SendNudge } as unknown as InPageUi;
  return { ui, nudges };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

let page: PageHandle | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<p>An inbox, no draft open</p>';
});
afterEach(() => {
  page?.stop();
  page = undefined;
});

describe('Better Brief on a page', () => {
  it('loads the in-page UI only once a compose box appears, then starts', async () => {
    const { ui, nudges } = fakeUi();
    const loadUi = vi.fn(async () => ui);
    page = runOnPage(document, adapter, { loadUi, fallback: builtinTeam, loadCompiler });
    await frame();
    expect(loadUi).not.toHaveBeenCalled();

    document.body.insertAdjacentHTML('beforeend', '<div data-compose contenteditable="true">Hello</div>');
    // Compiling the guidance takes a second on a busy 2-core machine.
    await vi.waitFor(() => expect(nudges).toHaveLength(1), { timeout: 10_000 });
    expect(loadUi).toHaveBeenCalledTimes(1);
  });

  it('gets ready before any compose box when asked to (a top frame), once, for the boxes opened later', async () => {
    const { ui, nudges } = fakeUi();
    const loadUi = vi.fn(async () => ui);
    page = runOnPage(document, adapter, { loadUi, fallback: builtinTeam, loadCompiler, prepareEarly: true });
    // The runtime (its send guard among it) is running while the page still has no compose box.
    await vi.waitFor(() => expect(nudges).toHaveLength(1), { timeout: 10_000 });
    expect(document.querySelector('[data-compose]')).toBeNull();

    document.body.insertAdjacentHTML('beforeend', '<div data-compose contenteditable="true">Hello</div>');
    await frame();
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(nudges).toHaveLength(1);
  });

  it('gets ready at once when asked to, not once the page is idle', async () => {
    const loadUi = vi.fn(async () => fakeUi().ui);
    page = runOnPage(document, adapter, { loadUi, fallback: builtinTeam, loadCompiler, prepareEarly: true });
    // Called before runOnPage returned.
    expect(loadUi).toHaveBeenCalledTimes(1);
  });

  it('starts no runtime when stopped while getting ready', async () => {
    const { ui, nudges } = fakeUi();
    runOnPage(document, adapter, {
      loadUi: async () => ui,
      fallback: builtinTeam,
      loadCompiler,
      prepareEarly: true,
    }).stop();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(nudges).toHaveLength(0);
  });

  it('stays out of the page when the in-page UI cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML = '<div data-compose contenteditable="true">Hello</div>';
    page = runOnPage(document, adapter, {
      loadUi: () => Promise.reject(new Error('no file')),
      fallback: builtinTeam,
      loadCompiler,
    });
    await vi.waitFor(
      () => expect(warn).toHaveBeenCalledWith('Better Brief: no in-page UI', expect.any(Error)),
      { timeout: 10_000 },
    );
    expect(page.openCard()).toBe(false);
    warn.mockRestore();
  });

  it('keeps the host busy until the classifier is there, then idle', async () => {
    document.body.innerHTML = '<div data-compose contenteditable="true">Hello</div>';
    document.querySelector<HTMLElement>('[data-compose]')!.focus();
    let loaded: (kit: ModelKit) => void = () => undefined;
    const kit = new Promise<ModelKit>((resolve) => {
      loaded = resolve;
    });
    page = runOnPage(document, adapter, {
      loadUi: async () => IN_PAGE_UI,
      loadModel: () => kit,
      fallback: builtinTeam,
      loadCompiler,
    });
    const host = () => document.querySelector<HTMLElement>('[data-bb-host]');
    // The rules are in force (the host is there), the classifier is not: what is underlined may change.
    await vi.waitFor(() => expect(host()?.dataset.bbState).toBe('busy'), 5000);
    loaded({ attach: (compiled) => compiled } as ModelKit);
    await vi.waitFor(() => expect(host()!.dataset.bbState).toBe('idle'), 5000);
  });
});
