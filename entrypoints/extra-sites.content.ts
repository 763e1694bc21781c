import { defineContentScript } from 'wxt/utils/define-content-script';
import { runInFrame } from '../lib/content/run-in-frame';
import { customAdapterFor } from '../lib/sites/custom';

// The script for the sites a manager adds: not in the manifest, registered at run time for the
// granted sites by lib/background/extra-sites.ts (which sets its matches, frames and timing). Its own
// file so that the default sites' script does not carry the generic editor detection, and this one
// not the default sites' adapters.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    runInFrame(ctx, customAdapterFor(window.location));
  },
});
