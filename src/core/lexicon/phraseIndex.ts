// The compiled form of a lexicon and the matching loop. Phrases are indexed by the stem of their
// first word and, for longer phrases, the stem of their second, so a document token costs one or
// two map lookups and only the few phrases that can still match are walked: matching is linear
// in the tokens. No closures are created per token: the bundle keeps function names (esbuild
// keepNames), which wraps every closure creation in a helper call and made matching far slower.
import { normaliseWord, stemOf, type Token } from '../words';
import type { LexiconMatch } from './matcher';
import { ALLOWABLE_KINDS, LEXICON_KINDS, type LexiconEntry, type LexiconKind, type MatchMode } from './types';

/** One word of a phrase: its key and how a document token is compared with it. */
export interface PhraseWord {
  key: string;
  mode: MatchMode;
}

/** A phrase to look for. `suppress` phrases are not reported: they cancel matches they cover. */
export interface Phrase {
  words: PhraseWord[];
  entry: LexiconEntry;
  kind: number;
  /** For an `except` phrase, the entry it cancels; for an allow phrase, ALLOW. */
  suppress?: LexiconEntry | typeof ALLOW;
}
export const ALLOW = Symbol('allow');

/** A phrase as the index keeps it: every field present (one object shape for the hot loop). */
interface IndexedPhrase {
  words: PhraseWord[];
  entry: LexiconEntry;
  kind: number;
  suppress: LexiconEntry | typeof ALLOW | undefined;
  /** One word compared by stem: the index lookup alone proves the match. */
  oneStem: boolean;
}

export const KIND_INDEX = new Map<LexiconKind, number>(LEXICON_KINDS.map((k, i) => [k, i]));
const ALLOWABLE = new Set(ALLOWABLE_KINDS.map((k) => KIND_INDEX.get(k)!));

/** The key of a token in a match mode. Case keys drop a plural 's' after capitals ("APIs"). */
export function tokenKey(token: Token, mode: MatchMode): string {
  if (mode === 'stem') return token.stem;
  if (mode === 'word') return token.lower;
  const text = token.text.includes('’') || token.text.includes('‘') ? token.text.replace(/[’‘]/g, "'") : token.text;
  return text.length > 2 && text.endsWith('s') && /^[A-Z0-9&]{2,}s$/.test(text) ? text.slice(0, -1) : text;
}

function isPossessive(token: Token): boolean {
  const lower = token.lower;
  return token.type === 'word' && lower.length > 2 && lower.charCodeAt(lower.length - 1) === 115 && lower.charCodeAt(lower.length - 2) === 39;
}

/** The key of a possessive ("patient's") without its 's, so "patient" still matches. */
function possessiveKey(token: Token, mode: MatchMode): string {
  if (mode === 'stem') return stemOf(token.lower.slice(0, -2));
  return mode === 'word' ? token.lower.slice(0, -2) : tokenKey(token, mode).slice(0, -2);
}

function sameKey(token: Token, word: PhraseWord): boolean {
  if (tokenKey(token, word.mode) === word.key) return true;
  return isPossessive(token) && possessiveKey(token, word.mode) === word.key;
}

/** The stem under which a phrase word is indexed (a token with its form or capitals has it). */
function indexStem(word: PhraseWord): string {
  return word.mode === 'stem' ? word.key : stemOf(normaliseWord(word.key));
}

/** Phrases sharing a first stem: one-word phrases, and longer ones by their second stem. */
class Bucket {
  readonly single: IndexedPhrase[] = [];
  readonly bySecond = new Map<string, IndexedPhrase[]>();
  readonly suppressSingle: IndexedPhrase[] = [];
  readonly suppressBySecond = new Map<string, IndexedPhrase[]>();

  add(phrase: IndexedPhrase): void {
    const suppress = phrase.suppress !== undefined;
    if (phrase.words.length === 1) {
      (suppress ? this.suppressSingle : this.single).push(phrase);
      return;
    }
    const map = suppress ? this.suppressBySecond : this.bySecond;
    const second = indexStem(phrase.words[1]);
    const list = map.get(second);
    if (list) list.push(phrase);
    else map.set(second, [phrase]);
  }
}

export class PhraseIndex {
  private readonly byStem = new Map<string, Bucket>();
  /** Single-word technology terms by stem, for the heads of compounds ("AI-powered"). */
  private readonly technologyHeads = new Map<string, IndexedPhrase[]>();

