/**
 * The optional host permission an address needs: its own origin (scheme, host and port), all paths,
 * nothing wider. Used for pack subscriptions, report feeds and extra sites alike, so the browser's
 * prompt always names exactly the site the manager typed.
 */
export function originPattern(url: URL | string): string {
  return `${new URL(url).origin}/*`;
}
