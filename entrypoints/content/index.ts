import { defineContentScript } from 'wxt/utils/define-content-script';
import { claimFrame } from '../../lib/content/once-per-frame';
import { startOnPage } from '../../lib/content/start';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/hosts';
import { adapterFor } from '../../lib/sites/registry';

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  // Frames too: Chat in Gmail and some chat sites put their compose box in an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(window.location);
    if (!adapter) return;
    // An extra site (lib/background/extra-sites.ts) may match a default site's page too: one run only.
    const release = claimFrame();
    if (!release) return;
    const page = startOnPage(document, adapter);
    // The extension was updated or reloaded: leave the page as we found it, and the frame to the next run.
    ctx.onInvalidated(() => {
      page.stop();
      release();
    });
  },
});
