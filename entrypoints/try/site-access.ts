import type { Lang } from '../../lib/detect/types';
import { siteList, tSiteAccess } from '../../lib/i18n/site-access-messages';
import type { DefaultSiteId } from '../../lib/sites/hosts';
import { askForSiteAccess, onSiteAccessChange, sitesWithoutAccess } from '../../lib/sites/site-access';

/**
 * The try-it page's request for the default sites the browser has not granted: the page opens at
 * install, the moment a Firefox user whose sites were not granted must hear about it. Plain DOM, as
 * the rest of the page; the popup and options page have the same request (SiteAccessPrompt.tsx).
 */
export function siteAccessPrompt(lang: Lang): HTMLElement {
  const section = document.createElement('section');
  section.className = 'site-access';
  section.dataset.bb = 'site-access';
  section.hidden = true;
  const heading = document.createElement('h2');
  const explain = document.createElement('p');
  explain.textContent = tSiteAccess(lang, 'explain');
  const allow = document.createElement('button');
  allow.type = 'button';
  allow.dataset.bb = 'allow-sites';
  allow.textContent = tSiteAccess(lang, 'allow');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  section.append(heading, explain, allow, status);

  let missing: DefaultSiteId[] = [];
  const refresh = async () => {
    missing = await sitesWithoutAccess();
    heading.textContent = tSiteAccess(lang, 'heading', { sites: siteList(lang, missing) });
    section.hidden = missing.length === 0;
  };
  allow.addEventListener('click', () => {
    // Straight from the click: the browser only shows the request for a user gesture.
    askForSiteAccess(missing).then(
      (granted) => {
        status.textContent = granted ? '' : tSiteAccess(lang, 'refused');
      },
      () => {
        status.textContent = tSiteAccess(lang, 'refused');
      },
    );
  });
  onSiteAccessChange(() => void refresh());
  refresh().catch((error: unknown) => console.warn('Better Brief: could not read the granted sites', error));
  return section;
}
