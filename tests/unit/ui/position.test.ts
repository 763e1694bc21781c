import { describe, expect, it } from 'vitest';
import { BADGE_HEIGHT, badgeAnchor, CARD_WIDTH, cardPlacement } from '../../../lib/ui/position';

const viewport = { width: 1200, height: 800 };

describe('badge position', () => {
  it('sits inside the bottom-right corner of the compose box', () => {
    expect(badgeAnchor({ left: 600, top: 300, right: 1100, bottom: 700 }, viewport)).toEqual({
      right: 108,
      bottom: 108,
    });
  });

  it('stays in view when the box runs past the bottom of the window', () => {
    expect(badgeAnchor({ left: 600, top: 300, right: 1100, bottom: 2000 }, viewport)).toEqual({
      right: 108,
      bottom: 8,
    });
  });

  it('sits just above a one-line chat field, not over its text', () => {
    expect(badgeAnchor({ left: 300, top: 740, right: 1100, bottom: 764 }, viewport)).toEqual({
      right: 108,
      bottom: 800 - 740 + 6,
    });
  });

  it('hides when the box is scrolled out of view', () => {
    expect(badgeAnchor({ left: 600, top: -500, right: 1100, bottom: -10 }, viewport)).toBeUndefined();
  });
});

/** A wide box (an inline reply) leaves no room on its left. */
const wide = { left: 100, top: 100, right: 1100, bottom: 700 };

describe('card position', () => {
  it('opens beside a compose window docked at the right, without covering its text', () => {
    const box = { left: 700, top: 300, right: 1180, bottom: 780 };
    const placement = cardPlacement(badgeAnchor(box, viewport)!, box, viewport);
    expect(viewport.width - placement.right).toBeLessThanOrEqual(box.left - 8);
    expect(placement.bottom).toBe(800 - 780);
    expect(placement.maxHeight).toBe(800 - 20 - 8);
  });

  it('opens above the badge when there is room', () => {
    const placement = cardPlacement({ right: 108, bottom: 108 }, wide, viewport);
    expect(placement.bottom).toBe(108 + BADGE_HEIGHT + 6);
    expect(placement.top).toBeUndefined();
    expect(placement.maxHeight).toBeGreaterThan(200);
  });

  it('opens below the badge near the top of the window', () => {
    const placement = cardPlacement({ right: 108, bottom: 800 - 150 }, wide, viewport);
    expect(placement.top).toBe(150 + 6);
    expect(placement.bottom).toBeUndefined();
  });

  it('never leaves the window on the left', () => {
    const placement = cardPlacement({ right: 1100, bottom: 100 }, wide, viewport);
    expect(viewport.width - placement.right - CARD_WIDTH).toBeGreaterThanOrEqual(8);
  });
});
