// Phrase matching of lexicon entries against a document's tokens. Terms are turned into keys with
// the same tokenizer and stemmer as the document (words.ts), so the two always agree; no
// regular expression is ever built from a lexicon. Compilation indexes every phrase by the stem
// of its first word; matching looks each token up once and walks only the phrases that start
// with it, so the cost is linear in the tokens (times the few phrases sharing a first word).
import { normaliseWord, tokenize, type Token } from '../words';
import { ALLOW, KIND_INDEX, PhraseIndex, matchTokens, tokenKey, type PhraseWord } from './phraseIndex';
import { LEXICON_KINDS, type LexiconEntry, type LexiconFile, type LexiconKind, type LexiconSource, type MatchMode } from './types';

export interface LexiconMatch {
  kind: LexiconKind;
  entry: LexiconEntry;
  /** Index of the first token matched. */
  startToken: number;
  /** Index after the last token matched (exclusive). */
  endToken: number;
}

export interface CompiledLexicon {
  /** Every entry found in the tokens: per kind, the longest at each position, none inside another. */
  match(tokens: Token[]): LexiconMatch[];
  /** The entries in use of one kind (packs applied). */
  entriesOf(kind: LexiconKind): LexiconEntry[];
  /** The source an entry names, from the file that holds it. */
  sourceOf(entry: LexiconEntry): LexiconSource | undefined;
}

export interface CompileOptions {
  /** Packs to use besides 'general' (always on). Default: every pack. */
  packs?: string[];
  /** Words or phrases never reported as hype, intensifier, absolute or plain-English matches. */
  allow?: string[];
}

// Acronyms are compared with their capitals even in stem mode: Porter would turn "ONS" into
// "on" and "AR" into "ar", the stem of "are".
const ACRONYM = /^(?=(?:.*[A-Z]){2})[A-Z0-9&]+s?$/;

/** A token of a phrase as a phrase word, compared in `mode` (acronyms by their capitals). */
function toPhraseWord(token: Token, mode: MatchMode): PhraseWord {
  const wordMode: MatchMode = mode !== 'case' && token.type === 'word' && ACRONYM.test(token.text) ? 'case' : mode;
  return { key: tokenKey(token, wordMode), mode: wordMode };
}

