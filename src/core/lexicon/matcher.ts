// Phrase matching of lexicon entries against a document's tokens. Terms are turned into keys with
// the same tokenizer and stemmer as the document (words.ts), so the two always agree; no
// regular expression is ever built from a lexicon. Compilation indexes every phrase by its first
// key; matching looks up each token once per match mode and walks only the phrases that start
// with it, so the cost is linear in the tokens (times the few phrases sharing a first word).
import { normaliseWord, stemOf, tokenize, type Token } from '../words';
import {
  ALLOWABLE_KINDS,
  LEXICON_KINDS,
  type LexiconEntry,
  type LexiconFile,
  type LexiconKind,
  type LexiconSource,
  type MatchMode,
} from './types';

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

/** A phrase to look for. `suppress` phrases are not reported: they cancel matches they cover. */
interface Phrase {
  keys: string[];
  mode: MatchMode;
  entry: LexiconEntry;
  kind: number;
  /** For an `except` phrase, the entry it cancels; for an allow phrase, ALLOW. */
  suppress?: LexiconEntry | typeof ALLOW;
}
const ALLOW = Symbol('allow');

const KIND_INDEX = new Map<LexiconKind, number>(LEXICON_KINDS.map((k, i) => [k, i]));
const ALLOWABLE = new Set(ALLOWABLE_KINDS.map((k) => KIND_INDEX.get(k)!));

/** The key of a token in a match mode. */
function tokenKey(token: Token, mode: MatchMode): string {
  return mode === 'stem' ? token.stem : mode === 'word' ? token.lower : token.text.replace(/[’‘]/g, "'");
}

/** The key of a possessive ("patient's") without its 's, so "patient" still matches. */
function possessiveKey(token: Token, mode: MatchMode): string | undefined {
  if (token.type !== 'word' || !token.lower.endsWith("'s")) return undefined;
  if (mode === 'stem') return stemOf(token.lower.slice(0, -2));
  return mode === 'word' ? token.lower.slice(0, -2) : tokenKey(token, mode).slice(0, -2);
}

function phraseKeys(text: string, mode: MatchMode): string[] {
  return tokenize(text).map((t) => tokenKey(t, mode));
}

// Spelling variants matched as one: British -ise/-isation and American -ize/-ization (Porter stems
// them differently: "optimis" vs "optim"), -yse/-yze, and -our/-or, -tre/-ter in longer words.
const SPELLING_SWAPS: Array<[RegExp, string]> = [
  [/(\w{3})is(e|ed|es|ing|ation|ations|er|ers)\b/g, '$1iz$2'],
  [/(\w{3})iz(e|ed|es|ing|ation|ations|er|ers)\b/g, '$1is$2'],
  [/(\w{2})ys(e|ed|es|ing)\b/g, '$1yz$2'],
  [/(\w{2})yz(e|ed|es|ing)\b/g, '$1ys$2'],
  [/(\w{3})our(s|ed|ing|al)?\b/g, '$1or$2'],
  [/(\w{3})tre(s)?\b/g, '$1ter$2'],
];

/** The written variants of a term: itself, hyphenated/spaced counterpart, other spellings. */
export function termVariants(term: string): string[] {
  const out = new Set<string>([term]);
  const words = term.trim().split(/\s+/);
  // "real time" <-> "real-time": the tokenizer keeps hyphenated words whole, so both are needed.
  if (words.length > 1 && words.length <= 4 && words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))) out.add(words.join('-'));
  if (/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(term)) out.add(term.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, ' '));
  for (const v of [...out]) {
    for (const [pattern, replacement] of SPELLING_SWAPS) {
      const swapped = v.replace(pattern, replacement);
      if (swapped !== v) out.add(swapped);
    }
  }
  return [...out];
}

/** Stem keys of a phrase for the allow list and for tests: the same path as lexicon terms. */
export function allowKeys(phrase: string): string[] {
  return phraseKeys(normaliseWord(phrase), 'stem');
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
      const key = `${entry.kind}\u0000${phraseKeys(normaliseWord(entry.term), 'stem').join(' ')}\u0000${entry.match ?? 'stem'}`;
      byKindAndTerm.delete(key); // re-insert so the overriding entry takes the later position
      byKindAndTerm.set(key, entry);
      sourceOfEntry.set(entry, file.sources?.[entry.source]);
    }
  }
  const entries = [...byKindAndTerm.values()];

  const indexes: Record<MatchMode, Map<string, Phrase[]>> = { stem: new Map(), word: new Map(), case: new Map() };
  const add = (phrase: Phrase): void => {
    if (phrase.keys.length === 0) return;
    const index = indexes[phrase.mode];
    const list = index.get(phrase.keys[0]);
    if (!list) index.set(phrase.keys[0], [phrase]);
    else if (!list.some((p) => p.kind === phrase.kind && p.suppress === phrase.suppress && p.entry === phrase.entry && sameKeys(p.keys, phrase.keys))) list.push(phrase);
  };
  for (const entry of entries) {
    const mode = entry.match ?? 'stem';
    const kind = KIND_INDEX.get(entry.kind)!;
    for (const written of [entry.term, ...(entry.forms ?? [])]) {
      for (const variant of termVariants(written)) add({ keys: phraseKeys(variant, mode), mode, entry, kind });
    }
    for (const exception of entry.except ?? []) {
      for (const variant of termVariants(exception)) add({ keys: phraseKeys(variant, 'stem'), mode: 'stem', entry, kind, suppress: entry });
    }
  }
  const allowEntry: LexiconEntry = { term: '(allow)', kind: 'hype', source: 'config' };
  for (const phrase of options.allow ?? []) {
    for (const variant of termVariants(phrase)) add({ keys: phraseKeys(variant, 'stem'), mode: 'stem', entry: allowEntry, kind: -1, suppress: ALLOW });
  }
  // Longest phrases first, so the first hit per kind at a position is the longest.
  for (const index of Object.values(indexes)) for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const byKind = new Map<LexiconKind, LexiconEntry[]>(LEXICON_KINDS.map((k) => [k, []]));
  for (const entry of entries) byKind.get(entry.kind)!.push(entry);

  return {
    match: (tokens) => matchTokens(tokens, indexes),
    entriesOf: (kind) => byKind.get(kind) ?? [],
    sourceOf: (entry) => sourceOfEntry.get(entry),
  };
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

