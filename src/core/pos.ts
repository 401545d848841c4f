// Part-of-speech hints from natural's English lexicon (the word list its Brill tagger uses). The
// full tagger was measured at ~3.3 µs a token plus 0.6 s to load, and its context rules still
// tagged "will use" as a noun; a lexicon lookup plus the two context checks in profile.ts is
// cheaper and enough for the question asked here: can this word be a verb at all?
import type { Token } from './words';

type PosLexicon = Record<string, string[] | undefined>;

// The lexicon (4 MB of JSON, 90,000 words) is loaded on first use, not with the module: it is a
// good part of the bundled core's load time (about 200 ms here, 150 ms without it), which
// commands that analyse nothing (--help, a config error) and the server's reply to `initialize`
// need not wait for. The language server loads it while preparing its analyser.
let lexicon: PosLexicon | undefined;
function posLexicon(): PosLexicon {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lexicon ??= require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as PosLexicon;
  return lexicon;
}

// What the three questions below need of a word's tags, as bits, memoised per written form.
const KNOWN = 1;
const VERB = 2; // some tag is VB*
const NOUN = 4; // some tag is NN*
const VERB_FORM_ONLY = 8; // every tag is VBN, VBG, VBD or JJ
const hints = new Map<string, number>();
const HINTS_LIMIT = 100_000;

function hintsOf(token: Token): number {
  let bits = hints.get(token.text);
  if (bits === undefined) {
    bits = 0;
    const lex = posLexicon();
    const tags = lex[token.lower] ?? lex[token.text];
    // The lexicon is a plain object: guard against inherited names such as "constructor".
    if (isPossessiveNoun(token)) bits = KNOWN | NOUN;
    else if (Array.isArray(tags)) {
      bits = KNOWN | VERB_FORM_ONLY;
      for (const tag of tags) {
        if (tag.startsWith('VB')) bits |= VERB;
        if (tag.startsWith('NN')) bits |= NOUN;
        if (tag !== 'VBN' && tag !== 'VBG' && tag !== 'VBD' && tag !== 'JJ') bits &= ~VERB_FORM_ONLY;
      }
    }
    // Keyed by the written form, from which `lower` follows.
    if (hints.size >= HINTS_LIMIT) hints.clear();
    hints.set(token.text, bits);
  }
  return bits;
}

// A possessive ("government's", "NHS's") is a noun, though the lexicon lists only the bare word:
// without this, "the government's plan" read "government's" as an unknown word, so possibly the
// verb "govern". "it's", "that's" and "let's" are contractions, not possessives: their bare word
// is not a noun.
function isPossessiveNoun(token: Token): boolean {
  const lower = token.lower;
  if (lower.length < 4 || !lower.endsWith("'s")) return false;
  const bare = token.text.slice(0, -2);
  if (bare.length > 1 && bare === bare.toUpperCase() && bare !== bare.toLowerCase()) return true;
  const tags = posLexicon()[bare.toLowerCase()];
  return Array.isArray(tags) && tags.some((tag) => tag.startsWith('NN'));
}

/** True unless the lexicon knows the word and never as a verb ("government", "platform"). */
export function canBeVerb(token: Token): boolean {
  const bits = hintsOf(token);
  return (bits & KNOWN) === 0 || (bits & VERB) !== 0;
}

/** True when the lexicon knows the word as a noun. */
export function canBeNoun(token: Token): boolean {
  return (hintsOf(token) & NOUN) !== 0;
}

/** True when the word is only ever a past participle or -ing form ("deployed", "transforming"). */
export function isVerbForm(token: Token): boolean {
  const bits = hintsOf(token);
  return (bits & KNOWN) !== 0 && (bits & VERB_FORM_ONLY) !== 0;
}

/** What the clause reader (clause.ts) needs to know of a word's possible tags. */
export interface PosTags {
  /** Not in the lexicon (or an acronym such as "AI", "NHS"): read as a noun. */
  unknown: boolean;
  noun: boolean;
  adjective: boolean;
  adverb: boolean;
  /** Some tag is a comparative adjective or adverb (JJR, RBR): "happier", "sooner". */
  comparative: boolean;
  /** Some tag is a verb (VB, VBZ, VBP, VBD, VBN, VBG). */
  verb: boolean;
  /** VB: a base form. */
  base: boolean;
  /** VBZ, VBP or VBD: can follow its subject as the main verb. */
  finite: boolean;
  present: boolean;
  past: boolean;
  /** VBN. */
  participle: boolean;
  firstIsFinite: boolean;
  firstIsNoun: boolean;
  firstIsGerund: boolean;
}

const tagsByText = new Map<string, PosTags>();
const UNKNOWN_TAGS: PosTags = {
  unknown: true, noun: true, adjective: false, adverb: false, comparative: false, verb: false, base: false, finite: false,
  present: false, past: false, participle: false, firstIsFinite: false, firstIsNoun: true, firstIsGerund: false,
};

const POSSESSIVE_TAGS: PosTags = { ...UNKNOWN_TAGS, unknown: false };

/** The tags natural's lexicon allows the token, memoised per written form. */
export function posTags(token: Token): PosTags {
  let tags = tagsByText.get(token.text);
  if (tags === undefined) {
    tags = readTags(token);
    if (tagsByText.size >= HINTS_LIMIT) tagsByText.clear();
    tagsByText.set(token.text, tags);
  }
  return tags;
}

function readTags(token: Token): PosTags {
  // "AI", "NHS", "GP": acronyms are names, whatever the lower-case word is ("ai" is a verb there).
  if (token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.lower) return UNKNOWN_TAGS;
  if (isPossessiveNoun(token)) return POSSESSIVE_TAGS;
  const lex = posLexicon();
  const list = lex[token.lower] ?? lex[token.text];
  if (!Array.isArray(list) || list.length === 0) {
    // Unknown words: the suffix is the best guess ("-ly" adverbs, "-ed" participles, "-ing" forms).
    const lower = token.lower;
    if (lower.endsWith('ly')) return { ...UNKNOWN_TAGS, noun: false, firstIsNoun: false, adverb: true };
    if (lower.endsWith('ed')) return { ...UNKNOWN_TAGS, noun: false, firstIsNoun: false, verb: true, participle: true, past: true, finite: true };
    if (lower.endsWith('ing')) return { ...UNKNOWN_TAGS, verb: true, firstIsNoun: false, firstIsGerund: true };
    return UNKNOWN_TAGS;
  }
  const tags: PosTags = {
    unknown: false, noun: false, adjective: false, adverb: false, comparative: false, verb: false, base: false, finite: false,
    present: false, past: false, participle: false, firstIsFinite: false, firstIsNoun: false, firstIsGerund: false,
  };
  list.forEach((tag, i) => {
    if (tag === 'JJR' || tag === 'RBR') tags.comparative = true;
    if (tag.startsWith('NN')) { tags.noun = true; if (i === 0) tags.firstIsNoun = true; }
    else if (tag.startsWith('JJ')) tags.adjective = true;
    else if (tag.startsWith('RB')) tags.adverb = true;
    else if (tag.startsWith('VB')) {
      tags.verb = true;
      if (tag === 'VB') tags.base = true;
      if (tag === 'VBZ' || tag === 'VBP') { tags.finite = true; tags.present = true; if (i === 0) tags.firstIsFinite = true; }
      if (tag === 'VBD') { tags.finite = true; tags.past = true; if (i === 0) tags.firstIsFinite = true; }
      if (tag === 'VBN') tags.participle = true;
      if (tag === 'VBG' && i === 0) tags.firstIsGerund = true;
    }
  });
  return tags;
}
