import type { PatternErrorCode } from '../detect/pattern';

/**
 * French wording of the engine's pattern errors. The engine words its messages in English with the
 * specifics (which bracket, which limit); these say the same rule in French, so a French-speaking
 * manager is not left with an English-only error.
 */
/** What to do about a too costly pattern; the message around it already gives the cost and the limit. */
export const TOO_COSTLY_HINT = {
  en: 'use fewer alternatives, shorter gaps or a shorter slot list.',
  fr: 'utilisez moins d’alternatives, des trous plus courts ou une liste plus courte.',
};

export const PATTERN_ERROR_FR: Record<PatternErrorCode, string> = {
  'unbalanced-bracket': 'une parenthèse, un crochet ou une accolade n’est pas refermé (ou pas ouvert).',
  'empty-alternative': 'une alternative est vide : écrivez un mot de chaque côté de |.',
  'bare-alternative': 'les alternatives a|b doivent être entre parenthèses (a|b) ou crochets [a|b].',
  'gap-at-edge': 'un motif ne peut pas commencer ni finir par un trou (*, … ou ...).',
  'gap-too-large': 'un trou saute de 1 à 6 mots au plus (*6).',
  'no-fixed-word': 'il faut au moins un mot fixe dans le motif.',
  'too-long': 'un motif fait au plus 300 caractères et 40 éléments.',
  'short-prefix': 'il faut au moins 3 lettres avant * (publi*).',
  'short-fuzzy': '~ ne s’applique qu’aux mots de 5 lettres ou plus (immediately~).',
  'bad-slot': 'un emplacement a besoin d’un nom de lettres, chiffres, - ou _, comme {network}.',
  'misplaced-symbol': 'ce symbole est mal placé : * et ~ se collent à la fin d’un mot.',
  'too-costly': 'utilisez moins d’alternatives, des trous plus courts ou une liste plus courte.',
};
