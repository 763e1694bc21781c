// Bundled by bench-browser.ts into its copy of the extension as bench-guidance.js, behind
// bench-guidance.html: an extension page that loads the guidance exactly as a content script does
// (lib/content/guidance.ts, from the background's stored compiled form), so that the bench can read
// the JS heap before and after and report what the guidance alone adds.
import { loadGuidance } from '../lib/content/guidance';

const held: unknown[] = [];

Object.assign(window, {
  /**
   * Loads the guidance and, when `keep`, keeps it as the content script keeps its own; its rule
   * count. A first load not kept has the functions compiled, so the heap then measured is data.
   */
  async benchLoadGuidance(keep: boolean): Promise<number> {
    const guidance = await loadGuidance(() =>
      Promise.reject(new Error('no stored compiled form: the page would compile the rules itself')),
    );
    if (!guidance) throw new Error('no guidance stored');
    if (keep) held.push(guidance);
    return guidance.rules.size;
  },
});
