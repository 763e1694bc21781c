/**
 * `npm run eval:errors`: the dev split's misses and false flags (combined detector), to learn from.
 * Only dev: the blind sets' errors are never looked at, so that they stay blind.
 */
import { readFileSync } from 'node:fs';
import { loadModel, MODEL_FILE } from '../../lib/detect/model/index';
import { RULE_IDS } from './dataset';
import { builtinTeam, runMessage } from './measure';
import { DEV, read } from './splits';

const model = loadModel(readFileSync(process.env.BB_MODEL ?? `public/${MODEL_FILE}`).buffer as ArrayBuffer);
const team = builtinTeam();
const show = (text: string) => text.replaceAll('\n', ' ⏎ ').slice(0, 220);
for (const result of read(DEV).map((example) => runMessage(team, model, example))) {
  const { example, flagged } = result;
  for (const rule of RULE_IDS) {
    const expected = example.labels.includes(rule);
    const got = flagged.combined.has(rule);
    if (expected && !got)
      console.log(`MISS  ${rule.padEnd(11)} ${example.kind.padEnd(8)} ${show(example.text)}`);
    if (!expected && got)
      console.log(`FALSE ${rule.padEnd(11)} ${example.kind.padEnd(8)} ${show(example.text)}`);
  }
}
