/**
 * Checks detection data batches against the format (data/detect/README.md) and prints their counts:
 * `npx jiti scripts/detect/check-data.ts [files or folders…]` (default: all of data/detect).
 */
import { statSync } from 'node:fs';
import { batchFiles, DataError, type Example, readBatch } from './dataset';

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : ['data/detect']).flatMap((target) =>
  statSync(target).isDirectory() ? batchFiles(target) : [target],
);

let failed = false;
const all: Example[] = [];
for (const file of files) {
  try {
    const batch = readBatch(file);
    all.push(...batch.examples);
    console.log(`ok   ${batch.name}: ${batch.examples.length} lines`);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    failed = true;
    console.error(`FAIL ${file}\n${error.message}`);
  }
}

const counts = new Map<string, number>();
for (const example of all) {
  const keys = example.labels.length > 0 ? example.labels : ['none'];
  for (const key of keys) {
    const name = `${example.lang} ${key.padEnd(11)} ${example.kind}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
}
for (const [name, count] of [...counts].sort()) console.log(`${String(count).padStart(6)}  ${name}`);
console.log(`${String(all.length).padStart(6)}  lines in all`);
process.exit(failed ? 1 : 0);
