import { browser } from 'wxt/browser';
import { uiLang } from '../i18n/index';
import type { ToContent } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { type ActiveGuidance, loadGuidance, watchGuidance } from './guidance';
import { type ContentRuntime, startContentRuntime } from './runtime';

/**
 * Runs Better Brief on a page for one site adapter: loads the guidance in force, follows its changes
 * without a reload (new pack, other team, site switched off), and answers the open-card shortcut.
 * Returns a stop function.
 */
export async function startOnPage(doc: Document, adapter: SiteAdapter): Promise<() => void> {
  const lang = uiLang();
  let runtime: ContentRuntime | undefined;

  const apply = (guidance: ActiveGuidance): void => {
    const switchedOff = guidance.team.disabledSites.includes(adapter.id);
    if (switchedOff) {
      runtime?.stop();
      runtime = undefined;
    } else if (runtime) {
      runtime.setGuidance(guidance);
    } else {
      runtime = startContentRuntime(doc, adapter, guidance, lang);
    }
  };

  apply(await loadGuidance());
  const stopWatchingGuidance = watchGuidance(apply);

  const onMessage = (message: unknown): undefined => {
    if ((message as ToContent | undefined)?.type === 'open-card') runtime?.openCardForFocusedBox();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  return () => {
    stopWatchingGuidance();
    browser.runtime.onMessage.removeListener(onMessage);
    runtime?.stop();
    runtime = undefined;
  };
}
