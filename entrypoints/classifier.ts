import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createModelKit } from '../lib/guidance/model-kit';
import { publishModelKitFactory } from '../lib/guidance/model-kit-slot';

// Not a page script: content scripts import this file (lib/content/load-model.ts) into their own
// isolated world when their frame gets ready (top frame once idle, others at their first compose
// box), after the patterns, so that frames that never get a compose box never parse the classifier
// and a page's typing never waits for it.
export default defineUnlistedScript(() => publishModelKitFactory(createModelKit));
