import { describe, expect, it } from 'vitest';
import { claimFrame } from '../../../lib/content/once-per-frame';

describe('one content script run per frame', () => {
  it('refuses a second run in the same world while the first one runs', () => {
    const world = {};
    const release = claimFrame(world);
    expect(release).toBeTypeOf('function');
    expect(claimFrame(world)).toBeUndefined();
    release?.();
  });

  it('lets the next run start once the first one has stopped (extension updated)', () => {
    const world = {};
    claimFrame(world)?.();
    const again = claimFrame(world);
    expect(again).toBeTypeOf('function');
    again?.();
  });
});
