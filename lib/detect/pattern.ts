/**
 * The pattern language (docs/pattern-language.md): parses a manager's pattern into a small tree and
 * refuses, with a column and a plain message, anything the engine could not run safely.
 */
import { normalise } from './normalise';
import { tokenise } from './tokenise';

export type PatternErrorCode =
  | 'unbalanced-bracket'
  | 'empty-alternative'
  | 'bare-alternative'
  | 'gap-at-edge'
  | 'gap-too-large'
  | 'no-fixed-word'
  | 'too-long'
  | 'short-prefix'
  | 'short-fuzzy'
  | 'bad-slot'
  | 'misplaced-symbol'
  | 'too-costly';

/** A pattern the engine refuses. `column` is 1-based, counted in characters of the pattern as written. */
export class PatternError extends Error {
  override readonly name = 'PatternError';
  constructor(
    readonly code: PatternErrorCode,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

export type PatternNode =
  | { kind: 'word'; word: string; column: number }
  | { kind: 'prefix'; stem: string; column: number }
  | { kind: 'fuzzy'; word: string; column: number }
  | { kind: 'gap'; max: number; column: number }
  | { kind: 'slot'; name: string; column: number }
  | { kind: 'choice'; optional: boolean; alternatives: PatternNode[][]; column: number };

export type PatternAst = PatternNode[];

export const MAX_PATTERN_CHARS = 300;
export const MAX_PATTERN_ELEMENTS = 40;
export const MAX_GAP = 6;
export const DEFAULT_GAP = 3;
export const MIN_PREFIX = 3;
export const MIN_FUZZY = 5;

type Lexeme =
  | { type: 'open'; bracket: '(' | '['; column: number }
  | { type: 'close'; bracket: ')' | ']'; column: number }
  | { type: 'bar'; column: number }
  | { type: 'gap'; max: number; column: number }
  | { type: 'slot'; name: string; column: number }
  | { type: 'chunk'; raw: string; suffix: '' | '*' | '~'; column: number };

const SPECIALS = new Set(['(', ')', '[', ']', '|', '{', '}', '*', '~', '…']);
const SLOT_NAME = /^[\p{L}\p{N}_-]+$/u;

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

function lex(pattern: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    const column = i + 1;
    if (isSpace(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      if (ch === '(' || ch === '[') out.push({ type: 'open', bracket: ch, column });
      else out.push({ type: 'close', bracket: ch, column });
      i++;
    } else if (ch === '|') {
      out.push({ type: 'bar', column });
      i++;
    } else if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new PatternError('unbalanced-bracket', column, 'This { has no matching }.');
      const name = pattern.slice(i + 1, close).trim();
      if (!SLOT_NAME.test(name)) {
        throw new PatternError(
          'bad-slot',
          column,
          'A slot needs a name of letters, digits, - or _, like {network}.',
        );
      }
      out.push({ type: 'slot', name, column });
      i = close + 1;
    } else if (ch === '}') {
      throw new PatternError('unbalanced-bracket', column, 'This } has no matching {.');
    } else if (ch === '*' || ch === '…' || pattern.startsWith('...', i)) {
      let max = DEFAULT_GAP;
      i += ch === '*' ? 1 : ch === '…' ? 1 : 3;
      if (ch === '*') {
        const digits = /^\d+/.exec(pattern.slice(i))?.[0];
        if (digits !== undefined) {
          max = Number(digits);
          i += digits.length;
          if (max < 1 || max > MAX_GAP) {
            throw new PatternError(
              'gap-too-large',
              column,
              `A gap can skip 1 to ${MAX_GAP} words: *${MAX_GAP} at most.`,
            );
          }
        }
      }
      out.push({ type: 'gap', max, column });
    } else if (ch === '~') {
      throw new PatternError(
        'misplaced-symbol',
        column,
        'Put ~ right after a word, with no space: immediately~.',
      );
    } else {
      let end = i;
      while (end < pattern.length) {
        const c = pattern[end]!;
        if (isSpace(c) || SPECIALS.has(c) || pattern.startsWith('...', end)) break;
        end++;
      }
      const next = pattern[end];
      const suffix = next === '*' || next === '~' ? next : '';
      out.push({ type: 'chunk', raw: pattern.slice(i, end), suffix, column });
      i = end + suffix.length;
    }
  }
  return out;
}

/** Turns a written chunk ("n'est", "déjà", "publi*") into word elements, normalised like the text. */
function chunkToNodes(lexeme: Extract<Lexeme, { type: 'chunk' }>): PatternNode[] {
  const words = tokenise(normalise(lexeme.raw).text).map((word) => word.text);
  const { column, suffix } = lexeme;
  if (words.length === 0) {
    if (suffix === '*') throw new PatternError('short-prefix', column, shortPrefixMessage());
    if (suffix === '~') throw new PatternError('short-fuzzy', column, shortFuzzyMessage());
    return [];
  }
  const nodes: PatternNode[] = words.map((word) => ({ kind: 'word', word, column }));
  const last = words[words.length - 1]!;
  if (suffix === '*') {
    if (last.length < MIN_PREFIX) throw new PatternError('short-prefix', column, shortPrefixMessage());
    nodes[nodes.length - 1] = { kind: 'prefix', stem: last, column };
  } else if (suffix === '~') {
    if (last.length < MIN_FUZZY) throw new PatternError('short-fuzzy', column, shortFuzzyMessage());
    nodes[nodes.length - 1] = { kind: 'fuzzy', word: last, column };
  }
  return nodes;
}

function shortPrefixMessage(): string {
  return `Write at least ${MIN_PREFIX} letters before a star, like publi*.`;
}
function shortFuzzyMessage(): string {
  return `Typo tolerance (~) is only for words of ${MIN_FUZZY} letters or more.`;
}

const CLOSER = { '(': ')', '[': ']' } as const;

class Parser {
  private pos = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  parse(): PatternAst {
    const alternatives = this.alternatives(null);
    return alternatives[0]!;
  }