// Spelling variants matched as one. Porter stems British -ise/-isation and American -ize/-ization
// differently ("optimis" vs "optim"), and some American stems run into other words ("organize"
// -> "organ", "digitize" -> "digit"), so the other spelling is matched as exact word forms
// rather than by stem: every inflection for a stem-matched term, the same ending for a word form.
const SPELLING_FAMILIES: Array<{ pattern: RegExp; to: string; endings: string[] }> = [
  { pattern: /^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, to: 'iz', endings: ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'] },
  { pattern: /^(\w{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/, to: 'is', endings: ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'] },
  { pattern: /^(\w{2,})ys(e|es|ed|ing)$/, to: 'yz', endings: ['e', 'es', 'ed', 'ing'] },
  { pattern: /^(\w{2,})yz(e|es|ed|ing)$/, to: 'ys', endings: ['e', 'es', 'ed', 'ing'] },
  { pattern: /^(\w{3,})our(|s|ed|ing|al)$/, to: 'or', endings: ['', 's', 'ed', 'ing', 'al'] },
  { pattern: /^(\w{3,})tre(|s)$/, to: 'ter', endings: ['', 's'] },
];
const MAY_HAVE_OTHER_SPELLING = /(?:[iy][sz](?:e|es|ed|ing|ation|ations|er|ers)|our(?:|s|ed|ing|al)|tres?)$/;

/** The other spelling of a word: all its inflections, or with `sameEnding` just the one form. */
export function otherSpellings(word: string, sameEnding = false): string[] {
  const lower = word.toLowerCase();
  if (!MAY_HAVE_OTHER_SPELLING.test(lower)) return [];
  for (const family of SPELLING_FAMILIES) {
    const m = family.pattern.exec(lower);
    if (m) return sameEnding ? [`${m[1]}${family.to}${m[2]}`] : family.endings.map((ending) => `${m[1]}${family.to}${ending}`);
  }
  return [];
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const INNER_HYPHEN = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;

/** The written variants of a term: itself and its hyphenated or spaced counterpart. */
export function termVariants(term: string): string[] {
  const out = [term];
  // "real time" <-> "real-time": the tokenizer keeps hyphenated words whole, so both are needed.
  if (term.includes(' ')) {
    const words = term.trim().split(/\s+/);
    if (words.length > 1 && words.length <= 4 && words.every((w) => PLAIN_WORD.test(w))) out.push(words.join('-'));
  }
  if (term.includes('-')) {
    const spaced = term.replace(INNER_HYPHEN, ' ');
    if (spaced !== term) out.push(spaced);
  }
  return out;
}

// Phrases of each written term, kept across compilations: a language server recompiles when
// settings change, and the built-in vocabulary is the same every time.
const phraseCache = new Map<string, PhraseWord[][]>();
const PHRASE_CACHE_LIMIT = 50_000;

/** Every phrase a written term stands for: its variants, and the other spelling of each word. */
function phrasesOf(term: string, mode: MatchMode): PhraseWord[][] {
  const cacheKey = `${mode}\u0000${term}`;
  let result = phraseCache.get(cacheKey);
  if (result) return result;
  result = computePhrases(term, mode);
  if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(cacheKey, result);
  return result;
}

function computePhrases(term: string, mode: MatchMode): PhraseWord[][] {
  const result: PhraseWord[][] = [];
  for (const variant of termVariants(term)) {
    const tokens = tokenize(variant);
    if (tokens.length === 0) continue;
    const words = tokens.map((t) => toPhraseWord(t, mode));
    result.push(words);
    if (mode === 'case') continue;
    tokens.forEach((token, i) => {
      if (words[i].mode === 'case') return;
      for (const spelling of otherSpellings(token.lower, mode === 'word')) {
        result.push(words.map((w, j) => (j === i ? { key: spelling, mode: 'word' as const } : w)));
      }
    });
  }
  return result;
}

export function compileLexicons(files: LexiconFile[], options: CompileOptions = {}): CompiledLexicon {
  const packs = new Set(['general', ...(options.packs ?? files.map((f) => f.pack))]);
  const sourceOfEntry = new Map<LexiconEntry, LexiconSource | undefined>();
  // Later files override earlier ones for the same kind and term: a workspace lexicon can give
  // a built-in term new alternatives or a note.
  const byKindAndTerm = new Map<string, LexiconEntry>();
  for (const file of files) {
    if (!packs.has(file.pack)) continue;
    for (const entry of file.entries) {
      if (!KIND_INDEX.has(entry.kind)) continue;
      const key = `${entry.kind}\u0000${normaliseWord(entry.term.trim())}`;
      byKindAndTerm.delete(key); // re-insert so the overriding entry takes the later position
      byKindAndTerm.set(key, entry);
      sourceOfEntry.set(entry, file.sources?.[entry.source]);
    }
  }
  const entries = [...byKindAndTerm.values()];

  const index = new PhraseIndex();
  for (const entry of entries) {
    const mode = entry.match ?? 'stem';
    const kind = KIND_INDEX.get(entry.kind)!;
    for (const written of [entry.term, ...(entry.forms ?? [])]) {
      for (const words of phrasesOf(written, mode)) index.add({ words, entry, kind });
    }
    for (const exception of entry.except ?? []) {
      for (const words of phrasesOf(exception, 'stem')) index.add({ words, entry, kind, suppress: entry });
    }
  }
  const allowEntry: LexiconEntry = { term: '(allow)', kind: 'hype', source: 'config' };
  for (const phrase of options.allow ?? []) {
    for (const words of phrasesOf(normaliseWord(phrase), 'stem')) index.add({ words, entry: allowEntry, kind: -1, suppress: ALLOW });
  }
  index.finish();

  const byKind = new Map<LexiconKind, LexiconEntry[]>(LEXICON_KINDS.map((k) => [k, []]));
  for (const entry of entries) byKind.get(entry.kind)!.push(entry);

  return {
    match: (tokens) => matchTokens(tokens, index),
    entriesOf: (kind) => byKind.get(kind) ?? [],
    sourceOf: (entry) => sourceOfEntry.get(entry),
  };
}
