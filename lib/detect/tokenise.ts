/**
 * Splits normalised text into words (runs of letters and digits) and numbers the sentences they sit in:
 * a match never crosses `. ! ? …` or a line break.
 */

/** Token boundaries as parallel typed arrays, reused between calls. Offsets are normalised indices. */
export interface TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  /** FNV-1a hash of each word's code units, for the word cache. */
  hash: Int32Array;
  count: number;
}

export function createTokenBuffer(capacity = 256): TokenBuffer {
  return {
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    sentence: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    count: 0,
  };
}

const WORD_BMP = new Uint8Array(65536); // 0 = not yet known, 1 = word char, 2 = not
for (let c = 0; c < 128; c++) {
  const word = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  WORD_BMP[c] = word ? 1 : 2;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isWordCodePoint(cp: number): boolean {
  if (cp < 65536) {
    let known = WORD_BMP[cp]!;
    if (known === 0) {
      // Lone surrogates are never letters; the regex says so for everything else.
      known = cp >= 0xd800 && cp <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
      WORD_BMP[cp] = known;
    }
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Width in code units of the word character at `i`, or 0 when it is not part of a word. */
function wordCharWidth(codes: Uint16Array, i: number, length: number): number {
  const c = codes[i]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
    const low = codes[i + 1]!;
    if (low >= 0xdc00 && low <= 0xdfff) {
      return isWordCodePoint(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
    }
  }
  return isWordCodePoint(c) ? 1 : 0;
}

function grow(buf: TokenBuffer): void {
  const size = buf.start.length * 2;
  for (const key of ['start', 'end', 'sentence', 'hash'] as const) {
    const bigger = new Int32Array(size);
    bigger.set(buf[key]);
    buf[key] = bigger;
  }
}

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const NEWLINE = 0x0a;

/** Tokenises normalised code units into `buf` (overwriting it), hashing each word on the way. */
export function tokeniseInto(codes: Uint16Array, length: number, buf: TokenBuffer): void {
  let count = 0;
  let sentence = 0;
  let boundaryPending = false;
  let i = 0;
  while (i < length) {
    const c = codes[i]!;
    // ASCII answered by the table; everything else (and surrogate pairs) by the slower path.
    let width = c < 128 ? (WORD_BMP[c] === 1 ? 1 : 0) : wordCharWidth(codes, i, length);
    if (width === 0) {
      if (c === NEWLINE) boundaryPending = true;
      else if (c === DOT || c === BANG || c === QUESTION) {
        // "a.s.a.p", "3.5" and "e.g" keep going: an end mark only ends a sentence when no word follows it directly.
        if (i + 1 >= length || wordCharWidth(codes, i + 1, length) === 0) boundaryPending = true;
      }
      i++;
      continue;
    }
    if (boundaryPending && count > 0) sentence++;
    boundaryPending = false;
    const start = i;
    let hash = 0x811c9dc5;
    let code = c;
    for (;;) {
      hash = Math.imul(hash ^ code, 0x01000193);
      if (width === 2) hash = Math.imul(hash ^ codes[i + 1]!, 0x01000193);
      i += width;
      // The rest of an ASCII word in a tight loop: most words are all ASCII.
      while (i < length) {
        code = codes[i]!;
        if (code >= 128 || WORD_BMP[code] !== 1) break;
        hash = Math.imul(hash ^ code, 0x01000193);
        i++;
      }
      if (i >= length || code < 128) break;
      width = wordCharWidth(codes, i, length);
      if (width === 0) break;
    }
    if (count === buf.start.length) grow(buf);
    buf.start[count] = start;
    buf.end[count] = i;
    buf.sentence[count] = sentence;
    buf.hash[count] = hash;
    count++;
  }
  buf.count = count;
}

export interface Word {
  /** The normalised word. */
  text: string;
  /** Normalised start and exclusive end. */
  start: number;
  end: number;
  /** Sentence number, from 0. */
  sentence: number;
}

// One-off calls (pattern parsing, tests) share buffers instead of allocating them each time.
let sharedCodes = new Uint16Array(256);
const sharedTokens = createTokenBuffer();

/** Splits an already normalised text into words with their sentence numbers. */
export function tokenise(normalisedText: string): Word[] {
  if (sharedCodes.length < normalisedText.length) sharedCodes = new Uint16Array(normalisedText.length * 2);
  const codes = sharedCodes;
  for (let i = 0; i < normalisedText.length; i++) codes[i] = normalisedText.charCodeAt(i);
  const buf = sharedTokens;
  tokeniseInto(codes, normalisedText.length, buf);
  const words: Word[] = [];
  for (let t = 0; t < buf.count; t++) {
    const start = buf.start[t]!;
    const end = buf.end[t]!;
    words.push({ text: normalisedText.slice(start, end), start, end, sentence: buf.sentence[t]! });
  }
  return words;
}
