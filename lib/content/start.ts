import { browser } from 'wxt/browser';
import { uiLang } from '../i18n/index';
import type { ToContent } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { IN_PAGE_UI, type InPageUi } from '../ui/in-page-ui';
import { type ActiveGuidance, type FallbackTeam, watchGuidance } from './guidance';
import { type ContentRuntime, startContentRuntime } from './runtime';
import { watchComposeBoxes } from './watcher';

export interface PageHandle {
  /** Opens the card of the focused compose box (the keyboard shortcut); false when there is none. */
  openCard(): boolean;
  stop(): void;
}

export interface PageOptions {
  /** The badge, card and nudge classes; content scripts load them (load-ui.ts), pages import them. */
  loadUi: () => Promise<InPageUi>;
  /** The guidance to use while the background has stored none. */
  fallback?: FallbackTeam;
}

/**
 * For an extension page (the try-it page): the in-page UI comes with the page's own code. Content
 * scripts call runOnPage only, so the bundler leaves IN_PAGE_UI out of them (`npm run bench:size`
 * would show it coming back).
 */
export function startOnPage(doc: Document, adapter: SiteAdapter, fallback?: FallbackTeam): PageHandle {
  return runOnPage(doc, adapter, { loadUi: async () => IN_PAGE_UI, fallback });
}

/**
 * Runs Better Brief on a page for one site adapter: loads the guidance in force, follows its changes
 * without a reload (new pack, other team, site switched off), and answers the open-card shortcut.
 * Gmail has many frames and most pages have no compose box: rules are loaded and compiled, and the
 * in-page UI loaded, only once a compose box appears. Returns at once.
 */
export function runOnPage(
  doc: Document,
  adapter: SiteAdapter,
  { loadUi, fallback }: PageOptions,
): PageHandle {
  const lang = uiLang();
  let runtime: ContentRuntime | undefined;
  let stopped = false;
  let stopWatchingGuidance: (() => void) | undefined;

  const apply = (guidance: ActiveGuidance, ui: InPageUi): void => {
    if (stopped) return;
    if (guidance.team.disabledSites.includes(adapter.id)) {
      runtime?.stop();
      runtime = undefined;
    } else if (runtime) {
      runtime.setGuidance(guidance);
    } else {
      runtime = startContentRuntime(doc, adapter, guidance, lang, ui);
    }
  };

  const stopWaiting = onFirstComposeBox(doc, adapter, () => {
    // The UI loads while the rules compile; guidance changes are applied in order once it is there.
    const uiReady = loadUi();
    // Handled when guidance arrives (applyWithUi); this keeps a failure from going unhandled until then.
    uiReady.catch(() => undefined);
    const applyWithUi = (guidance: ActiveGuidance): void => {
      uiReady.then(
        (ui) => apply(guidance, ui),
        (error: unknown) => console.warn('Better Brief: no in-page UI', error),
      );
    };
    stopWatchingGuidance = watchGuidance(applyWithUi, fallback, { now: true });
  });

  const onMessage = (message: unknown): undefined => {
    if ((message as ToContent | undefined)?.type === 'open-card') runtime?.openCardForFocusedBox();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  return {
    openCard: () => runtime?.openCardForFocusedBox() ?? false,
    stop() {
      stopped = true;
      stopWaiting();
      stopWatchingGuidance?.();
      browser.runtime.onMessage.removeListener(onMessage);
      runtime?.stop();
      runtime = undefined;
    },
  };
}

/** Calls back once, when the page first has a compose box; returns a cancel function. */
function onFirstComposeBox(doc: Document, adapter: SiteAdapter, callback: () => void): () => void {
  let done = false;
  let stop: (() => void) | undefined;
  const finish = (): void => {
    if (done) return;
    done = true;
    // A box found during the first synchronous look arrives before `stop` exists: queued instead.
    queueMicrotask(() => stop?.());
    callback();
  };
  stop = watchComposeBoxes(doc, adapter, { found: finish, lost: () => undefined });
  return () => {
    done = true;
    stop?.();
  };
}
