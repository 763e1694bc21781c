/**
 * The detection data format (data/detect/README.md): one message per line,
 * `labels<TAB>kind<TAB>lang<TAB>text`, lines starting with `#` give the batch's provenance.
 * Used by the data checker, `npm run train` and `npm run eval`; not part of the extension.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const RULE_IDS = ['post-now', 'go-viral', 'new-network', 'roi'] as const;
export type RuleId = (typeof RULE_IDS)[number];
export const KINDS = ['plain', 'reworded', 'near', 'neutral'] as const;
export type Kind = (typeof KINDS)[number];
export type DataLang = 'en' | 'fr';

/** The words of one request in a message, as offsets into `text` (marks removed). */
export interface Mark {
  rule: RuleId;
  start: number;
  end: number;
}

export interface Example {
  /** Rules whose request the message holds; empty for near misses and ordinary messages. */
  labels: RuleId[];
  kind: Kind;
  lang: DataLang;
  /** The message as written, real line breaks, marks removed. */
  text: string;
  marks: Mark[];
  /** Where it comes from: `file:line`. */
  source: string;
  batch: string;
}

export interface Batch {
  file: string;
  name: string;
  header: string[];
  examples: Example[];
}

export class DataError extends Error {}

const OPEN = '⟦';
const CLOSE = '⟧';

function parseText(raw: string, labels: RuleId[], where: string): { text: string; marks: Mark[] } {
  // Escapes: \n is a line break, \t a tab, \\ a backslash.
  const unescaped = raw.replace(/\\([nt\\])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : '\\',
  );
  const marks: Mark[] = [];
  let text = '';
  let index = 0;
  while (index < unescaped.length) {
    const open = unescaped.indexOf(OPEN, index);
    if (open < 0) {
      if (unescaped.indexOf(CLOSE, index) >= 0) throw new DataError(`${where}: ⟧ without ⟦`);
      text += unescaped.slice(index);
      break;
    }
    const close = unescaped.indexOf(CLOSE, open);
    if (close < 0) throw new DataError(`${where}: ⟦ without ⟧`);
    const before = unescaped.slice(index, open);
    if (before.includes(CLOSE)) throw new DataError(`${where}: ⟧ without ⟦`);
    text += before;
    let inner = unescaped.slice(open + 1, close);
    if (inner.includes(OPEN)) throw new DataError(`${where}: nested ⟦`);
    let rule: RuleId | undefined;
    const tag = /^([a-z-]+)\|/.exec(inner);
    if (tag) {
      if (!(RULE_IDS as readonly string[]).includes(tag[1]!)) {
        throw new DataError(`${where}: unknown rule "${tag[1]}" in a mark`);
      }
      rule = tag[1] as RuleId;
      inner = inner.slice(tag[0].length);
    } else if (labels.length === 1) {
      rule = labels[0];
    } else {
      throw new DataError(`${where}: a line with several labels must tag each mark, ⟦rule|words⟧`);
    }
    if (!labels.includes(rule!))
      throw new DataError(`${where}: mark for "${rule}" but labels are ${labels.join('+')}`);
    if (inner.trim() === '') throw new DataError(`${where}: empty mark`);
    marks.push({ rule: rule!, start: text.length, end: text.length + inner.length });
    text += inner;
    index = close + 1;
  }
  return { text, marks };
}

export function parseLine(line: string, where: string, batch: string): Example {
  const fields = line.split('\t');
  if (fields.length !== 4)
    throw new DataError(`${where}: expected 4 tab-separated fields, got ${fields.length}`);
  const [labelField, kindField, langField, raw] = fields as [string, string, string, string];
  const labels =
    labelField === 'none'
      ? []
      : labelField.split('+').map((label) => {
          if (!(RULE_IDS as readonly string[]).includes(label)) {
            throw new DataError(`${where}: unknown label "${label}"`);
          }
          return label as RuleId;
        });
  if (new Set(labels).size !== labels.length) throw new DataError(`${where}: repeated label`);
  if (!(KINDS as readonly string[]).includes(kindField))
    throw new DataError(`${where}: unknown kind "${kindField}"`);
  const kind = kindField as Kind;
  if (langField !== 'en' && langField !== 'fr') throw new DataError(`${where}: lang must be en or fr`);
  const positive = kind === 'plain' || kind === 'reworded';
  if (positive && labels.length === 0) throw new DataError(`${where}: a ${kind} line needs rule labels`);
  if (!positive && labels.length > 0) throw new DataError(`${where}: a ${kind} line must be labelled none`);
  const { text, marks } = parseText(raw, labels, where);
  if (text.trim() === '') throw new DataError(`${where}: empty text`);
  if (!positive && marks.length > 0) throw new DataError(`${where}: marks only go in requests`);
  for (const label of labels) {
    if (!marks.some((mark) => mark.rule === label)) throw new DataError(`${where}: no ⟦mark⟧ for "${label}"`);
  }
  return { labels, kind, lang: langField, text, marks, source: where, batch };
}

export function readBatch(file: string, root = process.cwd()): Batch {
  const name = relative(root, file);
  const header: string[] = [];
  const examples: Example[] = [];
  const errors: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const trimmed = line.replace(/\r$/, '');
      if (trimmed.trim() === '') return;
      if (trimmed.startsWith('#')) {
        header.push(trimmed.slice(1).trim());
        return;
      }
      try {
        examples.push(parseLine(trimmed, `${name}:${index + 1}`, name));
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        errors.push(error.message);
      }
    });
  if (errors.length > 0) throw new DataError(errors.join('\n'));
  if (!header.some((line) => line.startsWith('batch:')))
    throw new DataError(`${name}: no "# batch:" header line`);
  return { file, name, header, examples };
}

/** Every .tsv batch under `dir`, recursively, in a stable order. */
export function batchFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return batchFiles(path);
    return entry.endsWith('.tsv') ? [path] : [];
  });
}

export function readSplit(dir: string, root = process.cwd()): Example[] {
  return batchFiles(dir).flatMap((file) => readBatch(file, root).examples);
}
