import { browser } from 'wxt/browser';
import { uiLang } from '../i18n/index';
import type { ToContent } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { type ActiveGuidance, type FallbackTeam, loadGuidance, watchGuidance } from './guidance';
import { type ContentRuntime, startContentRuntime } from './runtime';
import { watchComposeBoxes } from './watcher';

/**
 * Runs Better Brief on a page for one site adapter: loads the guidance in force, follows its changes
 * without a reload (new pack, other team, site switched off), and answers the open-card shortcut.
 * Gmail has many frames and most pages have no compose box: rules are loaded and compiled only once
 * a compose box appears. `fallback` gives the guidance to use while the background has stored none.
 * Returns at once.
 */
export interface PageHandle {
  /** Opens the card of the focused compose box (the keyboard shortcut); false when there is none. */
  openCard(): boolean;
  stop(): void;
}

export function startOnPage(doc: Document, adapter: SiteAdapter, fallback?: FallbackTeam): PageHandle {
  const lang = uiLang();
  let runtime: ContentRuntime | undefined;
  let stopped = false;
  let stopWatchingGuidance: (() => void) | undefined;

  const apply = (guidance: ActiveGuidance): void => {
    if (stopped) return;
    if (guidance.team.disabledSites.includes(adapter.id)) {
      runtime?.stop();
      runtime = undefined;
    } else if (runtime) {
      runtime.setGuidance(guidance);
    } else {
      runtime = startContentRuntime(doc, adapter, guidance, lang);
    }
  };

  const stopWaiting = onFirstComposeBox(doc, adapter, () => {
    stopWatchingGuidance = watchGuidance(apply, fallback);
    loadGuidance(fallback).then(
      (guidance) => guidance && apply(guidance),
      (error: unknown) => console.warn('Better Brief: no guidance', error),
    );
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