  add(added: Phrase): void {
    const phrase: IndexedPhrase = {
      words: added.words, entry: added.entry, kind: added.kind, suppress: added.suppress,
      oneStem: added.words.length === 1 && added.words[0].mode === 'stem',
    };
    const stem = indexStem(phrase.words[0]);
    let bucket = this.byStem.get(stem);
    if (!bucket) this.byStem.set(stem, (bucket = new Bucket()));
    bucket.add(phrase);
    if (!phrase.suppress && phrase.words.length === 1 && phrase.entry.kind === 'technology') {
      const heads = this.technologyHeads.get(stem);
      if (heads) heads.push(phrase);
      else this.technologyHeads.set(stem, [phrase]);
    }
  }

  /** Longest phrases first, so the first hit per kind at a position is the longest. */
  finish(): void {
    for (const bucket of this.byStem.values()) {
      for (const map of [bucket.bySecond, bucket.suppressBySecond]) {
        for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
      }
    }
  }

  /**
   * Collects the lists of phrases that may start at token `i`: cancelling ones into
   * `suppressors`, reported ones into `reported`. Returns the two counts packed as
   * suppressors * 65536 + reported (no objects allocated per token).
   */
  candidates(tokens: Token[], i: number, suppressors: IndexedPhrase[][], reported: IndexedPhrase[][]): number {
    let s = 0;
    let r = 0;
    const token = tokens[i];
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const nextPossessive = next !== undefined && isPossessive(next);
    for (let variant = 0; variant < 2; variant++) {
      // variant 1: "patient's" is also tried as "patient"
      if (variant === 1 && !isPossessive(token)) break;
      const bucket = this.byStem.get(variant === 0 ? token.stem : possessiveKey(token, 'stem'));
      if (bucket === undefined) continue;
      if (next !== undefined) {
        if (bucket.suppressBySecond.size) {
          const list = bucket.suppressBySecond.get(next.stem);
          if (list) suppressors[s++] = list;
          const more = nextPossessive ? bucket.suppressBySecond.get(possessiveKey(next, 'stem')) : undefined;
          if (more) suppressors[s++] = more;
        }
        if (bucket.bySecond.size) {
          const list = bucket.bySecond.get(next.stem);
          if (list) reported[r++] = list;
          const more = nextPossessive ? bucket.bySecond.get(possessiveKey(next, 'stem')) : undefined;
          if (more) reported[r++] = more;
        }
      }
      if (bucket.suppressSingle.length) suppressors[s++] = bucket.suppressSingle;
      if (bucket.single.length) reported[r++] = bucket.single;
    }
    return s * 65536 + r;
  }

  /** For compounds like "AI-powered" or "cloud-based", the technology terms their first part names. */
  compoundHeads(token: Token): IndexedPhrase[] | undefined {
    if (token.type !== 'word') return undefined;
    const hyphen = token.lower.indexOf('-');
    if (hyphen <= 0) return undefined;
    const headStem = stemOf(token.lower.slice(0, hyphen));
    const heads = this.technologyHeads.get(headStem);
    if (!heads) return undefined;
    // Check each head against the part before the hyphen, as a token of its own.
    const part: Token = { ...token, text: token.text.slice(0, hyphen), lower: token.lower.slice(0, hyphen), end: token.start + hyphen, stem: headStem };
    const fitting = heads.filter((phrase) => sameKey(part, phrase.words[0]));
    return fitting.length ? fitting : undefined;
  }
}

/** Index after the phrase if it matches at `start`, or -1. */
function phraseEndsAt(phrase: IndexedPhrase, tokens: Token[], start: number): number {
  const words = phrase.words;
  if (start + words.length > tokens.length) return -1;
  // The index matched stems; forms, capitals and later words may still differ.
  for (let k = 0; k < words.length; k++) {
    if ((k > 1 || words[k].mode !== 'stem') && !sameKey(tokens[start + k], words[k])) return -1;
  }
  return start + words.length;
}

/** Except and allow phrases covering the current position, as parallel arrays. */
class Spans {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly owner: Array<LexiconEntry | typeof ALLOW> = [];

  get size(): number {
    return this.start.length;
  }

