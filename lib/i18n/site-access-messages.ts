import type { Lang } from '../detect/types';
import { type DefaultSiteId, SITE_NAMES } from '../sites/hosts';
import { makeTranslator } from './index';

/** The request for site access, shown alike on the try-it page, the popup and the options page. */
const en = {
  heading: 'Better Brief cannot help you on {sites} yet',
  explain:
    'Your browser has not given it access to these sites. It needs it to read your draft there, on this computer: nothing you write is sent anywhere.',
  allow: 'Allow on these sites',
  refused: 'Access was not given. You can also allow it in your browser’s add-on settings.',
};

const fr: typeof en = {
  heading: 'Better Brief ne peut pas encore vous aider sur {sites}',
  explain:
    'Votre navigateur ne lui a pas donné accès à ces sites. Il en a besoin pour lire votre brouillon sur ces sites, sur cet ordinateur : rien de ce que vous écrivez n’est envoyé.',
  allow: 'Autoriser sur ces sites',
  refused:
    'L’accès n’a pas été donné. Vous pouvez aussi l’autoriser dans les réglages des modules du navigateur.',
};

export const tSiteAccess = makeTranslator({ en, fr });

/** "Gmail, Slack and Outlook" / "Gmail, Slack et Outlook". */
export function siteList(lang: Lang, sites: readonly DefaultSiteId[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(sites.map((site) => SITE_NAMES[site]));
}
