import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the current directory of the test runner or script. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The Chrome build that `npm run build` writes and the tests load unpacked. */
export const BUILT_EXTENSION = path.join(REPO_ROOT, '.output/chrome-mv3');

/** Screenshots are for people to look at; .tmp is git-ignored. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, '.tmp/screenshots');

/** The system Chromium (never a downloaded one): $CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export function chromiumExecutable(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}

/**
 * Chromium refuses an unpacked extension silently (no service worker, no content script) when its
 * manifest names a file that is missing, so say which one instead of letting every test time out.
 */
export function assertLoadableExtension(extensionPath: string): void {
  const manifestPath = path.join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    storage?: { managed_schema?: string };
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const named = [
    manifest.storage?.managed_schema,
    manifest.background?.service_worker,
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  ].filter((file): file is string => typeof file === 'string');
  const missing = named.filter((file) => !existsSync(path.join(extensionPath, file)));
  if (missing.length > 0) {
    throw new Error(
      `The built manifest names missing file(s): ${missing.join(', ')}. Chromium would refuse to load the extension.`,
    );
  }
}
