import { makeTranslator } from './index';

/**
 * Strings of the send nudge. The prompt names what the message still asks, for the four built-in
 * rules; a team's own rule is named by its title (manager-written, shown as text).
 */
// French puts a no-break space before ? and inside « »: the mark never wraps alone to the next line.
const messages = {
  en: {
    'post-now': 'This message still asks to post right away — review it?',
    'go-viral': 'This message still asks to make something go viral — review it?',
    'new-network': 'This message still asks why we are not on a network — review it?',
    roi: 'This message still asks for the ROI of social media — review it?',
    otherRule: 'This message still has a request to rephrase (“{title}”) — review it?',
    several: 'This message still has {count} requests to rephrase — review them?',
    review: 'Review',
    sendAnyway: 'Send anyway',
    label: 'Better Brief, before sending',
  },
  fr: {
    'post-now': 'Ce message demande encore de publier tout de suite — le revoir\u00a0?',
    'go-viral': 'Ce message demande encore de «\u00a0faire le buzz\u00a0» — le revoir\u00a0?',
    'new-network': 'Ce message demande encore pourquoi on n’est pas sur un réseau — le revoir\u00a0?',
    roi: 'Ce message demande encore le ROI des réseaux sociaux — le revoir\u00a0?',
    otherRule:
      'Ce message contient encore une demande à reformuler («\u00a0{title}\u00a0») — le revoir\u00a0?',
    several: 'Ce message contient encore {count} demandes à reformuler — le revoir\u00a0?',
    review: 'Revoir',
    sendAnyway: 'Envoyer quand même',
    label: 'Better Brief, avant l’envoi',
  },
};

export type NudgeMessage = keyof (typeof messages)['en'];
export const tNudge = makeTranslator<NudgeMessage>(messages);

const BUILTIN_RULES = new Set<string>(['post-now', 'go-viral', 'new-network', 'roi']);

/** The prompt for the open requests of a message: rule-specific for one, a count for several. */
export function nudgeText(lang: 'en' | 'fr', requests: readonly { ruleId: string; title: string }[]): string {
  if (requests.length > 1) return tNudge(lang, 'several', { count: requests.length });
  const only = requests[0];
  if (only && BUILTIN_RULES.has(only.ruleId)) return tNudge(lang, only.ruleId as NudgeMessage);
  return tNudge(lang, 'otherRule', { title: only?.title ?? '' });
}
