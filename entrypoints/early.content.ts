import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEarlyGuidanceRead } from '../lib/content/early-read';
import { DEFAULT_SITE_MATCHES } from '../lib/sites/hosts';

// As the page starts, in the top frame only (where the content script gets ready before any compose
// box): the storage read the content script would otherwise start once the page is idle.
export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  runAt: 'document_start',
  main() {
    startEarlyGuidanceRead();
  },
});
