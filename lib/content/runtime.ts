import type { Lang } from '../detect/types';
import type { SiteAdapter } from '../sites/types';
import { HighlightLayer } from '../ui/highlights';
import type { InPageUi } from '../ui/in-page-ui';
import type { Overlay } from '../ui/overlay';
import type { ActiveGuidance } from './guidance';
import { installSendGuard } from './send-guard';
import { watchTestFaults } from './send-guard-faults';
import { rememberedSendKey } from './send-key';
import { ComposeSession, type SessionHost } from './session';
import type { Suggestion } from './suggestions';
import { sendToBackground } from './to-background';
import { watchComposeBoxes } from './watcher';

export interface ContentRuntime {
  /** Opens the card of the focused (or last used) compose box; false when there is nothing to show. */
  openCardForFocusedBox(): boolean;
  setGuidance(guidance: ActiveGuidance): void;
  /** Guidance (or the classifier) is on its way: what is underlined now may still change. */
  setLoading(loading: boolean): void;
  stop(): void;
}

/**
 * Wires one document together: the site adapter finds compose boxes, each gets a session, the overlay
 * shows the active box's suggestions. The Gmail content script and the try-it page both run this.
 */
export function startContentRuntime(
  doc: Document,
  adapter: SiteAdapter,
  initialGuidance: ActiveGuidance,
  uiLang: Lang,
  ui: InPageUi,
): ContentRuntime {
  let guidance = initialGuidance;
  const sessions = new Map<HTMLElement, ComposeSession>();
  const highlights = new HighlightLayer(doc);
  let overlay: Overlay | undefined;
  let active: ComposeSession | undefined;
  // Starts at 0, not unknown: a frame with nothing to say (Chat in Gmail's iframe) must not overwrite
  // the count the page's main frame sent for the toolbar badge.
  let lastOpenCount = 0;
  let loading = false;

  /** Created on first need: a page without compose boxes gets no host element at all. */
  const ensureOverlay = (): Overlay => {
    overlay ??= new ui.Overlay(doc, uiLang);
    return overlay;
  };

  /**
   * The host's data-bb-state, for automation: "busy" while guidance is on its way or a box has a scan
   * due or a Replace under way, "idle" once the underlines and the badge show every box's current text.
   */
  const showState = (): void => {
    if (!overlay) return;
    let busy = loading;
    for (const session of sessions.values()) busy ||= session.pending;
    overlay.setBusy(busy);
  };

  const render = (): void => {
    if (active) {
      const session = active;
      ensureOverlay().show({
        element: session.element,
        suggestions: session.suggestions,
        phraseRect: (pick) => session.phraseRect(pick),
        actions: {
          apply: (suggestion) => {
            void session.apply(suggestion).then((replaced) => {
              if (!replaced) overlay?.applyFailed(suggestion);
            });
          },
          dismiss: (suggestion) => session.dismiss(suggestion),
        },
        brief: {
          templates: guidance.team.briefTemplates,
          networks: guidance.team.slots.network ?? [],
          draftText: () => session.text(),
          insert: (suggestion, edit) => session.insertBrief(suggestion, edit),
          ...(guidance.team.howWeWork
            ? { openHowWeWork: () => sendToBackground({ type: 'open-how-we-work' }) }
            : {}),
        },
      });
    } else {
      overlay?.show(undefined);
    }
    let open = 0;
    for (const session of sessions.values()) open += session.suggestions.length;
    if (open !== lastOpenCount) {
      lastOpenCount = open;
      sendToBackground({ type: 'open-suggestions', count: open });
    }
    showState();
  };

  const host: SessionHost = {
    highlights,
    uiLang,
    updated: (session) => {
      // Sessions report during construction, before they are in the map.
      if (sessions.has(session.element) || session === active) render();
    },
    activated: (session) => {
      if (active === session) return;
      active = session;
      overlay?.closeCard(false);
      render();
    },
    clickedSuggestion: (session, suggestion: Suggestion) => {
      active = session;
      render();
      ensureOverlay().openCard({ focus: false, current: suggestion });
    },
    busy: () => showState(),
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    // Esc closes our card (or its brief builder) first, wherever focus is (the site's own Esc, e.g.
    // closing a draft, waits).
    if (event.key === 'Escape' && overlay?.cardOpen) {
      event.preventDefault();
      event.stopPropagation();
      overlay.escape();
    }
  };
  // Window, capture phase: before the site's own shortcuts see the key.
  const view = doc.defaultView;
  view?.addEventListener('keydown', onKeyDown, true);

  // The badge belongs to the box being written in: focus moving to another field (search, subject,
  // recipients) puts it away. Focus moving into our own badge or card, or nowhere, does not.
  const onFocusIn = (event: FocusEvent): void => {
    if (!active || !(event.target instanceof Node)) return;
    if (overlay?.contains(event.target)) return;
    for (const session of sessions.values()) if (session.element.contains(event.target)) return;
    active = undefined;
    overlay?.closeCard(false);
    render();
  };
  doc.addEventListener('focusin', onFocusIn, true);

  const stopWatching = watchComposeBoxes(doc, adapter, {
    found(element) {
      const session = new ComposeSession(adapter.bind(element), guidance, host);
      sessions.set(element, session);
      if (element.contains(doc.activeElement)) active = session;
      render();
    },
    lost(element) {
      const session = sessions.get(element);
      sessions.delete(element);
      session?.dispose();
      if (active === session) active = undefined;
      render();
    },
  });

  const openCardOf = (session: ComposeSession): void => {
    active = session;
    render();
    ensureOverlay().openCard({ focus: true });
  };

  // Before a message leaves with an open request, the send nudge asks first (lib/ui/nudge.ts).
  const faults = watchTestFaults();
  const stopGuard = installSendGuard(
    doc,
    adapter.send,
    {
      boxes: () =>
        [...sessions.values()].map((session) => ({
          element: session.element,
          openRequests: () =>
            session.current().map((suggestion) => ({ ruleId: suggestion.ruleId, title: suggestion.title })),
          text: () => session.binding.snapshot().text,
        })),
      nudgeEnabled: () => guidance.team.sendNudge,
      review: (element) => {
        const session = sessions.get(element);
        if (session) openCardOf(session);
      },
      faults,
      ...(adapter.send.writerChoosesSendKey ? { sendKey: rememberedSendKey(adapter.id) } : {}),
    },
    new ui.SendNudge(doc, uiLang),
  );

  return {
    openCardForFocusedBox() {
      const focused = [...sessions.values()].find((session) => session.element.contains(doc.activeElement));
      if (focused) active = focused;
      if (!active || active.current().length === 0) return false;
      openCardOf(active);
      return true;
    },
    setGuidance(next) {
      guidance = next;
      for (const session of sessions.values()) session.setGuidance(next);
    },
    setLoading(next) {
      loading = next;
      showState();
    },
    stop() {
      stopGuard();
      faults.dispose();
      stopWatching();
      view?.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('focusin', onFocusIn, true);
      overlay?.dispose();
      overlay = undefined;
    },
  };
}
