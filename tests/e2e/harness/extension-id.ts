import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The id Chromium gives an unpacked extension: SHA-256 of its absolute path, first 16 bytes in hex,
 * each hex digit 0–f written as a letter a–p. Policy tests need it before the browser starts (a managed
 * policy names the extension by id). Checked against the id Chromium reports in the harness test.
 */
export function unpackedExtensionId(extensionPath: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionPath)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The id in a chrome-extension:// URL (e.g. the service worker's). */
export function extensionIdFromUrl(url: string): string {
  const match = /^chrome-extension:\/\/([a-p]{32})\//.exec(url);
  if (!match?.[1]) throw new Error(`Not an extension URL: ${url}`);
  return match[1];
}
