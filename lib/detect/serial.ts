/**
 * A compiled automaton as plain data, so that it is compiled once (in the service worker) and every
 * page that needs it loads it in a few milliseconds instead of compiling the patterns again. The typed
 * arrays travel as one base64 string: extension storage and messaging carry JSON, not binary.
 * The key table is not stored (it is rebuilt on load from the sorted keys) and neither are the rules:
 * the loader hands them back, by id, from the guidance it already holds.
 */

import { COLUMN_TYPES, type ColumnCode, columnCode, type IntColumn, narrowed } from './columns';
import { AUTOMATON_INT_COLUMNS, type Automaton, type PatternInfo } from './compile';
import { buildKeyTable } from './dispatch';
import { PredicateTable } from './predicates';
import { packBytes, unpackBytes } from './serial-bytes';
import type { DetectionRule, Lang } from './types';

/** Changes whenever the layout below or the compiler's output changes, so older stored forms are ignored. */
export const SERIAL_FORMAT = 3;

/** Integer columns that are not fields of their own: the graph, the per-rule starts, the pattern table. */
const EXTRA_INT = [
  'graphValue',
  'graphNext',
  'splitStart',
  'splitTargets',
  'ruleStartIndex',
  'ruleStartStates',
  'patternTable',
] as const;

type IntName = (typeof AUTOMATON_INT_COLUMNS)[number] | (typeof EXTRA_INT)[number];

/** Columns per pattern in `patternTable`. */
const PATTERN_COLUMNS = 7;

export interface SerialisedAutomaton {
  format: number;
  ruleIds: string[];
  predicates: string[];
  slotNames: string[];
  stateCount: number;
  dispatchCount: number;
  cutCount: number;
  /** Length of each integer column, in the order stored (AUTOMATON_INT_COLUMNS, then EXTRA_INT). */
  lengths: number[];
  /** Array type of each integer column: its index in COLUMN_TYPES (columns.ts). */
  types: ColumnCode[];
  /** Lengths of the byte columns: the graph's node kinds, then cutWatched. */
  byteLengths: [number, number];
  /** Every column in that order, then the byte columns, little-endian, gzipped, in base64 (see layout). */
  data: string;
}

const LANG_CODES: readonly Lang[] = ['en', 'fr'];

function ruleStartsCsr(ruleStarts: readonly IntColumn[]): { index: Int32Array; states: Int32Array } {
  const index = new Int32Array(ruleStarts.length + 1);
  ruleStarts.forEach((list, rule) => {
    index[rule + 1] = index[rule]! + list.length;
  });
  const states = new Int32Array(index[ruleStarts.length]!);
  ruleStarts.forEach((list, rule) => {
    states.set(list, index[rule]!);
  });
  return { index, states };
}

function patternTable(patterns: readonly PatternInfo[]): Int32Array {
  const table = new Int32Array(patterns.length * PATTERN_COLUMNS);
  patterns.forEach((pattern, i) => {
    table.set(
      [
        pattern.ruleIndex,
        LANG_CODES.indexOf(pattern.lang),
        pattern.isException ? 1 : 0,
        pattern.patternIndex,
        pattern.maxSpan,
        pattern.hasSlots ? 1 : 0,
        pattern.entry,
      ],
      i * PATTERN_COLUMNS,
    );
  });
  return table;
}

/**
 * Where each integer column starts in the stored bytes, in order, each at a multiple of its element
 * size (typed-array views need it); the byte columns follow the last one.
 */
function layout(lengths: readonly number[], types: readonly ColumnCode[]) {
  const offsets: number[] = [];
  let at = 0;
  lengths.forEach((length, i) => {
    const size = COLUMN_TYPES[types[i]!]!.BYTES_PER_ELEMENT;
    at = Math.ceil(at / size) * size;
    offsets.push(at);
    at += length * size;
  });
  return { offsets, bytesAt: at };
}

