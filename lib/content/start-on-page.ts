import { compileTeamInSlices } from '../guidance/compile-team';
import type { ModelKit } from '../guidance/model-kit';
import type { SiteAdapter } from '../sites/types';
import { IN_PAGE_UI } from '../ui/in-page-ui';
import type { FallbackTeam } from './guidance';
import { type PageHandle, runOnPage } from './start';

/**
 * For an extension page (the try-it page): the in-page UI comes with the page's own code. Kept out of
 * start.ts, which content scripts import: a module they import is bundled with whatever top-level
 * code its imports run, and the in-page UI (card, brief builder) belongs in in-page-ui.js only
 * (`npm run bench:size` would show it coming back).
 */
export function startOnPage(
  doc: Document,
  adapter: SiteAdapter,
  fallback?: FallbackTeam,
  loadModel?: () => Promise<ModelKit>,
): PageHandle {
  return runOnPage(doc, adapter, {
    loadUi: async () => IN_PAGE_UI,
    loadCompiler: async () => compileTeamInSlices,
    fallback,
    ...(loadModel ? { loadModel } : {}),
  });
}
