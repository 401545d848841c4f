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

// A word: letters/marks with inner apostrophes or hyphens ("patient's", "real-time", "co-owning").
// A number: digits with inner , . : / separators ("1,000", "2.5", "2023/24", "9:30").
// Anything else that is not space is a one-character symbol token. Each alternative is linear.
const TOKEN_PATTERN = /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’‑-][\p{L}\p{N}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*)|([^\s\p{L}\p{N}\uFFFC])/gu;

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Porter stem of a lower-case word, memoised: vocabularies are small, documents are not. */
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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_PATTERN.exec(text)) !== null) {
    if (m.index >= to) break;
    const raw = m[0];
    const end = Math.min(m.index + raw.length, to);
    const written = text.slice(m.index, end);
    const type = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'symbol';
    const lower = normaliseWord(written);
    tokens.push({ text: written, lower, stem: type === 'word' ? stemOf(lower) : lower, start: m.index, end, type });
  }
  return tokens;
}

/** Stems of a lexicon phrase, split the same way as document text so the two always agree. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem);
}