export async function serialiseAutomaton(automaton: Automaton): Promise<SerialisedAutomaton> {
  const { graph } = automaton;
  const starts = ruleStartsCsr(automaton.ruleStarts);
  const extra: Record<(typeof EXTRA_INT)[number], IntColumn> = {
    graphValue: graph.value,
    graphNext: graph.next,
    splitStart: graph.splitStart,
    splitTargets: graph.splitTargets,
    ruleStartIndex: narrowed(starts.index),
    ruleStartStates: narrowed(starts.states),
    patternTable: narrowed(patternTable(automaton.patterns)),
  };
  const ints = [
    ...AUTOMATON_INT_COLUMNS.map((name) => automaton[name]),
    ...EXTRA_INT.map((name) => extra[name]),
  ];
  const lengths = ints.map((column) => column.length);
  const types = ints.map(columnCode);
  const bytes = [graph.kind, automaton.cutWatched];
  const { offsets, bytesAt } = layout(lengths, types);
  const out = new Uint8Array(bytesAt + bytes[0]!.length + bytes[1]!.length);
  ints.forEach((column, i) => {
    new COLUMN_TYPES[types[i]!]!(out.buffer, offsets[i]!, column.length).set(column);
  });
  out.set(bytes[0]!, bytesAt);
  out.set(bytes[1]!, bytesAt + bytes[0]!.length);
  return {
    format: SERIAL_FORMAT,
    ruleIds: automaton.rules.map((rule) => rule.id),
    predicates: automaton.predicates.keys(),
    slotNames: graph.slotNames,
    stateCount: automaton.stateCount,
    dispatchCount: automaton.dispatchCount,
    cutCount: automaton.cutCount,
    lengths,
    types,
    byteLengths: [bytes[0]!.length, bytes[1]!.length],
    data: await packBytes(out),
  };
}

/**
 * The automaton back, over the given rules (the same ids, in the same order, as when it was
 * serialised). Throws when the form is of another format or does not fit them. `unpacked` is
 * `form.data` already un-gzipped, when that was started earlier (unpackBytes).
 */
export async function deserialiseAutomaton(
  form: SerialisedAutomaton,
  rules: readonly DetectionRule[],
  unpacked?: Promise<Uint8Array>,
): Promise<Automaton> {
  if (form.format !== SERIAL_FORMAT)
    throw new Error(`compiled guidance of format ${form.format}, not ${SERIAL_FORMAT}`);
  if (form.ruleIds.length !== rules.length || form.ruleIds.some((id, i) => rules[i]!.id !== id)) {
    throw new Error('compiled guidance for other rules');
  }
  const names = [...AUTOMATON_INT_COLUMNS, ...EXTRA_INT];
  if (
    form.lengths?.length !== names.length ||
    form.types?.length !== names.length ||
    form.types.some((code) => COLUMN_TYPES[code] === undefined)
  ) {
    throw new Error('compiled guidance of another layout');
  }
  const { offsets, bytesAt } = layout(form.lengths, form.types);
  const bytes = await (unpacked ?? unpackBytes(form.data));
  if (bytes.length !== bytesAt + form.byteLengths[0] + form.byteLengths[1]) {
    throw new Error('compiled guidance of the wrong size');
  }
  // Views over one buffer: loading costs no copy beyond decoding the text.
  const ints = {} as Record<IntName, IntColumn>;
  names.forEach((name, i) => {
    const at = bytes.byteOffset + offsets[i]!;
    ints[name] = new COLUMN_TYPES[form.types[i]!]!(bytes.buffer as ArrayBuffer, at, form.lengths[i]!);
  });
  const kind = bytes.subarray(bytesAt, bytesAt + form.byteLengths[0]);
  const cutWatched = bytes.subarray(bytesAt + form.byteLengths[0]);

  const table = ints.patternTable;
  const patterns: PatternInfo[] = [];
  for (let i = 0; i < table.length; i += PATTERN_COLUMNS) {
    patterns.push({
      ruleIndex: table[i]!,
      lang: LANG_CODES[table[i + 1]!]!,
      isException: table[i + 2] === 1,
      patternIndex: table[i + 3]!,
      maxSpan: table[i + 4]!,
      hasSlots: table[i + 5] === 1,
      entry: table[i + 6]!,
    });
  }
  const ruleStarts = rules.map((_, rule) =>
    ints.ruleStartStates.subarray(ints.ruleStartIndex[rule]!, ints.ruleStartIndex[rule + 1]!),
  );
  const fields = Object.fromEntries(AUTOMATON_INT_COLUMNS.map((name) => [name, ints[name]])) as Pick<
    Automaton,
    (typeof AUTOMATON_INT_COLUMNS)[number]
  >;
  return {
    ...fields,
    ...buildKeyTable(ints.keyIndex, ints.keyPredicates),
    rules,
    patterns,
    predicates: PredicateTable.fromKeys(form.predicates),
    stateCount: form.stateCount,
    dispatchCount: form.dispatchCount,
    cutCount: form.cutCount,
    predOf: ints.graphValue.subarray(0, form.stateCount),
    ruleStarts,
    cutWatched,
    graph: {
      kind,
      value: ints.graphValue,
      next: ints.graphNext,
      splitStart: ints.splitStart,
      splitTargets: ints.splitTargets,
      slotNames: form.slotNames,
    },
  };
}
