import type { Lang } from '../detect/types';

/** UI language: French when the browser speaks French, English otherwise. */
export function uiLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0] ?? globalThis.navigator?.language ?? 'en';
  return first.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Picks the string for a language from a `{ en, fr }` pair. */
export function pick<T>(pair: Readonly<Record<Lang, T>>, lang: Lang): T {
  return pair[lang];
}

/**
 * A pack's French text for display: French sets a space before ? ! : ; and inside « », and a line
 * must not break there (the popup showed "tout de suite" / "? »" on two lines). Never for text that
 * goes into a draft.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ (?=[?!:;»])/g, '\u00a0').replace(/« /g, '«\u00a0');
}

type Params = Record<string, string | number>;

/**
 * One translator per area (content UI, options, popup), each with its own message file, so that the
 * areas do not edit one big dictionary. French and English dictionaries must have the same keys:
 * the type makes a missing translation a compile error.
 */
export function makeTranslator<K extends string>(messages: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, params: Params = {}): string =>
    messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}
