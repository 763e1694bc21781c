import { browser, type PublicPath } from 'wxt/browser';
import type { ModelKit } from '../guidance/model-kit';
import { publishedModelKitFactory } from '../guidance/model-kit-slot';
import { importOwnFile } from './import-own-file';

/** Built by entrypoints/classifier.ts; both files are web-accessible (wxt.config.ts) for import() and fetch(). */
const CLASSIFIER_FILE = '/classifier.js' as PublicPath;
const MODEL_FILE = '/detect-model.bin' as PublicPath;

/**
 * The learned classifier for this content script: its code imported from the extension's own file into
 * the isolated world (like the in-page UI), its model fetched from the extension's own file. Nothing
 * leaves the browser: both requests are to the extension's own files.
 */
export async function loadModelKit(): Promise<ModelKit> {
  const version = browser.runtime.getManifest().version;
  const [fetched] = await Promise.all([
    fetch(`${browser.runtime.getURL(MODEL_FILE)}?v=${version}`).then((response) => {
      if (!response.ok) throw new Error(`Better Brief: ${MODEL_FILE} answered ${response.status}`);
      return response.arrayBuffer();
    }),
    importOwnFile(CLASSIFIER_FILE),
  ]);
  const createModelKit = publishedModelKitFactory();
  if (!createModelKit) throw new Error(`Better Brief: ${CLASSIFIER_FILE} left no classifier`);
  // In Firefox a content script's fetch() answers with the page's objects, seen through a wrapper
  // that the classifier's typed-array copies cannot see through ("Permission denied to access
  // property constructor"): a copy made here belongs to the content script (0.1 ms for the model).
  return createModelKit(structuredClone(fetched));
}
