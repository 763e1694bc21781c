import { browser, type PublicPath } from 'wxt/browser';
import { RUNNING_KEY } from '../content/once-per-frame';
import { grantedDefaultMatches } from '../sites/site-access';

/** The default sites' script as built (entrypoints/content); a PublicPath, so a rename fails to compile. */
export const CONTENT_SCRIPT = '/content-scripts/content.js' satisfies PublicPath;

/**
 * Browsers run a declared content script only in pages loaded after its site was granted: a Gmail tab
 * open while the site was not granted (lib/sites/site-access.ts says when)
 * would stay without Better Brief until reloaded. So once sites are granted, the script is started in
 * the open tabs of every granted default site, in each frame where it is not running yet (a tab
 * reloaded meanwhile already has it). Returns how many frames it was started in.
 */
export async function startInOpenTabs(): Promise<number> {
  const granted = await grantedDefaultMatches();
  if (granted.length === 0) return 0;
  let started = 0;
  for (const tab of await browser.tabs.query({ url: granted })) {
    if (tab.id === undefined) continue;
    started += await startInTab(tab.id).catch((error: unknown) => {
      // A tab that closed or navigated away meanwhile: nothing to start there.
      console.warn('Better Brief: could not start in an open tab', error);
      return 0;
    });
  }
  return started;
}

async function startInTab(tabId: number): Promise<number> {
  // The same isolated world as the content script's, so the mark of a running script is visible here.
  const probes = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: (key: string) => Symbol.for(key) in globalThis,
    args: [RUNNING_KEY],
  });
  const frameIds = probes.filter((probe) => probe.result === false).map((probe) => probe.frameId);
  if (frameIds.length === 0) return 0;
  await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [CONTENT_SCRIPT] });
  return frameIds.length;
}

/** Background wiring: whenever the browser grants sites (from our prompt or its own settings). */
export function registerOpenTabsOnGrant(): void {
  browser.permissions.onAdded.addListener(() => {
    startInOpenTabs().catch((error: unknown) => console.error('Better Brief open tabs:', error));
  });
}
