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

  it('opens beside a box with room on its right only, not over its text', () => {
    const box = { left: 8, top: 100, right: 700, bottom: 700 };
    const placement = cardPlacement(badgeAnchor(box, viewport)!, box, viewport);
    expect(viewport.width - placement.right - CARD_WIDTH).toBeGreaterThanOrEqual(box.right);
    expect(viewport.width - placement.right).toBeLessThanOrEqual(viewport.width);
  });

  it('opens above a wide reply box when the thread above leaves room', () => {
    const box = { left: 100, top: 400, right: 1100, bottom: 700 };
    const placement = cardPlacement(badgeAnchor(box, viewport)!, box, viewport);
    expect(viewport.height - placement.bottom!).toBeLessThanOrEqual(box.top);
    expect(placement.top).toBeUndefined();
    expect(placement.maxHeight).toBe(400 - 6 - 8);
  });

  it('opens below a wide box near the top of the window', () => {
    const box = { left: 100, top: 20, right: 1100, bottom: 300 };
    const placement = cardPlacement(badgeAnchor(box, viewport)!, box, viewport);
    expect(placement.top).toBe(306);
    expect(placement.bottom).toBeUndefined();
  });

  it('opens above a one-line chat field and its badge, not beside it over the chat list', () => {
    const field = { left: 400, top: 740, right: 1180, bottom: 780 };
    const badge = badgeAnchor(field, viewport)!;
    const placement = cardPlacement(badge, field, viewport);
    const badgeTop = viewport.height - badge.bottom - BADGE_HEIGHT;
    expect(viewport.height - placement.bottom!).toBeLessThanOrEqual(badgeTop);
    expect(viewport.width - placement.right - CARD_WIDTH).toBeGreaterThanOrEqual(field.left);
  });

  it('keeps off the matched words when the box fills the window', () => {
    const high = cardPlacement({ right: 108, bottom: 108 }, wide, viewport, {
      left: 200,
      top: 150,
      right: 400,
      bottom: 170,
    });
    expect(high.top).toBe(176);
    const low = cardPlacement({ right: 108, bottom: 108 }, wide, viewport, {
      left: 200,
      top: 600,
      right: 400,
      bottom: 620,
    });
    expect(viewport.height - low.bottom!).toBeLessThanOrEqual(600);
    expect(low.maxHeight).toBeGreaterThanOrEqual(120);
  });

  it('never leaves the window on the left', () => {
    const placement = cardPlacement({ right: 1100, bottom: 100 }, wide, viewport);
    expect(viewport.width - placement.right - CARD_WIDTH).toBeGreaterThanOrEqual(8);
  });
});
