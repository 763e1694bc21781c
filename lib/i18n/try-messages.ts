import { makeTranslator } from './index';

/** Strings of the try-it page. The samples are written the way colleagues really ask. */
const messages = {
  en: {
    pageTitle: 'Try Better Brief',
    heading: 'See Better Brief at work',
    intro:
      'Below is a practice email, like a Gmail draft. The underlined requests are the ones that make a social media manager’s job harder. Click the orange badge or an underlined phrase, then Replace or Dismiss. Edit the text freely: nothing you type here leaves this page.',
    keyboard: 'Keyboard: {shortcut} opens the suggestions of the message you are writing; Esc closes them.',
    sampleLanguage: 'Sample',
    newMessage: 'New message',
    to: 'To',
    subject: 'Subject',
    subjectValue: 'Video for the launch',
    bodyLabel: 'Message body',
    send: 'Send',
    sendNote: 'This is a practice box: nothing is sent.',
    next: 'Better Brief works the same way in Gmail and in your web chats. Open one and write as usual.',
    privacy: 'Your drafts are read inside your browser only. They are never sent anywhere, never stored.',
    sample:
      'Hi team,\n\nThe video for the product launch is ready. Could you post this on LinkedIn immediately? We really need to make it go viral.\n\nAlso, why aren’t we on Bluesky yet?\n\nAnd by the way, what’s the ROI of social media?\n\nThanks!',
    signature: '-- \nAlex, Product marketing',
  },
  fr: {
    pageTitle: 'Essayer Better Brief',
    heading: 'Better Brief en action',
    intro:
      'Voici un e-mail d’entraînement, comme un brouillon Gmail. Les demandes soulignées sont celles qui compliquent le travail d’un·e social media manager. Cliquez sur la pastille orange ou sur une phrase soulignée, puis Remplacer ou Ignorer. Modifiez le texte librement : rien de ce que vous tapez ici ne quitte cette page.',
    keyboard: 'Au clavier : {shortcut} ouvre les suggestions du message en cours ; Échap les ferme.',
    sampleLanguage: 'Exemple',
    newMessage: 'Nouveau message',
    to: 'À',
    subject: 'Objet',
    subjectValue: 'Vidéo du lancement',
    bodyLabel: 'Corps du message',
    send: 'Envoyer',
    sendNote: 'Ceci est un brouillon d’entraînement : rien n’est envoyé.',
    next: 'Better Brief fonctionne de la même façon dans Gmail et dans vos messageries web. Ouvrez-en une et écrivez comme d’habitude.',
    privacy:
      'Vos brouillons sont lus uniquement dans votre navigateur. Ils ne sont jamais envoyés ailleurs, ni enregistrés.',
    sample:
      'Bonjour l’équipe,\n\nLa vidéo du lancement est prête. Tu peux la publier tout de suite sur LinkedIn ? Il faut absolument faire le buzz avec cette vidéo.\n\nPourquoi on n’est pas sur Bluesky ?\n\nEt au fait, quel est le ROI des médias sociaux ?\n\nMerci !',
    signature: '-- \nCamille, Marketing produit',
  },
};

export type TryMessage = keyof (typeof messages)['en'];

export const tTry = makeTranslator<TryMessage>(messages);
