/**
 * Where the badge and the card go, from the compose box's rectangle alone: both are anchored by their
 * right/bottom edges so that their own sizes never need to be measured (no layout read for them).
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** CSS offsets from the viewport's right and bottom edges (position: fixed). */
export interface Anchor {
  right: number;
  bottom: number;
}

export interface CardPlacement {
  right: number;
  /** Exactly one of top/bottom is set: the card opens above the badge, or below it near the top. */
  top?: number;
  bottom?: number;
  maxHeight: number;
}

export const BADGE_HEIGHT = 28;
const INSET = 8;
const GAP = 6;
export const CARD_WIDTH = 340;
/** Below this room above the badge, the card opens under it instead. */
const MIN_ROOM_ABOVE = 240;

/**
 * Inside the bottom-right corner of the box's visible part; just above its top-right corner when the
 * box is a one-line chat field too low to hold it. Undefined when the box is scrolled out of view.
 */
export function badgeAnchor(box: Rect, viewport: Viewport): Anchor | undefined {
  const visibleTop = Math.max(box.top, 0);
  const visibleBottom = Math.min(box.bottom, viewport.height);
  const visibleLeft = Math.max(box.left, 0);
  const visibleRight = Math.min(box.right, viewport.width);
  if (visibleBottom <= visibleTop || visibleRight <= visibleLeft) return undefined;
  const right = viewport.width - visibleRight + INSET;
  if (visibleBottom - visibleTop < BADGE_HEIGHT + 2 * INSET) {
    return { right, bottom: Math.min(viewport.height - visibleTop + GAP, viewport.height - BADGE_HEIGHT) };
  }
  return { right, bottom: viewport.height - visibleBottom + INSET };
}

/** A box at least this tall is a compose window (the card may stand beside it); lower, a chat field. */
const TALL_BOX = 100;
/** The card's own CSS max-height: room beyond it is not needed. */
const CARD_MAX_HEIGHT = 440;

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, high));

/**
 * Where the card opens, so that it hides neither the writer's words nor the rest of the app when it
 * can help it, and always inside the window:
 * 1. beside a compose window (left, else right of it) when the window has room there;
 * 2. otherwise above the box (and its badge), or below it, where there is more room;
 * 3. otherwise (the box fills the window) over the box, on the side away from the matched phrase.
 */
export function cardPlacement(badge: Anchor, box: Rect, viewport: Viewport, phrase?: Rect): CardPlacement {
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, viewport.height);
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, viewport.width);
  const widest = viewport.width - CARD_WIDTH - INSET;
  const tallest = Math.min(CARD_MAX_HEIGHT, viewport.height - 2 * INSET);

  if (bottom - top >= TALL_BOX) {
    // Bottom edges aligned with the box's, lifted if needed so that the card has its full height.
    const fromBottom = clamp(viewport.height - bottom, INSET, viewport.height - INSET - tallest);
    const beside = { bottom: fromBottom, maxHeight: viewport.height - fromBottom - INSET };
    if (left >= CARD_WIDTH + 2 * INSET) return { right: viewport.width - left + INSET, ...beside };
    if (viewport.width - right >= CARD_WIDTH + 2 * INSET) {
      return { right: viewport.width - right - INSET - CARD_WIDTH, ...beside };
    }
  }

  const alongBox = clamp(viewport.width - right, INSET, Math.max(INSET, widest));
  // The badge may sit just above a one-line field: the card goes above both.
  const upper = Math.min(top, viewport.height - badge.bottom - BADGE_HEIGHT);
  const roomAbove = upper - GAP - INSET;
  const roomBelow = viewport.height - bottom - GAP - INSET;
  const enough = Math.min(MIN_ROOM_ABOVE, tallest);
  if (roomAbove >= enough && (roomAbove >= roomBelow || roomBelow < enough)) {
    return { right: alongBox, bottom: viewport.height - upper + GAP, maxHeight: roomAbove };
  }
  if (roomBelow >= enough) return { right: alongBox, top: bottom + GAP, maxHeight: roomBelow };

  // No room outside the box: over it, away from the phrase (below it when it is in the upper half).
  const words = phrase ?? { top: bottom, bottom }; // no phrase known: keep to the top of the window
  if ((words.top + words.bottom) / 2 < viewport.height / 2) {
    const below = clamp(words.bottom + GAP, INSET, viewport.height - INSET - 120);
    return { right: alongBox, top: below, maxHeight: viewport.height - below - INSET };
  }
  const above = clamp(viewport.height - words.top + GAP, INSET, viewport.height - INSET - 120);
  return { right: alongBox, bottom: above, maxHeight: viewport.height - above - INSET };
}
