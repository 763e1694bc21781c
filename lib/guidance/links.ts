/**
 * The one rule for links a manager writes (reports, contact) and links a report feed gives: web pages
 * with a host, or mail addresses. Anything else (javascript:, data:, file:) would run or read
 * something when clicked, so it never becomes an href.
 *
 * Published in the pack's JSON Schema as this pattern (JSON Schema has no flags: the scheme is matched
 * lower-case as written, which the check below also requires).
 */
export const SAFE_LINK_PATTERN = '^(https?://[^\\s/?#]+|mailto:[^\\s@]+@[^\\s@]+)';

const SAFE_LINK = new RegExp(SAFE_LINK_PATTERN, 'u');

/** The published pattern, and an address the browser can actually open (so "http://a:99999" is refused). */
export function isSafeLink(url: string): boolean {
  if (!SAFE_LINK.test(url)) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@');
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
