import { makeTranslator } from './index';

/** Strings of the card's brief builder (in-page UI); the questions themselves come from the pack. */
const messages = {
  en: {
    writeBrief: 'Write a brief instead',
    writeBriefLabel: 'Write a brief for the social media team instead of “{phrase}”',
    formLabel: 'Brief for the social media team',
    formHint: 'Answer what you can: questions left empty stay out of the brief.',
    required: '(required)',
    preview: 'Your brief',
    insert: 'Insert the brief',
    cancel: 'Back',
    missing: 'Please answer: {labels}.',
    insertFailed: 'This box did not take the brief. Your text is unchanged: edit it by hand.',
    howWeWork: 'How the social media team works',
  },
  fr: {
    writeBrief: 'Rédiger un brief à la place',
    writeBriefLabel: 'Rédiger un brief pour l’équipe réseaux sociaux à la place de « {phrase} »',
    formLabel: 'Brief pour l’équipe réseaux sociaux',
    formHint:
      'Répondez à ce que vous pouvez\u00a0: les questions laissées vides ne figurent pas dans le brief.',
    required: '(obligatoire)',
    preview: 'Votre brief',
    insert: 'Insérer le brief',
    cancel: 'Retour',
    missing: 'Merci de répondre\u00a0: {labels}.',
    insertFailed: 'Ce champ n’a pas accepté le brief. Votre texte est inchangé\u00a0: modifiez-le à la main.',
    howWeWork: 'Comment travaille l’équipe réseaux sociaux',
  },
};

export type BriefMessage = keyof (typeof messages)['en'];

export const tBrief = makeTranslator<BriefMessage>(messages);
