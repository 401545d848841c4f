// Which lexicon matches stand as what the lexicon says they are. Stems run nouns into verbs
// ("a record", "government"), approximations hedge only figures, and denied hype ("hardly
// groundbreaking") is a critique; profile.ts keeps only the matches that pass both checks here.
import type { LexiconMatch } from './lexicon';
import type { LexiconKind } from './lexicon/types';
import { startsQuantity } from './measure';
import { canBeNoun, canBeVerb, isVerbForm } from './pos';
import type { Token } from './words';

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'will', 'shall', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'does', 'do', 'did', "'ll", 'won\'t', 'cannot',
]);

const VERB_KINDS = new Set<LexiconKind>([
  'capability-verb', 'deployment-verb', 'effect-verb', 'strong-effect-verb', 'governance-verb',
]);
const VERB_LEADS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'to', 'shall', 'we', 'they', 'it', "'ll"]);
const PREPOSITIONS = new Set(['to', 'of', 'in', 'on', 'for', 'through', 'towards', 'with', 'into', 'by', 'from', 'and', 'or', ',']);
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'his', 'her', 'my',
  'each', 'every', 'any', 'some', 'no', 'of', 'whose', 'such',
]);

// Not "this" or "that": as pronouns they can be subjects ("This enabled staff to ...").
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'your', 'his', 'her', 'my', 'every', 'each', 'no']);
// The prepositions above that cannot introduce a verb: not "to", nor the joiners "and", "or", ",".
const NOUN_PREPOSITIONS = new Set([...PREPOSITIONS].filter((w) => w !== 'to' && w !== 'and' && w !== 'or' && w !== ','));

// Not "that": as a conjunction it opens a clause ("so that staff review cases").
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'each', 'every', 'another']);

/**
 * Stems run nouns into verbs ("government" into "govern", "a record" into "record"): a verb match
 * stands only if the word can be a verb and is not read as a noun after a determiner.
 */
export function plausible(m: LexiconMatch, tokens: Token[]): boolean {
  // "around 5 million", "up to £2m": an approximation hedges a figure; "turn reports around" and
  // "up to the task" hedge nothing.
  if (m.entry.qualifies === 'number') return startsQuantity(tokens[m.endToken]);
  if (!VERB_KINDS.has(m.kind)) return true;
  const first = tokens[m.startToken];
  if (!canBeVerb(first)) return false;
  const prev = tokens[m.startToken - 1];
  if (prev && DETERMINERS.has(prev.lower) && canBeNoun(first) && !isVerbForm(first)) return false;
  // "133,000 scans a day": a word counted by a number is a noun.
  if (prev?.type === 'number' && canBeNoun(first)) return false;
  // "a connected, modern health system", "a centralised patient record": after an article or a
  // possessive, a participle describes the noun that follows; no verb can stand there.
  if (prev && ARTICLES.has(prev.lower) && /ed$/.test(first.lower)) return false;
  // "with support from a virtual ward", "for access": after a preposition other than "to", a
  // bare word that can be a noun is one ("by monitoring" stays a verb).
  if (prev && NOUN_PREPOSITIONS.has(prev.lower) && canBeNoun(first) && !/(s|ed|ing)$/.test(first.lower)) return false;
  // "this spending review", "a service redesign": after a singular determiner and a noun, a bare
  // word that can be a noun ends a compound noun; a verb there would have to agree ("reviews").
  const before = tokens[m.startToken - 2];
  if (before && SINGULAR_DETERMINERS.has(before.lower) && prev.type === 'word' && !AUXILIARIES.has(prev.lower) && canBeNoun(prev) && !prev.lower.endsWith('s') &&
    canBeNoun(first) && !/(s|ed|ing)$/.test(first.lower)) return false;
  // "contribution to reduced waiting times", "with improved safety": a participle after a
  // preposition names an outcome; it does not claim one.
  if (prev && PREPOSITIONS.has(prev.lower) && /ed$/.test(first.lower)) return false;
  // "lower readmissions, faster diagnosis": a comparative before a noun is an adjective unless a
  // modal or "to" makes it a verb ("will lower costs", "to lower costs").
  if (/er$/.test(first.lower) && m.kind === 'effect-verb' && !(prev && VERB_LEADS.has(prev.lower))) return false;
  return true;
}

const DENIALS = new Set(['not', "n't", 'hardly', 'never', 'no', "won't", 'cannot', "isn't", "aren't", "wasn't", "don't", "doesn't", 'nor', 'scarcely']);

/**
 * "hardly groundbreaking", "won't be a silver bullet", "no single system can solve", "has not
 * proven": hype, a strong effect or a claim of proof that is denied is a critique, not a promise.
 */
export function deniedClaim(m: LexiconMatch, tokens: Token[]): boolean {
  const strongBooster = m.kind === 'booster' && m.entry.strength === 'strong';
  if (m.kind !== 'hype' && m.kind !== 'strong-effect-verb' && !strongBooster) return false;
  // Within the same stretch of the clause: "no single system can solve", not "... , no one ...".
  for (let i = m.startToken - 1; i >= Math.max(0, m.startToken - 6); i--) {
    const lower = tokens[i].lower;
    if (lower === ',' || lower === ';' || lower === ':') break;
    if (DENIALS.has(lower)) return true;
  }
  return false;
}
