import { makeTranslator } from '../i18n';
import type { Localized } from './schema';

/**
 * Why a pack was refused, for people: each issue names the offending field by path
 * ("teams[0].rules[2].patterns.fr[1]", or "(root)" for the whole pack) and says why in both languages,
 * so the options page shows it in the UI language and tests can check either.
 */
export interface PackIssue {
  path: string;
  code: PackIssueCode;
  message: Localized;
}

const en = {
  'not-json': 'This is not JSON: {detail}.',
  'not-json-at': 'This is not JSON (line {line}, column {column}): {detail}.',
  'too-large': 'The pack is {size} KB; the limit is {limit} KB.',
  'schema-version':
    'schemaVersion must be {expected} (found {found}). A pack made for a newer Better Brief needs an update of the extension.',
  'unknown-field': 'Unknown field "{field}". Check its spelling; fields not in the format are refused.',
  'missing-translation': 'The {lang} text is missing: every text needs English (en) and French (fr).',
  'missing-field': 'The required field "{field}" is missing.',
  'wrong-type': 'Expected {expected} here.',
  'invalid-id': 'Not a valid id: use lower-case letters, digits and dashes (at most 64).',
  'invalid-date': 'Not a valid date: write it as YYYY-MM-DD.',
  'invalid-site': 'Not a valid site: write an HTTPS match pattern like https://intranet.example.com/*.',
  'invalid-choice': 'Must be one of: {values}.',
  'invalid-value': 'Invalid value: {detail}.',
  'too-long': 'Too long: at most {maximum} characters.',
  'too-short': 'Must not be empty.',
  'too-many': 'Too many entries: at most {maximum}.',
  'too-few': 'Needs at least {minimum} entries.',
  'unsafe-link': 'Links must start with https://, http:// or mailto: (found "{link}").',
  'duplicate-id': 'The id "{id}" is used twice; ids must be unique here.',
  'unknown-report': 'The report "{id}" does not exist in this team (nor among the built-in reports).',
  'unknown-rule':
    'There is no rule "{id}" in this team (nor among the built-in rules it keeps) for this brief template.',
  'slot-entry-words': 'A slot entry needs 1 to {maximum} words (found {count}); the engine would ignore it.',
  'pattern-error': 'Pattern error at column {column}: {detail}',
  'pattern-too-costly': 'This pattern is too costly to run on every keystroke ({cost} > {limit}): {detail}',
  'example-not-matched': 'Example should be caught by rule "{rule}" ({lang}) but is not: "{text}".',
  'example-matched': 'Example should not be caught by rule "{rule}" ({lang}) but is: "{text}".',
  'managed-by-policy':
    'Your organisation manages the guidance through browser policy; it cannot be changed here.',
  'subscription-in-force':
    'The guidance comes from the subscription at {url}. Unsubscribe first to use another pack.',
  'history-missing': 'This version is no longer in the history.',
  'nothing-to-undo': 'There is no earlier guidance to go back to.',
  'url-not-https': 'The pack address must start with https:// (found "{url}").',
  'fetch-failed': 'Could not reach {url}: {detail}.',
  'fetch-status': '{url} answered HTTP {status}.',
  'fetch-refused': 'The pack at {url} was refused ({count} problem(s)); first: {first}',
  'stored-corrupt':
    'The stored guidance was damaged; Better Brief went back to the last good pack, "{name}" ({version}).',
  'stored-corrupt-builtin':
    'The stored guidance was damaged and no earlier pack was usable; Better Brief went back to the built-in guidance.',
} as const;

export type PackIssueCode = keyof typeof en;

