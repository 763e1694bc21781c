import type { SiteAdapter } from '../sites/types';

export interface ComposeBoxEvents {
  found(element: HTMLElement): void;
  /** Called for boxes found earlier that left the document (draft sent, closed or discarded). */
  lost(element: HTMLElement): void;
}

/**
 * Finds compose boxes now and whenever the page adds one, with ONE MutationObserver whose callback
 * only queues the added elements; they are examined once per animation frame, each by a check scoped
 * to its own subtree (never a query over the whole document per mutation). No polling.
 */
export function watchComposeBoxes(doc: Document, adapter: SiteAdapter, events: ComposeBoxEvents): () => void {
  const known = new Set<HTMLElement>();
  let queued: Element[] = [];
  let someRemoved = false;
  let frame = 0;

  const consider = (element: Element): void => {
    if (!(element instanceof HTMLElement) || known.has(element)) return;
    if (adapter.isComposeBox && !adapter.isComposeBox(element)) return;
    known.add(element);
    events.found(element);
  };

  const examine = (root: Element): void => {
    if (!root.isConnected) return;
    if (root.matches(adapter.composeSelector)) consider(root);
    if (root.firstElementChild) {
      for (const element of root.querySelectorAll(adapter.composeSelector)) consider(element);
    }
  };

  const flush = (): void => {
    frame = 0;
    const batch = queued;
    queued = [];
    if (someRemoved) {
      someRemoved = false;
      for (const element of known) {
        if (!element.isConnected) {
          known.delete(element);
          events.lost(element);
        }
      }
    }
    for (const element of batch) examine(element);
  };

  const schedule = (): void => {
    if (frame === 0) frame = requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        queued.push(record.target as Element);
        continue;
      }
      for (const node of record.addedNodes) if (node.nodeType === 1) queued.push(node as Element);
      if (record.removedNodes.length > 0 && known.size > 0) someRemoved = true;
    }
    if (queued.length > 0 || someRemoved) schedule();
  });

  const root = doc.body ?? doc.documentElement;
  // Gmail sometimes turns an existing div editable instead of adding a new one.
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['contenteditable', 'role'],
  });
  examine(root);

  return () => {
    observer.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
    for (const element of known) events.lost(element);
    known.clear();
  };
}
