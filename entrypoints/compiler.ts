import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compileTeamInSlices } from '../lib/guidance/compile-team';
import { publishCompiler } from '../lib/guidance/compiler-slot';

// Not a page script: content scripts import this file (lib/content/load-compiler.ts) into their own
// isolated world when their frame gets ready, so that the pattern compiler (a third of what a content
// script would otherwise carry) is parsed only where rules are compiled, never in the other frames.
export default defineUnlistedScript(() => publishCompiler(compileTeamInSlices));
