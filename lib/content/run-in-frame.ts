import type { SiteAdapter } from '../sites/types';
import { takeEarlyGuidanceRead } from './early-read';
import { loadCompiler } from './load-compiler';
import { loadModelKit } from './load-model';
import { loadInPageUi } from './load-ui';
import { claimFrame } from './once-per-frame';
import { runOnPage } from './start';

/** What a content script's run needs from WXT's ContentScriptContext. */
interface RunContext {
  onInvalidated(callback: () => void): unknown;
}

/**
 * One content script run in one frame, shared by the declared script (default sites) and the one
 * registered for manager-added sites: nothing without an adapter, and one run per frame even when
 * both scripts match the page.
 */
export function runInFrame(ctx: RunContext, adapter: SiteAdapter | undefined): void {
  // The early read (early.content.ts) is dropped where no run will take it, rather than kept.
  if (!adapter) {
    takeEarlyGuidanceRead();
    return;
  }
  const release = claimFrame();
  if (!release) return;
  const page = runOnPage(document, adapter, {
    loadUi: loadInPageUi,
    loadCompiler,
    loadModel: loadModelKit,
    // The frame where writers compose on every site we serve; a box opened there finds the rules ready.
    prepareEarly: window === window.top,
  });
  // The extension was updated or reloaded: leave the page as we found it, and the frame to the next run.
  ctx.onInvalidated(() => {
    page.stop();
    release();
  });
}
