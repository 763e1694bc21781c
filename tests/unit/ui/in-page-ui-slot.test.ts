import { describe, expect, it } from 'vitest';
import { IN_PAGE_UI } from '../../../lib/ui/in-page-ui';
import { publishedInPageUi, publishInPageUi } from '../../../lib/ui/in-page-ui-slot';
import { SendNudge } from '../../../lib/ui/nudge';
import { Overlay } from '../../../lib/ui/overlay';

describe('the in-page UI a content script loads', () => {
  it('is found, once its file has run, in the world that ran it', () => {
    const world = {};
    expect(publishedInPageUi(world)).toBeUndefined();
    publishInPageUi(IN_PAGE_UI, world);
    expect(publishedInPageUi(world)).toEqual({ Overlay, SendNudge });
  });

  it('is not seen from another world (the page, another extension)', () => {
    publishInPageUi(IN_PAGE_UI, {});
    expect(publishedInPageUi({})).toBeUndefined();
  });
});
