import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { assertLoadableExtension, BUILT_EXTENSION, chromiumExecutable, REPO_ROOT } from './harness/paths';

/**
 * Runs once before the e2e files. `npm run test:e2e` builds first; running one file directly
 * (`npx vitest run --config vitest.e2e.config.ts tests/e2e/x.e2e.ts`) builds only if nothing is built,
 * so rebuild yourself after changing the extension.
 */
export default function setup(): void {
  chromiumExecutable();
  if (!existsSync(path.join(BUILT_EXTENSION, 'manifest.json'))) {
    execSync('npx wxt build', { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  assertLoadableExtension(BUILT_EXTENSION);
}
