import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { IN_PAGE_UI } from '../lib/ui/in-page-ui';
import { publishInPageUi } from '../lib/ui/in-page-ui-slot';

// Not a page script: content scripts import this file (lib/content/load-ui.ts) into their own
// isolated world when their frame gets ready (top frame once idle, others at their first compose
// box), so frames that never get one never parse the UI.
export default defineUnlistedScript(() => publishInPageUi(IN_PAGE_UI));
