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

  it('hides when the box is scrolled out of view', () => {
    expect(badgeAnchor({ left: 600, top: -500, right: 1100, bottom: -10 }, viewport)).toBeUndefined();
  });
});

describe('card position', () => {
  it('opens above the badge when there is room', () => {
    const placement = cardPlacement({ right: 108, bottom: 108 }, viewport);
    expect(placement.bottom).toBe(108 + BADGE_HEIGHT + 6);
    expect(placement.top).toBeUndefined();
    expect(placement.maxHeight).toBeGreaterThan(200);
  });

  it('opens below the badge near the top of the window', () => {
    const placement = cardPlacement({ right: 108, bottom: 800 - 150 }, viewport);
    expect(placement.top).toBe(150 + 6);
    expect(placement.bottom).toBeUndefined();
  });

  it('never leaves the window on the left', () => {
    const placement = cardPlacement({ right: 1100, bottom: 100 }, viewport);
    expect(viewport.width - placement.right - CARD_WIDTH).toBeGreaterThanOrEqual(8);
  });
});
