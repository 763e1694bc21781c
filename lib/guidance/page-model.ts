import { browser, type PublicPath } from 'wxt/browser';
import type { ModelKit } from './model-kit';

const MODEL_FILE = '/detect-model.bin' as PublicPath;
let pending: Promise<ModelKit> | undefined;

/**
 * The classifier for an extension page (popup, options, try-it page): fetched once from the extension's
 * own file, shared by everything on the page. Content scripts load theirs with lib/content/load-model.ts.
 */
export function loadPageModelKit(): Promise<ModelKit> {
  // Its code (a tenth of the popup's) is imported only now, while the model itself is fetched.
  pending ??= Promise.all([
    fetch(browser.runtime.getURL(MODEL_FILE)).then((response) => {
      if (!response.ok) throw new Error(`Better Brief: ${MODEL_FILE} answered ${response.status}`);
      return response.arrayBuffer();
    }),
    import('./model-kit'),
  ]).then(([buffer, { createModelKit }]) => createModelKit(buffer));
  // A failed load may be retried by the next caller.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
