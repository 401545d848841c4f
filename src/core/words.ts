// Words with their positions. natural's tokenizers return bare strings, so positions are found
// here with one linear scan; natural supplies the stems (Porter) that lexicon matching uses.
// Only the stemmer submodule is imported: the package's top-level entry loads every module and
// its storage back ends print to stdout.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, typographic apostrophes and hyphens normalised. */
  lower: string;
  /** Porter stem of `lower` (numbers and symbols are their own stem). */
  stem: string;
  /** Offsets into the string that was tokenised. */
  start: number;
  end: number;
  /** 'word', 'number' (digits, with separators), or 'symbol' (%, £, $, €, [, ], &, + ...). */
  type: 'word' | 'number' | 'symbol';
}

// What a token is, as the pattern below states it; tokenize() scans by hand to the same effect.
// A word: letters/marks with inner apostrophes or hyphens ("patient's", "real-time", "co-owning").
// A number: digits with inner , . : / separators ("1,000", "2.5", "2023/24", "9:30").
// Anything else that is not space is a one-character symbol token. Each alternative is linear.
export const TOKEN_PATTERN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{N}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*)|([^\s\p{L}\p{N}\uFFFC])/gu;

// Character classes of code points, as the pattern's Unicode properties define them. A class
// per code unit is looked up in a table filled on first sight (Unicode property tests cost far
// more than a table read, and a document uses few distinct characters); code points beyond the
// BMP are cached in a map. SKIP is white space (\s) and U+FFFC: no token starts there.
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const SKIP = 8;
const KNOWN = 16;
const bmpClasses = new Uint8Array(65536);
const astralClasses = new Map<number, number>();

function classify(char: string): number {
  if (/\p{L}/u.test(char)) return LETTER;
  if (/\p{M}/u.test(char)) return MARK;
  if (/\p{N}/u.test(char)) return NUMBER;
  if (/\s/u.test(char) || char === '\uFFFC') return SKIP;
  return 0;
}

/** Class of the BMP code unit `code` (a lone surrogate is a symbol, as in the pattern). */
function bmpClass(code: number): number {
  let c = bmpClasses[code];
  if (c === 0) {
    c = (code >= 0xd800 && code <= 0xdfff ? 0 : classify(String.fromCharCode(code))) | KNOWN;
    bmpClasses[code] = c;
  }
  return c & ~KNOWN;
}

function astralClass(codePoint: number): number {
  let c = astralClasses.get(codePoint);
  if (c === undefined) astralClasses.set(codePoint, (c = classify(String.fromCodePoint(codePoint))));
  return c;
}

/** Class and width (1 or 2 code units) of the code point at `i`, packed as class * 4 + width. */
function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return astralClass((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) * 4 + 2;
  }
  return bmpClass(code) * 4 + 1;
}

/** End of the run of code points of the classes in `mask` starting at `i`. */
function runEnd(text: string, i: number, mask: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    // ASCII letters and digits: the common case, without a table read.
    if (code < 128 && ((code | 32) >= 97 && (code | 32) <= 122)) {
      if ((mask & LETTER) === 0) break;
      j++;
      continue;
    }
    const packed = codePointAt(text, j);
    if (((packed >> 2) & mask) === 0) break;
    j += packed & 3;
  }
  return j;
}

/** After a word or number, `separator` then a run of `mask` classes; returns the new end. */
function joinedRuns(text: string, end: number, isSeparator: (code: number) => boolean, mask: number): number {
  let j = end;
  while (j + 1 < text.length && isSeparator(text.charCodeAt(j))) {
    const after = runEnd(text, j + 1, mask);
    if (after === j + 1) break;
    j = after;
  }
  return j;
}

/** ' ’ ‑ - join the parts of a word. */
function isWordJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2011 || code === 0x2d;
}

/** . , : / join the parts of a number. */
function isNumberJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Porter stem of a lower-case word, memoised: vocabularies are small, documents are not. */
/** Is the first code point of `text` an upper-case letter (/^\p{Lu}/u, without the pattern for ASCII)? */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

export function stemOf(lower: string): string {
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = /^[a-z]/.test(lower) ? PorterStemmer.stem(lower) : lower;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(lower, stem);
  }
  return stem;
}

export function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/‑/g, '-');
}

/**
 * The lower form and stem of each written token, memoised: a document repeats its words. The
 * memo is a hash table looked up with the token's place in the text, so a token seen before
 * costs neither a new string nor a hash of one: tokens of one form share the same strings
 * (whose hashes V8 then keeps, which makes the lexicon's map lookups cheaper too).
 */
interface Forms {
  text: string;
  lower: string;
  stem: string;
  hash: number;
}
const FORMS_LIMIT = 200_000;
let forms: Array<Forms | undefined> = new Array(1 << 12);
let formsCount = 0;

function formsOf(text: string, start: number, end: number, isWord: boolean): Forms {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  const mask = forms.length - 1;
  let slot = hash & mask;
  for (let entry = forms[slot]; entry !== undefined; entry = forms[slot]) {
    if (entry.hash === hash && entry.text.length === end - start && text.startsWith(entry.text, start)) return entry;
    slot = (slot + 1) & mask;
  }
  const written = text.slice(start, end);
  const lower = normaliseWord(written);
  // Words are stemmed; a number or symbol is its own stem. The first character decides the
  // type, so one written form always has the same type.
  const entry: Forms = { text: written, lower, stem: isWord ? stemOf(lower) : lower, hash };
  if (formsCount >= FORMS_LIMIT) {
    forms = new Array(1 << 12);
    formsCount = 0;
  } else if (2 * (formsCount + 1) > forms.length) {
    grow();
  } else {
    forms[slot] = entry;
    formsCount++;
    return entry;
  }
  insert(entry);
  return entry;
}

function insert(entry: Forms): void {
  const mask = forms.length - 1;
  let slot = entry.hash & mask;
  while (forms[slot] !== undefined) slot = (slot + 1) & mask;
  forms[slot] = entry;
  formsCount++;
}

function grow(): void {
  const old = forms;
  forms = new Array(old.length * 2);
  formsCount = 0;
  for (const entry of old) if (entry !== undefined) insert(entry);
}

/** The tokens of text[from, to), as TOKEN_PATTERN finds them (a token running past `to` is cut there). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const packed = codePointAt(text, i);
    const kind = packed >> 2;
    const width = packed & 3;
    let end: number;
    let type: Token['type'];
    if (kind === LETTER) {
      end = joinedRuns(text, runEnd(text, i + width, LETTER | MARK | NUMBER), isWordJoiner, LETTER | NUMBER);
      type = 'word';
    } else if (kind === NUMBER) {
      end = joinedRuns(text, runEnd(text, i + width, NUMBER), isNumberJoiner, NUMBER);
      type = 'number';
    } else if (kind === SKIP) {
      i += width;
      continue;
    } else {
      end = i + width; // a mark, a symbol or a lone surrogate
      type = 'symbol';
    }
    if (end > to) end = to;
    const form = formsOf(text, i, end, type === 'word');
    tokens.push({ text: form.text, lower: form.lower, stem: form.stem, start: i, end, type });
    i = end;
  }
  return tokens;
}

/** Stems of a lexicon phrase, split the same way as document text so the two always agree. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem);
}

/**
 * Word lists as bits of one number per word (each list's words get its bit), so code that asks
 * several "is this word in list X?" questions per token makes one map lookup instead of one each.
 */
export function wordBitMap(lists: ReadonlyArray<readonly [Iterable<string>, number]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [words, bit] of lists) for (const word of words) map.set(word, (map.get(word) ?? 0) | bit);
  return map;
}
