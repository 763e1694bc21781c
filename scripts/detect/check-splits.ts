/**
 * `npm run data:check`: every batch in the right format, and no near duplicate across splits (a test
 * line that nearly repeats a training line). With --fix, the copies are dropped from the later split's
 * files (blind sets first, then the neutral corpus, dev, train).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DataError, type Example } from './dataset';
import { nearDuplicates } from './near-duplicates';
import { allSplits, read } from './splits';

const fix = process.argv.includes('--fix');
const splits = allSplits();
let examples: Example[][];
try {
  examples = splits.map(read);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
for (const [i, split] of splits.entries()) console.log(`${split.name}: ${examples[i]!.length} messages`);

const drop = new Map<string, Set<number>>();
let found = 0;
for (let later = 1; later < splits.length; later++) {
  const earlier = examples.slice(0, later).flat();
  for (const pair of nearDuplicates(earlier, examples[later]!)) {
    found++;
    console.log(
      `near duplicate (${pair.similarity.toFixed(2)}): ${pair.copy.source}\n  ${pair.copy.text.slice(0, 100)}\n  ~ ${pair.kept.source}\n  ${pair.kept.text.slice(0, 100)}`,
    );
    const [file, line] = [pair.copy.source.replace(/:\d+$/, ''), Number(pair.copy.source.split(':').pop())];
    if (!drop.has(file)) drop.set(file, new Set());
    drop.get(file)!.add(line);
  }
}
if (found === 0) {
  console.log('No near duplicates across splits.');
} else if (fix) {
  for (const [file, lines] of drop) {
    const kept = readFileSync(file, 'utf8')
      .split('\n')
      .filter((_, index) => !lines.has(index + 1));
    writeFileSync(file, kept.join('\n'));
    console.log(`dropped ${lines.size} line(s) from ${file}`);
  }
} else {
  console.error(
    `${found} near duplicate(s) across splits: run with --fix to drop them from the later split.`,
  );
  process.exit(1);
}
