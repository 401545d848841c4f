// Shallow syntax of a sentence's main clause: where its subject ends, which word is its main verb,
// whether the verb is passive, a copula or an imperative, and its tense. The claim profile reads
// it to tell "the tool converts speech into notes" (a tool acting: a capability) from "patients
// wait less" (people and an outcome), and "virtual wards have been deployed" (a rollout) from
// "waits have been cut".
//
// It is not a parser. Each word gets the tags natural's English lexicon allows it (the lexicon
// lists the most frequent tag first); closed-class words come from the lists below; a few local
// rules settle the common ambiguities ("records" after "the" is a noun, after "system" a verb).
import { posTags } from './pos';
import type { Token } from './words';

export interface ClauseShape {
  /** First token of the clause: after an opening adverbial or a short "Label:" prefix. */
  start: number;
  /** First token of the verb group (an auxiliary or the main verb), or -1 when none was found. */
  groupStart: number;
  /** The main (last) verb of the verb group, or -1. */
  verbAt: number;
  /** One past the clause's last token: the next semicolon, colon, dash or the sentence end. */
  end: number;
  /** "have been deployed", "are sent": a form of "be" before a past participle. */
  passive: boolean;
  /** "Increase the use of apps", "Enable 111 to resolve": the clause opens with a base verb. */
  imperative: boolean;
  /** The sentence opens with a short label and a colon ("Smart routing: ..."), as feature lists do. */
  labelled: boolean;
}

const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'each', 'every', 'some', 'any', 'no', 'our', 'their', 'its',
  'his', 'her', 'your', 'my', 'whose', 'such', 'another', 'both', 'either', 'neither', 'all', 'many', 'most',
]);
const PRONOUNS = new Set(['we', 'they', 'it', 'he', 'she', 'i', 'you', 'this', 'that', 'these', 'those', 'everyone', 'nobody', 'everybody', 'people']);
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'through', 'across', 'over', 'under',
  'within', 'without', 'about', 'between', 'towards', 'toward', 'via', 'per', 'as', 'than', 'like', 'among',
  'including', 'around', 'after', 'before', 'during', 'against', 'beyond', 'throughout', 'upon', 'despite',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whilst', 'because', 'although', 'though', 'if', 'when', 'where', 'whether', 'unless']);
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll", 'cannot', "won't", "can't", 'ought']);
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "isn't", "aren't", "wasn't", "weren't"]);
// Words of amount before a participle make it an adjective: "fewer missed appointments".
const QUANTIFIERS = new Set(['fewer', 'less', 'more']);
export const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve", "hasn't", "haven't", "hadn't"]);
const DO = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);
const GROUP_FILLERS = new Set(['not', "n't", 'never', 'also', 'now', 'already', 'still', 'soon', 'then', 'be', 'been', 'being', 'have', 'able', 'to', 'going', 'help', 'helping', 'start', 'begin', 'continue']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
const CLAUSE_BREAKS = new Set([';', ':', '–', '—']);
/** Words that open an adverbial before the subject ("By 2026, ...", "With a pilot, ..."). */
export const OPENING_ADVERBIAL_WORDS: ReadonlySet<string> = new Set([
  'by', 'in', 'with', 'through', 'since', 'following', 'after', 'over', 'within', 'as', 'once', 'from', 'for',
  'under', 'across', 'at', 'on', 'to', 'while', 'whilst', 'when', 'although', 'because', 'using', 'thanks',
  'if', 'unless', 'before', 'during', 'ahead', 'without', 'like', 'whether', 'where', 'having', 'building',
]);
// The clause reader also skips participle and sentence-adverb openers ("Speaking in Manchester,",
// "Ultimately,"). The claim profile keeps the shorter list: the longer one moved which subjects it
// found and cost cross-validated macro-F1 (0.605 -> 0.599 when tried).
const ADVERBIAL_OPENERS = new Set([
  ...OPENING_ADVERBIAL_WORDS,
  'speaking', 'starting', 'working', 'reading', 'seen', 'put', 'whatever', 'of', 'just', 'even', 'fundamentally',
  'overall', 'today', 'now', 'currently', 'increasingly', 'ultimately', 'crucially', 'importantly',
]);

/** Index of the first token after an opening adverbial phrase and its comma, or `from`. */
function afterOpeningAdverbial(tokens: Token[], from: number): number {
  if (from >= tokens.length || !ADVERBIAL_OPENERS.has(tokens[from].lower)) return from;
  for (let i = from + 1; i < Math.min(tokens.length, from + 16); i++) {
    if (tokens[i].text === ',') return i + 1;
    if (CLAUSE_BREAKS.has(tokens[i].text)) return from;
  }
  return from;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type === 'word';

/** Could the word head a noun phrase here? */
function nominal(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'number') return true;
  if (t.type !== 'word') return false;
  if (PRONOUNS.has(t.lower)) return true;
  if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return false;
  const tags = posTags(t);
  return tags.unknown || tags.noun || tags.adjective;
}

/** Could the word be a finite verb (VBZ, VBP, VBD) following its subject? */
function finiteVerbHere(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || PRONOUNS.has(t.lower)) return false;
  const tags = posTags(t);
  const next = tokens[i + 1];
  // "sorts each request": the lexicon misses some verb forms of nouns; a plural before a
  // determiner is read as a verb.
  const pluralBeforeDeterminer = tags.noun && t.lower.endsWith('s') && next !== undefined && DETERMINERS.has(next.lower);
  if (!tags.finite && !pluralBeforeDeterminer) return false;
  const prev = tokens[i - 1];
  if (prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || QUANTIFIERS.has(prev.lower))) return false;
  // "a growing burden", "the existing systems": after a determiner and an -ing or -ed word, a noun.
  const before = tokens[i - 2];
  if (prev && before && DETERMINERS.has(before.lower) && /(ing|ed)$/.test(prev.lower)) return false;
  // "to (truly) empower": an infinitive.
  let k = i - 1;
  while (k > 0 && tokens[k].lower.endsWith('ly')) k--;
  if (k >= 0 && tokens[k].lower === 'to') return false;
  // "the opportunities presented by digital": a participle phrase, not the main verb.
  if (tags.participle && next?.lower === 'by') return false;
  if (tags.firstIsFinite || pluralBeforeDeterminer) return true;
  // "The system records every call", "the tool tags it": a noun-first word reads as a verb after a
  // noun when a determiner, pronoun, number or preposition follows.
  if (!next) return false;
  if (next.type === 'number') return true;
  return DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower) || next.lower === 'it' || next.lower === 'them' || next.lower === 'to';
}