  clear(): void {
    this.start.length = 0;
    this.end.length = 0;
    this.owner.length = 0;
  }

  add(start: number, end: number, owner: LexiconEntry | typeof ALLOW): void {
    this.start.push(start);
    this.end.push(end);
    this.owner.push(owner);
  }

  dropEndingBy(position: number): void {
    let kept = 0;
    for (let s = 0; s < this.start.length; s++) {
      if (this.end[s] <= position) continue;
      this.start[kept] = this.start[s];
      this.end[kept] = this.end[s];
      this.owner[kept] = this.owner[s];
      kept++;
    }
    this.start.length = kept;
    this.end.length = kept;
    this.owner.length = kept;
  }

  covers(phrase: IndexedPhrase, start: number, end: number): boolean {
    for (let s = 0; s < this.start.length; s++) {
      if (this.start[s] > start || this.end[s] < end) continue;
      const owner = this.owner[s];
      if (owner === phrase.entry || (owner === ALLOW && ALLOWABLE.has(phrase.kind))) return true;
    }
    return false;
  }
}

/**
 * The working memory of matchTokens, allocated once: matching runs once per sentence, and typed
 * arrays in particular are costly to create (they were an eighth of matching's time). Matching
 * never re-enters itself, so one set serves every call. A call leaves bestEnd and bestEntry
 * clear and resets the lastEnd slots it set; after a call that threw, all is reset.
 */
const KIND_COUNT = LEXICON_KINDS.length;
const lastEnd = new Int32Array(KIND_COUNT);
const bestEnd = new Int32Array(KIND_COUNT).fill(-1);
const bestEntry = new Array<LexiconEntry | undefined>(KIND_COUNT);
const touched: number[] = [];
const matchedKinds: number[] = [];
const suppressorLists: IndexedPhrase[][] = [];
const lists: IndexedPhrase[][] = [];
const spans = new Spans();
let dirty = false;

export function matchTokens(tokens: Token[], index: PhraseIndex): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  if (dirty) {
    lastEnd.fill(0);
    bestEnd.fill(-1);
    bestEntry.fill(undefined);
  }
  dirty = true;
  touched.length = 0;
  matchedKinds.length = 0;
  spans.clear();

  for (let i = 0; i < tokens.length; i++) {
    if (spans.size) spans.dropEndingBy(i);
    const counts = index.candidates(tokens, i, suppressorLists, lists);
    const heads = index.compoundHeads(tokens[i]);
    if (counts === 0 && heads === undefined) continue;
    // Cancelling phrases first: one may start here and cover a match that starts here too.
    const suppressorCount = counts >>> 16;
    for (let l = 0; l < suppressorCount; l++) {
      for (const phrase of suppressorLists[l]) {
        const end = phraseEndsAt(phrase, tokens, i);
        if (end > 0) spans.add(i, end, phrase.suppress!);
      }
    }
    let count = counts & 0xffff;
    if (heads) lists[count++] = heads;
    for (let l = 0; l < count; l++) {
      const isHeads = heads !== undefined && l === count - 1;
      for (const phrase of lists[l]) {
        // Compound heads were checked against their part of the token already.
        const end = isHeads || phrase.oneStem ? i + 1 : phraseEndsAt(phrase, tokens, i);
        const kind = phrase.kind;
        if (end < 0 || end <= lastEnd[kind] || end <= bestEnd[kind]) continue;
        if (spans.size && spans.covers(phrase, i, end)) continue;
        if (bestEnd[kind] < 0) touched.push(kind);
        bestEnd[kind] = end;
        bestEntry[kind] = phrase.entry;
      }
    }
    if (touched.length === 0) continue;
    if (touched.length > 1) touched.sort(byNumber);
    for (const kind of touched) {
      const entry = bestEntry[kind]!;
      matches.push({ kind: entry.kind, entry, startToken: i, endToken: bestEnd[kind] });
      if (lastEnd[kind] === 0) matchedKinds.push(kind);
      lastEnd[kind] = bestEnd[kind];
      bestEnd[kind] = -1;
      bestEntry[kind] = undefined;
    }
    touched.length = 0;
  }
  for (const kind of matchedKinds) lastEnd[kind] = 0;
  dirty = false;
  return matches;
}

function byNumber(a: number, b: number): number {
  return a - b;
}
