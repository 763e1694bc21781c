import { describe, expect, it } from 'vitest';
import { Dismissals, dismissalKey } from '../../../lib/content/dismissals';

describe('dismissals', () => {
  it('keeps a dismissed phrase hidden when the same words come back with other case or spacing', () => {
    const dismissals = new Dismissals();
    dismissals.dismiss('post-now', 'Post this  now');
    expect(dismissals.isDismissed('post-now', 'post this now')).toBe(true);
  });

  it('shows the suggestion again once its words change', () => {
    const dismissals = new Dismissals();
    dismissals.dismiss('post-now', 'post this now');
    expect(dismissals.isDismissed('post-now', 'post this right now')).toBe(false);
  });

  it('is per rule', () => {
    expect(dismissalKey('roi', 'ROI')).not.toBe(dismissalKey('go-viral', 'ROI'));
  });
});
