import { browser } from 'wxt/browser';
import type { CompileTeam } from '../guidance/compiler-slot';
import type { ModelKit } from '../guidance/model-kit';
import { uiLang } from '../i18n/index';
import type { ToContent } from '../messages';
import type { SiteAdapter } from '../sites/types';
import type { InPageUi } from '../ui/in-page-ui';
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
  /** The pattern compiler; content scripts load it (load-compiler.ts), pages import it. */
  loadCompiler: () => Promise<CompileTeam>;
  /**
   * The learned classifier (content scripts: load-model.ts; pages import it). Patterns work at once;
   * reworded requests are caught from the moment it is ready. A failure leaves the patterns alone.
   */
  loadModel?: () => Promise<ModelKit>;
  /** The guidance to use while the background has stored none. */
  fallback?: FallbackTeam;
  /**
   * Get ready (rules, in-page UI, classifier) at once, before any compose box: a box open at load or
   * opened later finds everything in place, and a send made at once is asked about. For a page's top
   * frame; other frames (most hold no compose box) wait for their first box. Not held back until the
   * page is idle: the content script already runs after the document is parsed, and waiting for idle
   * left a box open at load 35 ms (median) from usable; the stored rules' un-gzipping, the slow part,
   * started as the page started (early-read.ts).
   */
  prepareEarly?: boolean;
}

/**
 * Runs Better Brief on a page for one site adapter: loads the guidance in force, follows its changes
 * without a reload (new pack, other team, site switched off), and answers the open-card shortcut.
 * Gmail has many frames and most hold no compose box: there, rules are loaded and compiled, and the
 * in-page UI loaded, only once a compose box appears; a top frame asked to (`prepareEarly`) gets
 * ready at once. Returns at once.
 */
export function runOnPage(
  doc: Document,
  adapter: SiteAdapter,
  { loadUi, loadCompiler, loadModel, fallback, prepareEarly = false }: PageOptions,
): PageHandle {
  const lang = uiLang();
  let runtime: ContentRuntime | undefined;
  let stopped = false;
  let stopWatchingGuidance: (() => void) | undefined;
  // What may still change the underlines (the host's data-bb-state): a guidance compile under way, a
  // compiled one not applied yet (the UI still loading), the classifier not loaded yet.
  let compiling = false;
  let unapplied: ActiveGuidance | undefined;
  let modelDue = loadModel !== undefined;
  const loadingChanged = (): void => runtime?.setLoading(compiling || unapplied !== undefined || modelDue);

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

  let prepared = false;
  const prepare = (): void => {
    if (prepared || stopped) return;
    prepared = true;
    // The UI loads while the rules compile; guidance changes are applied in order once it is there.
    const uiReady = loadUi();
    // Handled when guidance arrives (applyWithUi); this keeps a failure from going unhandled until then.
    uiReady.catch(() => undefined);
    // The classifier loads beside the rules; until it is there (or if it fails) the patterns work alone.
    let kit: ModelKit | undefined;
    let latest: ActiveGuidance | undefined;
    const applyWithUi = (guidance: ActiveGuidance): void => {
      latest = guidance;
      unapplied = guidance;
      uiReady.then(
        (ui) => {
          // A later guidance may have arrived meanwhile: only the latest is applied.
          if (guidance !== latest) return;
          apply(kit ? kit.attach(guidance) : guidance, ui);
          unapplied = undefined;
          loadingChanged();
        },
        (error: unknown) => console.warn('Better Brief: no in-page UI', error),
      );
    };
    loadModel?.()
      .then(
        (loaded) => {
          kit = loaded;
          if (latest) applyWithUi(latest);
        },
        (error: unknown) =>
          console.warn('Better Brief: reworded requests are not caught (no classifier)', error),
      )
      .finally(() => {
        modelDue = false;
        loadingChanged();
      });
    // Loaded only if the background's compiled form does not fit the rules (just after an update, a
    // guidance the background could not compile), then kept for each later compile.
    let compiler: Promise<CompileTeam> | undefined;
    stopWatchingGuidance = watchGuidance(applyWithUi, fallback, {
      compile: () => {
        compiler ??= loadCompiler();
        return compiler;
      },
      now: true,
      loading: (now) => {
        compiling = now;
        loadingChanged();
      },
    });
  };
  const stopWaiting = onFirstComposeBox(doc, adapter, prepare);
  if (prepareEarly) prepare();

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
