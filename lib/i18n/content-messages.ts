import { makeTranslator } from './index';

/** Strings of the in-page UI (badge, card) and the try-it page's compose box. */
const messages = {
  en: {
    badgeOne: 'Better Brief: 1 suggestion. Open',
    badgeMany: 'Better Brief: {count} suggestions. Open',
    cardLabel: 'Better Brief suggestions',
    cardTitle: 'Better Brief',
    close: 'Close',
    youWrote: 'You wrote',
    quoted: '“{phrase}”',
    why: 'Why it lands badly',
    better: 'Ask it this way',
    apply: 'Replace',
    applyLabel: 'Replace “{phrase}” with the suggested wording',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the suggestion for “{phrase}”',
    reports: 'Read first',
    noReports: 'Ask your social team for their latest monthly report.',
    noRewrite: 'Talk to your social team about what you need.',
    applyFailed: 'This box did not take the replacement. Your text is unchanged: edit it by hand.',
  },
  fr: {
    badgeOne: 'Better Brief : 1 suggestion. Ouvrir',
    badgeMany: 'Better Brief : {count} suggestions. Ouvrir',
    cardLabel: 'Suggestions de Better Brief',
    cardTitle: 'Better Brief',
    close: 'Fermer',
    youWrote: 'Vous avez écrit',
    quoted: '«\u00a0{phrase}\u00a0»',
    why: 'Pourquoi ça passe mal',
    better: 'Demandez plutôt',
    apply: 'Remplacer',
    applyLabel: 'Remplacer « {phrase} » par la formulation proposée',
    dismiss: 'Ignorer',
    dismissLabel: 'Ignorer la suggestion pour « {phrase} »',
    reports: 'À lire d’abord',
    noReports: 'Demandez à votre équipe social media son dernier rapport mensuel.',
    noRewrite: 'Parlez de votre besoin avec votre équipe social media.',
    applyFailed:
      'Ce champ n’a pas accepté le remplacement. Votre texte est inchangé\u00a0: modifiez-le à la main.',
  },
};

export type ContentMessage = keyof (typeof messages)['en'];

export const tContent = makeTranslator<ContentMessage>(messages);
