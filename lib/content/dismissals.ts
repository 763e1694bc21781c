/**
 * A dismissed suggestion stays hidden in its draft until its words change. The key is the rule and
 * the phrase as written, ignoring case and spacing (retyping the same words does not bring it back;
 * writing different words does). Kept in memory only, per compose box.
 */
export function dismissalKey(ruleId: string, phrase: string): string {
  const words = phrase.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${ruleId}\u0000${words}`;
}

export class Dismissals {
  private readonly keys = new Set<string>();

  dismiss(ruleId: string, phrase: string): void {
    this.keys.add(dismissalKey(ruleId, phrase));
  }

  isDismissed(ruleId: string, phrase: string): boolean {
    return this.keys.has(dismissalKey(ruleId, phrase));
  }
}