const MODES: MatchMode[] = ['stem', 'word', 'case'];

/** Does the phrase continue at token `at`? (The first key was found by index lookup.) */
function phraseEndsAt(phrase: Phrase, tokens: Token[], start: number): number {
  if (start + phrase.keys.length > tokens.length) return -1;
  for (let k = 1; k < phrase.keys.length; k++) {
    const token = tokens[start + k];
    if (tokenKey(token, phrase.mode) !== phrase.keys[k] && possessiveKey(token, phrase.mode) !== phrase.keys[k]) return -1;
  }
  return start + phrase.keys.length;
}

interface Span {
  start: number;
  end: number;
  suppress: LexiconEntry | typeof ALLOW;
}

function matchTokens(tokens: Token[], indexes: Record<MatchMode, Map<string, Phrase[]>>): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const lastEnd = new Array<number>(LEXICON_KINDS.length).fill(0);
  let spans: Span[] = []; // except and allow phrases still covering the current position
  const bestPerKind = new Map<number, LexiconMatch>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (spans.length && spans.some((s) => s.end <= i)) spans = spans.filter((s) => s.end > i);
    const candidates: Phrase[] = [];
    for (const mode of MODES) {
      const index = indexes[mode];
      if (index.size === 0) continue;
      const found = index.get(tokenKey(token, mode));
      if (found) candidates.push(...found);
      const possessive = possessiveKey(token, mode);
      if (possessive !== undefined) {
        const more = index.get(possessive);
        if (more) candidates.push(...more);
      }
    }
    // Compounds like "AI-powered" or "cloud-based": the first part names a technology.
    if (token.type === 'word' && token.lower.includes('-')) {
      const head = token.lower.slice(0, token.lower.indexOf('-'));
      for (const phrase of indexes.stem.get(stemOf(head)) ?? []) {
        if (phrase.keys.length === 1 && !phrase.suppress && phrase.entry.kind === 'technology') candidates.push(phrase);
      }
      for (const phrase of indexes.word.get(head) ?? []) {
        if (phrase.keys.length === 1 && !phrase.suppress && phrase.entry.kind === 'technology') candidates.push(phrase);
      }
    }
    if (candidates.length === 0) continue;

    // Suppressing phrases first: they may start here and cover a match that starts here too.
    for (const phrase of candidates) {
      if (!phrase.suppress) continue;
      const end = phraseEndsAt(phrase, tokens, i);
      if (end > 0) spans.push({ start: i, end, suppress: phrase.suppress });
    }
    bestPerKind.clear();
    for (const phrase of candidates) {
      if (phrase.suppress) continue;
      const end = phrase.keys.length === 1 ? i + 1 : phraseEndsAt(phrase, tokens, i);
      if (end < 0 || end <= lastEnd[phrase.kind]) continue;
      const best = bestPerKind.get(phrase.kind);
      if (best && best.endToken >= end) continue;
      if (isSuppressed(phrase, i, end, spans)) continue;
      bestPerKind.set(phrase.kind, { kind: phrase.entry.kind, entry: phrase.entry, startToken: i, endToken: end });
    }
    const found = [...bestPerKind.values()].sort((a, b) => KIND_INDEX.get(a.kind)! - KIND_INDEX.get(b.kind)!);
    for (const m of found) {
      lastEnd[KIND_INDEX.get(m.kind)!] = m.endToken;
      matches.push(m);
    }
  }
  return matches;
}

function isSuppressed(phrase: Phrase, start: number, end: number, spans: Span[]): boolean {
  for (const span of spans) {
    if (span.start > start || span.end < end) continue;
    if (span.suppress === phrase.entry) return true;
    if (span.suppress === ALLOW && ALLOWABLE.has(phrase.kind)) return true;
  }
  return false;
}
