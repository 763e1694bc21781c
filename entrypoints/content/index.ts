import { defineContentScript } from 'wxt/utils/define-content-script';
import { runInFrame } from '../../lib/content/run-in-frame';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/hosts';
import { defaultSiteAdapterFor } from '../../lib/sites/registry';

// The default sites' script: their adapters and editor bindings only. Sites a manager adds get
// entrypoints/extra-sites.content.ts, which carries the generic editor detection instead.
export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  // Frames too: Chat in Gmail and some chat sites put their compose box in an iframe.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runInFrame(ctx, defaultSiteAdapterFor(window.location));
  },
});
