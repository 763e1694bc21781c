/**
 * Writes public/pack.schema.json from the zod schema (`npm run schema`), or with --check fails when
 * the file is out of date (`npm run schema:check`, part of `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from '../lib/guidance/json-schema';

const target = fileURLToPath(new URL('../public/pack.schema.json', import.meta.url));
const expected = packJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (current !== expected) {
    console.error(
      'public/pack.schema.json is out of date with lib/guidance/schema.ts: run `npm run schema`.',
    );
    process.exit(1);
  }
  console.log('public/pack.schema.json is up to date.');
} else {
  writeFileSync(target, expected);
  console.log('Wrote public/pack.schema.json.');
}
