import { useEffect, useState } from 'react';
import type { Lang } from '../lib/detect/types';
import { siteList, tSiteAccess } from '../lib/i18n/site-access-messages';
import type { DefaultSiteId } from '../lib/sites/hosts';
import { askForSiteAccess, onSiteAccessChange, sitesWithoutAccess } from '../lib/sites/site-access';

/**
 * Asks for the default sites the browser has not granted (lib/sites/site-access.ts says when that
 * happens), on the popup and the options page; nothing at all once every site is granted.
 */
export function SiteAccessPrompt({ lang }: { lang: Lang }) {
  const [missing, setMissing] = useState<DefaultSiteId[]>([]);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let live = true;
    const check = () =>
      sitesWithoutAccess().then(
        (sites) => live && setMissing(sites),
        (error: unknown) => console.warn('Better Brief: could not read the granted sites', error),
      );
    void check();
    const stopWatching = onSiteAccessChange(() => void check());
    return () => {
      live = false;
      stopWatching();
    };
  }, []);

  if (missing.length === 0) return null;
  const ask = () => {
    // Straight from the click: the browser only shows the request for a user gesture.
    askForSiteAccess(missing).then(
      (granted) => setRefused(!granted),
      () => setRefused(true),
    );
  };
  return (
    <section className="bb-site-access" data-bb="site-access" aria-labelledby="bb-site-access-heading">
      <h2 id="bb-site-access-heading">{tSiteAccess(lang, 'heading', { sites: siteList(lang, missing) })}</h2>
      <p>{tSiteAccess(lang, 'explain')}</p>
      <button type="button" className="bb-button bb-button--primary" data-bb="allow-sites" onClick={ask}>
        {tSiteAccess(lang, 'allow')}
      </button>
      {refused && <p role="status">{tSiteAccess(lang, 'refused')}</p>}
    </section>
  );
}
