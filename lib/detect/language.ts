/**
 * French or English, from a sentence's words: which language's common little words it uses more. The
 * classifier flags a sentence whatever its language; this picks the rewrite and the threshold.
 */
import type { Lang } from './types';

// Normalised forms (lower case, no accents, apostrophes split). Words both languages use (on, a, que in
// franglais…) are left out.
const FRENCH = new Set(
  (
    'le la les des du un une et est sont pas ne que qui quoi pour sur avec dans nous vous tu je il elle ' +
    'ils ce ca cela ceci cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs au aux ' +
    'mais ou donc car tout tous toute faut faire fait peux peut pouvez pourrais pourriez veux voudrais ' +
    'pourquoi comment quand combien quel quelle quels quelles merci bonjour salut stp svp aussi tres bien ' +
    'chez sans alors moi toi lui y en qu c j l d n s t m jamais toujours encore deja ici rien ' +
    'avoir etre sommes suis es etes ont avons avez vraiment reseaux sociaux compte chaine maintenant ' +
    'tout de suite vite urgent asteure pis tsé faque ben pk pq koi tkt jsp bcp dc qd mm'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the a an and is are was were not no that this these those what which who why how when where we you ' +
    'i he she it they our your my his her their us them me to of for with in at by from be been being ' +
    'do does did can could would should will shall may might must have has had get got make made about ' +
    'just please pls thanks thank thx hi hello hey any some all really still yet now today tonight asap ' +
    'right away u ur rn gonna wanna lets let s t don doesn isn aren weren wasn haven m ll ve d'
  ).split(' '),
);

export const FRENCH_WORD = 1;
export const ENGLISH_WORD = 2;

/** FRENCH_WORD, ENGLISH_WORD, both or neither (0), for one normalised word. */
export function wordLanguage(word: string): number {
  return (FRENCH.has(word) ? FRENCH_WORD : 0) | (ENGLISH.has(word) ? ENGLISH_WORD : 0);
}

/** The language from counts of French and English little words; `fallback` on a tie. */
export function languageFromCounts(french: number, english: number, fallback: Lang = 'en'): Lang {
  if (french === english) return fallback;
  return french > english ? 'fr' : 'en';
}

/** The language of a sentence given as normalised words; `fallback` when nothing tells them apart. */
export function guessLanguage(words: readonly string[], fallback: Lang = 'en'): Lang {
  let french = 0;
  let english = 0;
  for (const word of words) {
    const lang = wordLanguage(word);
    if (lang & FRENCH_WORD) french++;
    if (lang & ENGLISH_WORD) english++;
  }
  return languageFromCounts(french, english, fallback);
}