  /** Reads `a b | c d` up to the closing bracket (or the end at top level). */
  private alternatives(open: Extract<Lexeme, { type: 'open' }> | null): PatternNode[][] {
    const alternatives: PatternNode[][] = [[]];
    let current = alternatives[0]!;
    let lastBar = open?.column ?? 0;
    while (this.pos < this.lexemes.length) {
      const lexeme = this.lexemes[this.pos++]!;
      if (lexeme.type === 'chunk') current.push(...chunkToNodes(lexeme));
      else if (lexeme.type === 'gap') current.push({ kind: 'gap', max: lexeme.max, column: lexeme.column });
      else if (lexeme.type === 'slot')
        current.push({ kind: 'slot', name: lexeme.name, column: lexeme.column });
      else if (lexeme.type === 'open') {
        const inner = this.alternatives(lexeme);
        current.push({
          kind: 'choice',
          optional: lexeme.bracket === '[',
          alternatives: inner,
          column: lexeme.column,
        });
      } else if (lexeme.type === 'bar') {
        if (!open) {
          throw new PatternError(
            'bare-alternative',
            lexeme.column,
            'Put alternatives inside brackets: (post|publish) or [now|today].',
          );
        }
        if (current.length === 0) throw emptyAlternative(lexeme.column);
        lastBar = lexeme.column;
        current = [];
        alternatives.push(current);
      } else {
        if (!open || CLOSER[open.bracket] !== lexeme.bracket) {
          throw new PatternError(
            'unbalanced-bracket',
            lexeme.column,
            `This ${lexeme.bracket} has no matching opening bracket.`,
          );
        }
        if (current.length === 0) throw emptyAlternative(lastBar);
        return alternatives;
      }
    }
    if (open)
      throw new PatternError('unbalanced-bracket', open.column, `This ${open.bracket} is never closed.`);
    return alternatives;
  }
}

function emptyAlternative(column: number): PatternError {
  return new PatternError(
    'empty-alternative',
    column,
    'An alternative is empty: write a word on each side of |.',
  );
}

/** True when the sequence can begin (or, reversed, end) with a gap before any word. */
function gapAtEdge(sequence: readonly PatternNode[], fromEnd: boolean): PatternNode | null {
  const ordered = fromEnd ? [...sequence].reverse() : sequence;
  for (const node of ordered) {
    if (node.kind === 'gap') return node;
    if (node.kind !== 'choice') return null;
    for (const alternative of node.alternatives) {
      const found = gapAtEdge(alternative, fromEnd);
      if (found) return found;
    }
    if (!node.optional && !node.alternatives.some(isNullable)) return null;
  }
  return null;
}

function isNullable(sequence: readonly PatternNode[]): boolean {
  return sequence.every(
    (node) =>
      node.kind === 'gap' ||
      (node.kind === 'choice' && (node.optional || node.alternatives.some(isNullable))),
  );
}

/** The fewest fixed words (word, prefix or typo-tolerant) any match of the sequence contains. */
function minFixedWords(sequence: readonly PatternNode[]): number {
  let total = 0;
  for (const node of sequence) {
    if (node.kind === 'word' || node.kind === 'prefix' || node.kind === 'fuzzy') total++;
    else if (node.kind === 'choice' && !node.optional)
      total += Math.min(...node.alternatives.map(minFixedWords));
  }
  return total;
}

function* leaves(sequence: readonly PatternNode[]): Generator<PatternNode> {
  for (const node of sequence) {
    if (node.kind === 'choice') for (const alternative of node.alternatives) yield* leaves(alternative);
    else yield node;
  }
}

function checkGapsTogether(sequence: readonly PatternNode[]): void {
  let run = 0;
  for (const node of sequence) {
    if (node.kind === 'gap') {
      run += node.max;
      if (run > MAX_GAP) {
        throw new PatternError(
          'gap-too-large',
          node.column,
          `Gaps side by side skip more than ${MAX_GAP} words.`,
        );
      }
    } else run = 0;
    if (node.kind === 'choice') for (const alternative of node.alternatives) checkGapsTogether(alternative);
  }
}

/** Parses a pattern, or throws a PatternError saying where and why it is refused. */
export function parsePattern(pattern: string): PatternAst {
  if (pattern.length > MAX_PATTERN_CHARS) {
    throw new PatternError(
      'too-long',
      MAX_PATTERN_CHARS + 1,
      `A pattern is at most ${MAX_PATTERN_CHARS} characters.`,
    );
  }
  const ast = new Parser(lex(pattern)).parse();
  let count = 0;
  for (const leaf of leaves(ast)) {
    if (++count > MAX_PATTERN_ELEMENTS) {
      throw new PatternError(
        'too-long',
        leaf.column,
        `A pattern has at most ${MAX_PATTERN_ELEMENTS} elements.`,
      );
    }
  }
  checkGapsTogether(ast);
  const leading = gapAtEdge(ast, false);
  if (leading) throw new PatternError('gap-at-edge', leading.column, 'A pattern cannot start with a gap.');
  const trailing = gapAtEdge(ast, true);
  if (trailing) throw new PatternError('gap-at-edge', trailing.column, 'A pattern cannot end with a gap.');
  if (minFixedWords(ast) === 0) {
    throw new PatternError(
      'no-fixed-word',
      1,
      'Every way this pattern can match needs at least one fixed word (not only slots, gaps or optional words).',
    );
  }
  return ast;
}
