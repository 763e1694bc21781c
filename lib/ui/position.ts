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

/**
 * Beside the compose box when there is room on its left (Gmail's drafts sit at the right of the
 * window), so the card does not hide the words it talks about; otherwise over the box, above the
 * badge, or below it when the badge is near the top of the window.
 */
export function cardPlacement(badge: Anchor, box: Rect, viewport: Viewport): CardPlacement {
  if (box.left >= CARD_WIDTH + 2 * INSET) {
    const bottom = Math.max(INSET, Math.min(badge.bottom - INSET, viewport.height - MIN_ROOM_ABOVE));
    return { right: viewport.width - box.left + INSET, bottom, maxHeight: viewport.height - bottom - INSET };
  }
  const right = Math.max(INSET, Math.min(badge.right, viewport.width - CARD_WIDTH - INSET));
  const badgeTop = viewport.height - badge.bottom - BADGE_HEIGHT;
  if (badgeTop >= MIN_ROOM_ABOVE) {
    return { right, bottom: badge.bottom + BADGE_HEIGHT + GAP, maxHeight: badgeTop - GAP - INSET };
  }
  const top = badgeTop + BADGE_HEIGHT + GAP;
  return { right, top, maxHeight: Math.max(120, viewport.height - top - INSET) };
}