function isAuxiliary(lower: string): boolean {
  return MODALS.has(lower) || BE.has(lower) || HAVE.has(lower) || DO.has(lower);
}

/** The shape of the main clause of `tokens` (one sentence). */
export function clauseShape(tokens: Token[]): ClauseShape {
  let start = 0;
  let labelled = false;
  // "Smart routing: Requests are sent ...": a short label without a verb, then a colon.
  for (let i = 1; i < Math.min(tokens.length, 8); i++) {
    if (tokens[i].text === ':' || tokens[i].text === '–' || tokens[i].text === '—') {
      let verbless = true;
      for (let j = 0; j < i; j++) if (isAuxiliary(tokens[j].lower) || (j > 0 && posTags(tokens[j]).firstIsFinite)) verbless = false;
      if (verbless && i + 1 < tokens.length) { start = i + 1; labelled = true; }
      break;
    }
  }
  start = afterOpeningAdverbial(tokens, start);

  const shape: ClauseShape = {
    start, groupStart: -1, verbAt: -1, end: tokens.length, passive: false, imperative: false, labelled,
  };
  const first = tokens[start];
  if (isWord(first)) {
    const tags = posTags(first);
    // An imperative opens with a base verb that is not (first) a noun: "Increase", "Enable".
    const next = tokens[start + 1];
    // A noun-first word too when a determiner or number follows ("Increase the use of apps").
    const objectFollows = next !== undefined && (next.type === 'number' || DETERMINERS.has(next.lower));
    if (tags.base && (!tags.firstIsNoun || objectFollows) && !tags.firstIsGerund && !isAuxiliary(first.lower) && !DETERMINERS.has(first.lower)) {
      shape.imperative = true;
      shape.groupStart = shape.verbAt = start;
    }
  }

  let sawNominal = false;
  let inRelative = false;
  for (let i = start; i < tokens.length && shape.verbAt < 0; i++) {
    const t = tokens[i];
    if (CLAUSE_BREAKS.has(t.text)) break;
    if (t.type !== 'word') { if (t.type === 'number') sawNominal = true; continue; }
    const lower = t.lower;
    if (RELATIVES.has(lower) && sawNominal && lower !== 'that') { inRelative = true; continue; }
    // "This committed the government", "It points out": a pronoun opening the clause is a subject.
    if (i === start && PRONOUNS.has(lower)) { sawNominal = true; continue; }
    if (isAuxiliary(lower)) {
      if (inRelative) { inRelative = false; continue; }
      readVerbGroup(tokens, i, shape);
      break;
    }
    if (sawNominal && finiteVerbHere(tokens, i)) {
      if (inRelative) { inRelative = false; continue; }
      shape.groupStart = shape.verbAt = i;
      break;
    }
    if (nominal(t)) sawNominal = true;
  }
  if (shape.verbAt >= 0) {
    for (let i = shape.verbAt + 1; i < tokens.length; i++) {
      if (CLAUSE_BREAKS.has(tokens[i].text)) { shape.end = i; break; }
    }
  }
  return shape;
}

/** Reads "will be able to use", "have been deployed", "is": the verb group starting at `at`. */
function readVerbGroup(tokens: Token[], at: number, shape: ClauseShape): void {
  shape.groupStart = at;
  let sawBe = BE.has(tokens[at].lower);
  let last = at;
  for (let j = at + 1; j < Math.min(tokens.length, at + 7); j++) {
    const t = tokens[j];
    if (t.type !== 'word') break;
    const lower = t.lower;
    if (BE.has(lower)) { sawBe = true; last = j; continue; }
    if (HAVE.has(lower)) { last = j; continue; }
    const tags = posTags(t);
    if (GROUP_FILLERS.has(lower) || (tags.adverb && !tags.verb)) continue;
    // "are secure", "is open": an adjective-first word after "be" is its complement.
    if (tags.verb && !DETERMINERS.has(lower) && !(sawBe && tags.adjective && !tags.participle && !lower.endsWith('ing'))) {
      shape.verbAt = j;
      // "is sent", "have been deployed": be + a past participle. "is speeding": progressive.
      shape.passive = sawBe && tags.participle && !lower.endsWith('ing');
      return;
    }
    break;
  }
  // "is seamless", "are immense": "be" is the only verb.
  shape.verbAt = last;
}
