/**
 * `npm run eval`: how well the detector does, per rule and language, for the patterns alone, the
 * classifier alone and both together (what colleagues get), on the dev split, each blind set and the
 * neutral corpus. Message level: a request counts as caught when its rule is flagged anywhere in the
 * message; a flag is false when the message holds no request of that rule. Prints Markdown; with
 * --write, also saves it to data/detect/EVAL.md. Needs no fastText: it runs the extension's own code on
 * the committed model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadModel, MODEL_FILE } from '../../lib/detect/model/index';
import { type Example, RULE_IDS } from './dataset';
import {
  builtinTeam,
  type Key,
  type MessageResult,
  quietFailures,
  runMessage,
  SOURCES,
  type Source,
  type Tally,
  tally,
} from './measure';
import { blindSplits, DEV, NEUTRAL, read, type Split } from './splits';

const model = loadModel(readFileSync(process.env.BB_MODEL ?? `public/${MODEL_FILE}`).buffer as ArrayBuffer);
const team = builtinTeam();

const pct = (num: number, den: number) => (den === 0 ? '—' : `${((100 * num) / den).toFixed(1)}`);
const ratio = (num: number, den: number) => (den === 0 ? '—' : (num / den).toFixed(3));

function sum(tallies: Tally[]): Tally {
  const total: Tally = {
    positives: { plain: 0, reworded: 0 },
    caught: { plain: 0, reworded: 0 },
    onTheMark: 0,
    flags: 0,
    falseFlags: 0,
  };
  for (const t of tallies) {
    total.positives.plain += t.positives.plain;
    total.positives.reworded += t.positives.reworded;
    total.caught.plain += t.caught.plain;
    total.caught.reworded += t.caught.reworded;
    total.onTheMark += t.onTheMark;
    total.flags += t.flags;
    total.falseFlags += t.falseFlags;
  }
  return total;
}

function cells(t: Tally): string {
  return `${pct(t.caught.plain, t.positives.plain)} | ${pct(t.caught.reworded, t.positives.reworded)} | ${ratio(t.flags - t.falseFlags, t.flags)}`;
}

function splitReport(split: Split, results: MessageResult[]): string[] {
  const tables = tally(results);
  const lines = [
    `### ${split.name} (${results.length} messages)`,
    '',
    '| rule | lang | plain / reworded | patterns: plain % · reworded % · precision | model | **combined** |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  const row = (label: string, lang: string, pick: (source: Source) => Tally) => {
    const combined = pick('combined');
    lines.push(
      `| ${label} | ${lang} | ${combined.positives.plain} / ${combined.positives.reworded} | ${SOURCES.map((s) => (s === 'combined' ? `**${cells(pick(s)).replaceAll(' | ', ' · ')}**` : cells(pick(s)).replaceAll(' | ', ' · '))).join(' | ')} |`,
    );
  };
  for (const rule of RULE_IDS) {
    for (const lang of ['en', 'fr'] as const)
      row(rule, lang, (s) => tables.get(s)!.get(`${rule}/${lang}` as Key)!);
  }
  for (const lang of ['en', 'fr'] as const) {
    row('all rules', lang, (s) => sum(RULE_IDS.map((rule) => tables.get(s)!.get(`${rule}/${lang}` as Key)!)));
  }
  row('**all**', 'both', (s) => sum([...tables.get(s)!.values()]));
  const near = results.filter((r) => r.example.kind === 'near');
  const ordinary = results.filter((r) => r.example.kind === 'neutral');
  const flagged = (list: MessageResult[], source: Source) =>
    list.filter((r) => r.flagged[source].size > 0).length;
  lines.push('');
  lines.push(
    `Near misses flagged (any rule): ${SOURCES.map((s) => `${s} ${flagged(near, s)}/${near.length}`).join(', ')}. ` +
      `Ordinary messages flagged: ${SOURCES.map((s) => `${s} ${flagged(ordinary, s)}/${ordinary.length}`).join(', ')}. ` +
      `Caught requests whose flag lies on the marked words: ${pct(sum([...tables.get('combined')!.values()]).onTheMark, sum([...tables.get('combined')!.values()]).caught.plain + sum([...tables.get('combined')!.values()]).caught.reworded)} %.`,
  );
  lines.push('');
  return lines;
}

function neutralReport(results: MessageResult[]): string[] {
  const perThousand = (source: Source) =>
    ((1000 * quietFailures(results, source).length) / results.length).toFixed(2);
  const lines = [
    `### neutral corpus (${results.length} ordinary messages)`,
    '',
    '| source | messages flagged | per 1,000 |',
    '| --- | ---: | ---: |',
    ...SOURCES.map((s) => `| ${s} | ${quietFailures(results, s).length} | ${perThousand(s)} |`),
    '',
  ];
  const failures = quietFailures(results, 'combined');
  if (failures.length > 0) {
    lines.push('Flagged (combined):', '');
    for (const failure of failures) {
      lines.push(
        `- ${[...failure.flagged.combined].join('+')}: ${failure.example.text.replaceAll('\n', ' ⏎ ').slice(0, 160)} (${failure.example.source})`,
      );
    }
    lines.push('');
  }
  return lines;
}

const out: string[] = [
  '# Detection, measured',
  '',
  `Model: \`public/${MODEL_FILE}\` (${JSON.stringify(model.header.provenance.dataSha256 ?? '')} training data), thresholds per rule and language calibrated on dev. Generated by \`npm run eval\`.`,
  '',
  'Each cell: recall on plain requests %, recall on reworded requests %, precision (flags that were right).',
  '',
];
const run = (examples: Example[]) => examples.map((example) => runMessage(team, model, example));
for (const split of [DEV, ...blindSplits()]) out.push(...splitReport(split, run(read(split))));
out.push(...neutralReport(run(read(NEUTRAL))));
const text = out.join('\n');
console.log(text);
if (process.argv.includes('--write')) writeFileSync('data/detect/EVAL.md', `${text}\n`);
