const SLOT = /\{([a-z0-9-]+)\}/g;

/**
 * The first rewrite whose slots the match captured, with the slots filled in. A rewrite naming a slot
 * the match did not capture is skipped, so a pack should end each list with a slot-free rewrite.
 */
export function fillRewrite(
  templates: readonly string[],
  captures: Readonly<Record<string, string>>,
): string | undefined {
  for (const template of templates) {
    const slots = [...template.matchAll(SLOT)].map((found) => found[1]!);
    if (slots.every((slot) => captures[slot] !== undefined)) {
      return template.replace(SLOT, (_, slot: string) => captures[slot]!);
    }
  }
  return undefined;
}

/** Spaces (line breaks aside) and quotation marks a sentence may open with: « Pourquoi… », "Why…". */
const OPENING = /[\p{Zs}\t"'«»“”‘’„]+$/u;

/** Whether text that follows `before` starts a sentence: nothing before it, or . ! ? … or a line break. */
export function startsSentence(before: string): boolean {
  const trimmed = before.replace(OPENING, '');
  return trimmed === '' || /[.!?…\n\r]$/u.test(trimmed);
}

/**
 * The rewrite with a lower-case first letter, unless it opens with a name or an acronym (TikTok, ROI,
 * I): kept simple, only a capital followed by lower-case letters is lowered ("Quel" → "quel",
 * "Qu’est-ce" → "qu’est-ce"); a single letter is lowered except "I".
 */
function lowerFirst(rewrite: string): string {
  const lead = /^\p{L}+/u.exec(rewrite)?.[0];
  if (!lead) return rewrite;
  const rest = lead.slice(1);
  const lowerable = lead.length === 1 ? lead !== 'I' : rest === rest.toLowerCase();
  return lowerable ? rewrite.charAt(0).toLowerCase() + rewrite.slice(1) : rewrite;
}

/**
 * Fits the rewrite where the phrase was: capitalised when the phrase starts a sentence with a capital;
 * otherwise lower-case, because a capital mid-sentence is a name ("Franchement, Instagram, ça sert à
 * quoi" must not become "Franchement, Quel…") and a lower-case sentence start is the writer's style.
 * `before` is the text that precedes the phrase (only its end matters); by default the phrase stands alone.
 */
export function matchCase(rewrite: string, phrase: string, before = ''): string {
  const first = phrase.charAt(0);
  const capitalised = first !== first.toLowerCase();
  if (capitalised && startsSentence(before)) return rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  return lowerFirst(rewrite);
}
