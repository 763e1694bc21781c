/**
 * Normalisation for matching: lower case, accents and zero-width characters removed, typographic
 * apostrophes and Unicode spaces unified, ligatures expanded — with an exact map from every normalised
 * UTF-16 index back to the original one, so that matches are reported where the writer sees them.
 */

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** toOriginal[i] is the index in the original text of the character that produced normalised char i. */
  toOriginal: Int32Array;
}

/** Reusable output buffers: the hot path normalises thousands of paragraphs without reallocating. */
export interface NormBuffer {
  codes: Uint16Array;
  toOriginal: Int32Array;
  length: number;
}

export function createNormBuffer(capacity = 1024): NormBuffer {
  return { codes: new Uint16Array(capacity), toOriginal: new Int32Array(capacity), length: 0 };
}

const APOSTROPHE = 0x27;
const SPACE = 0x20;
const NEWLINE = 0x0a;

// ASCII in one table lookup: the common case for both French and English drafts.
const ASCII_OUT = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  let out = c;
  if (c >= 0x41 && c <= 0x5a) out = c + 32;
  else if (c === 0x60) out = APOSTROPHE;
  else if (c === 0x0d) out = NEWLINE;
  else if ((c < 0x20 && c !== NEWLINE) || c === 0x7f) out = SPACE;
  ASCII_OUT[c] = out;
}

// Characters that Unicode decomposition leaves alone but French and English writers mean otherwise.
const SPECIAL: ReadonlyMap<number, string> = new Map<number, string>([
  [0x2019, "'"],
  [0x2018, "'"],
  [0x02bc, "'"],
  [0x00b4, "'"],
  [0x2032, "'"],
  [0x201b, "'"],
  [0x200b, ''],
  [0x200c, ''],
  [0x200d, ''],
  [0x2060, ''],
  [0xfeff, ''],
  [0x00ad, ''],
  [0x180e, ''],
  [0x2028, '\n'],
  [0x2029, '\n'],
  [0x0085, '\n'],
  [0x0153, 'oe'],
  [0x0152, 'oe'],
  [0x00e6, 'ae'],
  [0x00c6, 'ae'],
  [0x00df, 'ss'],
  [0x1e9e, 'ss'],
  [0x00f8, 'o'],
  [0x00d8, 'o'],
  [0x0142, 'l'],
  [0x0141, 'l'],
  [0x0111, 'd'],
  [0x0110, 'd'],
  [0x0131, 'i'],
]);

const COMBINING = /\p{M}/gu;
const SPACE_LIKE = /^\s$/u;
const cache = new Map<number, string | null>();

/** The normalised form of one non-ASCII code point; null when it stays as it is. */
function mapCodePoint(cp: number): string | null {
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const original = String.fromCodePoint(cp);
  let out = SPECIAL.get(cp);
  if (out === undefined) {
    if (SPACE_LIKE.test(original)) out = ' ';
    else {
      out = original.normalize('NFKD').toLowerCase().replace(COMBINING, '');
      // Decomposition can reveal characters with their own rule (e.g. a ligature inside a compatibility form).
      let again = '';
      for (const ch of out) again += SPECIAL.get(ch.codePointAt(0)!) ?? ch;
      out = again;
    }
  }
  const result = out === original ? null : out;
  cache.set(cp, result);
  return result;
}

function ensureCapacity(buf: NormBuffer, needed: number): void {
  if (needed <= buf.codes.length) return;
  let size = buf.codes.length * 2;
  while (size < needed) size *= 2;
  const codes = new Uint16Array(size);
  codes.set(buf.codes.subarray(0, buf.length));
  const map = new Int32Array(size);
  map.set(buf.toOriginal.subarray(0, buf.length));
  buf.codes = codes;
  buf.toOriginal = map;
}

/** Where the last `fill` stopped for lack of room, or -1 when it reached the end of the text. */
let stoppedAt = -1;

/**
 * The hot loop, kept free of object property access so the optimiser sees only strings and typed
 * arrays. Writes from text[from] into codes/map at `len`, returns the new length; sets `stoppedAt`.
 */
function fill(text: string, from: number, codes: Uint16Array, map: Int32Array, len: number): number {
  const n = text.length;
  const room = codes.length - 32;
  stoppedAt = -1;
  for (let i = from; i < n; ) {
    if (len >= room) {
      stoppedAt = i;
      return len;
    }
    const c = text.charCodeAt(i);
    if (c < 128) {
      codes[len] = ASCII_OUT[c]!;
      map[len++] = i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const mapped = mapCodePoint(cp);
    if (mapped === null) {
      // Unchanged: each code unit maps to itself (exact even inside a surrogate pair).
      for (let k = 0; k < width; k++) {
        codes[len] = text.charCodeAt(i + k);
        map[len++] = i + k;
      }
    } else {
      if (len + mapped.length >= room) {
        stoppedAt = i;
        return len;
      }
      // Expanded or replaced: every produced unit points at the start of its source character.
      for (let k = 0; k < mapped.length; k++) {
        codes[len] = mapped.charCodeAt(k);
        map[len++] = i;
      }
    }
    i += width;
  }
  return len;
}

/** Normalises `text` into `buf` (overwriting it). */
export function normaliseInto(text: string, buf: NormBuffer): void {
  // Most characters map to one; a few expand, and the buffer grows when they do.
  ensureCapacity(buf, text.length + 64);
  let len = fill(text, 0, buf.codes, buf.toOriginal, 0);
  while (stoppedAt >= 0) {
    const from = stoppedAt;
    buf.length = len;
    ensureCapacity(buf, buf.codes.length * 2);
    len = fill(text, from, buf.codes, buf.toOriginal, len);
  }
  buf.length = len;
}

const CHUNK = 8192;

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    const part = codes.subarray(start, Math.min(length, start + CHUNK));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}

// One-off calls (pattern parsing, tests, the live tester) share a buffer instead of allocating one each.
const shared = createNormBuffer();

/** Normalises a text for matching and keeps an exact map back to original offsets. */
export function normalise(text: string): Normalised {
  const buf = shared;
  normaliseInto(text, buf);
  return { text: codesToString(buf.codes, buf.length), toOriginal: buf.toOriginal.slice(0, buf.length) };
}

/** True when the original character at `index` disappeared in normalisation as a combining mark. */
function isDroppedMark(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0x300) return false;
  const cp = text.codePointAt(index)!;
  return mapCodePoint(cp) === '' && /\p{M}/u.test(String.fromCodePoint(cp));
}

/**
 * The exclusive original end of a span whose last normalised char is `lastNorm`: the whole source
 * character (both halves of a surrogate pair) plus any combining accents written after it.
 */
export function originalEnd(text: string, toOriginal: ArrayLike<number>, lastNorm: number): number {
  const start = toOriginal[lastNorm]!;
  const c = text.charCodeAt(start);
  let end = start + (c >= 0xd800 && c <= 0xdbff && start + 1 < text.length ? 2 : 1);
  while (end < text.length && isDroppedMark(text, end)) end += text.charCodeAt(end) >= 0xd800 ? 2 : 1;
  return end;
}
