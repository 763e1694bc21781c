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

/** Keeps the writer's capitalisation: a phrase that starts a sentence gets a rewrite that does too. */
export function matchCase(rewrite: string, phrase: string): string {
  const first = phrase.charAt(0);
  const startsUpper = first !== first.toLowerCase();
  const head = rewrite.charAt(0);
  return (startsUpper ? head.toUpperCase() : head.toLowerCase()) + rewrite.slice(1);
}