const fr: Record<PackIssueCode, string> = {
  'not-json': "Ce n'est pas du JSON : {detail}.",
  'not-json-at': "Ce n'est pas du JSON (ligne {line}, colonne {column}) : {detail}.",
  'too-large': 'Le pack fait {size} Ko ; la limite est de {limit} Ko.',
  'schema-version':
    'schemaVersion doit valoir {expected} (trouvé : {found}). Un pack fait pour une version plus récente de Better Brief demande de mettre à jour l’extension.',
  'unknown-field':
    'Champ inconnu « {field} ». Vérifiez son orthographe : les champs hors du format sont refusés.',
  'missing-translation':
    'Le texte {lang} manque : chaque texte doit exister en anglais (en) et en français (fr).',
  'missing-field': 'Le champ obligatoire « {field} » manque.',
  'wrong-type': 'Ici, il faut {expected}.',
  'invalid-id': 'Identifiant invalide : lettres minuscules, chiffres et tirets (64 au plus).',
  'invalid-date': 'Date invalide : écrivez-la AAAA-MM-JJ.',
  'invalid-site': 'Site invalide : écrivez un motif HTTPS comme https://intranet.example.com/*.',
  'invalid-choice': 'Doit être une de ces valeurs : {values}.',
  'invalid-value': 'Valeur invalide : {detail}.',
  'too-long': 'Trop long : {maximum} caractères au plus.',
  'too-short': 'Ne doit pas être vide.',
  'too-many': "Trop d'éléments : {maximum} au plus.",
  'too-few': 'Il faut au moins {minimum} éléments.',
  'unsafe-link': 'Les liens doivent commencer par https://, http:// ou mailto: (trouvé : « {link} »).',
  'duplicate-id': "L'identifiant « {id} » est utilisé deux fois ; il doit être unique ici.",
  'unknown-report': "Le rapport « {id} » n'existe pas dans cette équipe (ni parmi les rapports intégrés).",
  'unknown-rule':
    "Il n'y a pas de règle « {id} » dans cette équipe (ni parmi les règles intégrées qu'elle garde) pour ce modèle de brief.",
  'slot-entry-words':
    "Une entrée de liste doit avoir de 1 à {maximum} mots (trouvé : {count}) ; le moteur l'ignorerait.",
  'pattern-error': 'Erreur dans le motif, colonne {column} : {detail}',
  'pattern-too-costly':
    'Ce motif est trop coûteux pour tourner à chaque frappe ({cost} > {limit}) : {detail}',
  'example-not-matched':
    "L'exemple devrait être repéré par la règle « {rule} » ({lang}) mais ne l'est pas : « {text} ».",
  'example-matched':
    "L'exemple ne devrait pas être repéré par la règle « {rule} » ({lang}) mais l'est : « {text} ».",
  'managed-by-policy':
    'Votre organisation gère les conseils par une stratégie du navigateur ; ils ne peuvent pas être changés ici.',
  'subscription-in-force':
    "Les conseils viennent de l'abonnement {url}. Désabonnez-vous d'abord pour utiliser un autre pack.",
  'history-missing': "Cette version n'est plus dans l'historique.",
  'nothing-to-undo': "Il n'y a pas de conseils antérieurs auxquels revenir.",
  'url-not-https': "L'adresse du pack doit commencer par https:// (trouvé : « {url} »).",
  'fetch-failed': 'Impossible de joindre {url} : {detail}.',
  'fetch-status': '{url} a répondu HTTP {status}.',
  'fetch-refused': 'Le pack de {url} a été refusé ({count} problème(s)) ; le premier : {first}',
  'stored-corrupt':
    'Les conseils enregistrés étaient abîmés ; Better Brief est revenu au dernier pack valide, « {name} » ({version}).',
  'stored-corrupt-builtin':
    "Les conseils enregistrés étaient abîmés et aucun pack antérieur n'était utilisable ; Better Brief est revenu aux conseils intégrés.",
};

/** Both dictionaries, for the test that keeps their placeholders in step. */
export const PACK_MESSAGES = { en, fr };

const translate = makeTranslator<PackIssueCode>(PACK_MESSAGES);

type Params = Record<string, string | number>;

/** The message for a code in both languages. */
export function packMessage(code: PackIssueCode, params: Params = {}): Localized {
  return { en: translate('en', code, params), fr: translate('fr', code, params) };
}

/** For parameters that are themselves localized (an issue quoted inside another message). */
export function packMessageByLang(code: PackIssueCode, params: (lang: 'en' | 'fr') => Params): Localized {
  return { en: translate('en', code, params('en')), fr: translate('fr', code, params('fr')) };
}

export function packIssue(path: string, code: PackIssueCode, params: Params = {}): PackIssue {
  return { path, code, message: packMessage(code, params) };
}

export function packIssueByLang(
  path: string,
  code: PackIssueCode,
  params: (lang: 'en' | 'fr') => Params,
): PackIssue {
  return { path, code, message: packMessageByLang(code, params) };
}

export const ROOT_PATH = '(root)';

/** ["teams", 0, "rules", 2, "patterns", "fr", 1] → "teams[0].rules[2].patterns.fr[1]"; [] → "(root)". */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)))
      path += path ? `.${String(segment)}` : String(segment);
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path || ROOT_PATH;
}

/** Keeps a quoted example or link short enough to read in one line of an error list. */
export function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
