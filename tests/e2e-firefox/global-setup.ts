import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../e2e/harness/paths';
import { FIREFOX_BUILD, firefoxExecutable } from './harness/firefox-prefs';

/**
 * Runs once before the Firefox e2e files. `npm run test:e2e:firefox` builds first; running one file
 * directly builds only if nothing is built, so rebuild yourself after changing the extension.
 */
export default function setup(): void {
  firefoxExecutable();
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    execSync('npx wxt build -b firefox --mv3', { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}
