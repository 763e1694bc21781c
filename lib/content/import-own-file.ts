import { browser as extensionApi, type PublicPath } from 'wxt/browser';

// Firefox's `chrome` global of content scripts (an alias of its `browser`), named as the global so
// that the Firefox build reads `import(chrome.runtime.getURL(…))`: the form of dynamic import that
// addons-linter (`web-ext lint`) accepts, as it can only reach the extension's own files. Not
// `browser`: the bundler gives that name to wxt/browser's variable, which the minifier then renames.
declare const chrome: typeof extensionApi;

/**
 * Runs one of the extension's own scripts (built by entrypoints/, web-accessible in wxt.config.ts)
 * in this content script's isolated world, out of the page's reach.
 */
export async function importOwnFile(file: PublicPath): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // A new version's content scripts get a new sandbox, with an empty module cache: the plain URL
    // always loads the file of the version that runs.
    await import(/* @vite-ignore */ chrome.runtime.getURL(file));
    return;
  }
  // Chrome keeps one isolated world per frame across updates, and imports are cached by URL: the
  // version in the URL makes a frame that ran the old script import the new file, not the old module.
  const { version } = extensionApi.runtime.getManifest();
  await import(/* @vite-ignore */ `${extensionApi.runtime.getURL(file)}?v=${version}`);
}
