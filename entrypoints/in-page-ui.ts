import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { IN_PAGE_UI } from '../lib/ui/in-page-ui';
import { publishInPageUi } from '../lib/ui/in-page-ui-slot';

// Not a page script: content scripts import this file (lib/content/load-ui.ts) into their own
// isolated world at a frame's first compose box, so frames without one never parse the UI.
export default defineUnlistedScript(() => publishInPageUi(IN_PAGE_UI));
