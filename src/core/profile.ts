// The claim profile of one sentence (ARCHITECTURE.md, "The claim model"): who acts, what is said
// of it, which outcomes it names, what measures and evidence anchor it, and how sure it sounds.
// Computed once per sentence; the model and the rules only read it.
import type { CompiledLexicon, LexiconMatch } from './lexicon';
import type { LexiconKind } from './lexicon/types';
import { findMeasures, type MeasureProfile } from './measure';
import { canBeNoun, canBeVerb, isVerbForm } from './pos';
import { tokenize, type Token } from './words';

export type SubjectKind = 'technology' | 'programme' | 'organisation' | 'people' | 'other';
export type PredicateKind = 'capability' | 'deployment' | 'effect' | 'strong-effect' | 'aspiration' | 'governance' | 'other';

export interface ClaimProfile {
  /** The sentence text (plain prose) and its tokens; token offsets are into `text`. */
  text: string;
  tokens: Token[];
  matches: LexiconMatch[];
  byKind: ReadonlyMap<LexiconKind, LexiconMatch[]>;
  subject: { kind: SubjectKind; match?: LexiconMatch };
  /** The first claim-making verb after the subject. */
  predicate: { kind: PredicateKind; match?: LexiconMatch };
  /** Index of the token that ends the subject (first verb-like token), or 0. */
  verbIndex: number;
  outcomes: LexiconMatch[];
  measure: MeasureProfile;
  certainty: {
    /** Token index of "will"/"shall"/"'ll"/"going to" used as a future modal, or -1. */
    futureAt: number;
    /** Token index of "can"/"could"/"able to". */
    abilityAt: number;
    hedges: LexiconMatch[];
    boosters: LexiconMatch[];
    intensifiers: LexiconMatch[];
    hypeStrong: LexiconMatch[];
    hypeWeak: LexiconMatch[];
    absolutes: LexiconMatch[];
  };
  evidence: { citation: boolean; cues: LexiconMatch[] };
  context: {
    problem: boolean;
    critique: boolean;
    expectation: boolean;
    negated: boolean;
    question: boolean;
    conditional: boolean;
    /** Reported, completed results ("fell", "has reduced", "saw"): the claim is about the past. */
    pastReport: boolean;
    firstPerson: boolean;
    /** The sentence is (or opens with) quoted speech. */
    quoted: boolean;
    /** Comparative benefit words: better, faster, more, fewer, improved... */
    comparative: boolean;
    /** A colon or semicolon list, typical of capability lists. */
    list: boolean;
    /** A contrast (but, however, yet, although, despite): often a constraint or a critique. */
    contrast: boolean;
    /**
     * Outcomes named as the yardstick, not claimed: "judged by", "based on its contribution to",
     * "measured against". Such a sentence sets criteria; it promises nothing.
     */
    criteria: boolean;
  };
}

const FUTURE = new Set(['will', 'shall', "'ll", 'won\'t']);
const ABILITY = new Set(['can', 'could']);
const AUXILIARIES = new Set([
  'will', 'shall', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'does', 'do', 'did', "'ll", 'won\'t', 'cannot',
]);
const NEGATIONS = new Set(['not', "n't", 'no', 'cannot', "won't", "don't", "doesn't", "isn't", "aren't", 'nor', 'neither', 'without']);
const CONDITIONALS = new Set(['if', 'unless', 'provided', 'assuming', 'whether']);
const FIRST_PERSON = new Set(['we', 'our', 'us', "we'll", "we're", "we've", 'i']);
const COMPARATIVES = new Set([
  'better', 'faster', 'quicker', 'easier', 'safer', 'cheaper', 'more', 'fewer', 'less', 'lower', 'higher',
  'greater', 'improved', 'shorter', 'earlier', 'smarter', 'stronger', 'simpler', 'best',
]);
const PAST_IRREGULAR = new Set(['fell', 'rose', 'grew', 'saw', 'cut', 'led', 'made', 'found', 'showed', 'shown', 'halved', 'doubled', 'dropped', 'went']);
const PAST_AUX = new Set(['has', 'have', 'had', 'was', 'were']);
// "based on", "judged by", "measured against", "contribution to", "evaluated against"...
const CRITERIA_LEADS = new Set(['based', 'judged', 'measured', 'assessed', 'evaluated', 'contribution', 'contributions', 'benchmarked']);
const CRITERIA_FOLLOWERS = new Set(['on', 'by', 'against', 'to', 'in']);
const CONTRASTS = new Set(['but', 'however', 'yet', 'although', 'though', 'despite', 'whilst', 'while', 'nevertheless', 'still']);
const QUOTES = new Set(['"', '“', '‘', "'"]);

const VERB_KINDS = new Set<LexiconKind>([
  'capability-verb', 'deployment-verb', 'effect-verb', 'strong-effect-verb', 'governance-verb',
]);
const VERB_LEADS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'to', 'shall', 'we', 'they', 'it', "'ll"]);
const PREPOSITIONS = new Set(['to', 'of', 'in', 'on', 'for', 'through', 'towards', 'with', 'into', 'by', 'from', 'and', 'or', ',']);
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'his', 'her', 'my',
  'each', 'every', 'any', 'some', 'no', 'of', 'whose', 'such',
]);

/**
 * Stems run nouns into verbs ("government" into "govern", "a record" into "record"): a verb match
 * stands only if the word can be a verb and is not read as a noun after a determiner.
 */
function plausible(m: LexiconMatch, tokens: Token[]): boolean {
  if (!VERB_KINDS.has(m.kind)) return true;
  const first = tokens[m.startToken];
  if (!canBeVerb(first)) return false;
  const prev = tokens[m.startToken - 1];
  if (prev && DETERMINERS.has(prev.lower) && canBeNoun(first) && !isVerbForm(first)) return false;
  // "contribution to reduced waiting times", "with improved safety": a participle after a
  // preposition names an outcome; it does not claim one.
  if (prev && PREPOSITIONS.has(prev.lower) && /ed$/.test(first.lower)) return false;
  // "lower readmissions, faster diagnosis": a comparative before a noun is an adjective unless a
  // modal or "to" makes it a verb ("will lower costs", "to lower costs").
  if (/er$/.test(first.lower) && m.kind === 'effect-verb' && !(prev && VERB_LEADS.has(prev.lower))) return false;
  return true;
}

const ADVERBIAL_OPENERS = new Set([
  'by', 'in', 'with', 'through', 'since', 'following', 'after', 'over', 'within', 'as', 'once', 'from', 'for',
  'under', 'across', 'at', 'on', 'to', 'while', 'whilst', 'when', 'although', 'because', 'using', 'thanks',
  'if', 'unless', 'before', 'during', 'ahead', 'without', 'like', 'whether', 'where', 'having', 'building',
]);

/** Index of the first token after an opening adverbial phrase and its comma, or 0. */
function openingAdverbialEnd(tokens: Token[]): number {
  if (tokens.length === 0 || !ADVERBIAL_OPENERS.has(tokens[0].lower)) return 0;
  for (let i = 1; i < Math.min(tokens.length, 14); i++) if (tokens[i].text === ',') return i + 1;
  return 0;
}

function matchesOf(byKind: Map<LexiconKind, LexiconMatch[]>, kind: LexiconKind): LexiconMatch[] {
  return byKind.get(kind) ?? [];
}

const SUBJECT_ORDER: [LexiconKind, SubjectKind][] = [
  ['technology', 'technology'], ['programme', 'programme'], ['organisation', 'organisation'], ['people', 'people'],
];
const PREDICATE_KINDS: [LexiconKind, PredicateKind][] = [
  ['strong-effect-verb', 'strong-effect'], ['effect-verb', 'effect'], ['capability-verb', 'capability'],
  ['deployment-verb', 'deployment'], ['aspiration-verb', 'aspiration'], ['governance-verb', 'governance'],
];

export function claimProfile(text: string, lexicon: CompiledLexicon): ClaimProfile {
  const tokens = tokenize(text);
  const matches = lexicon.match(tokens).filter((m) => plausible(m, tokens));
  const byKind = new Map<LexiconKind, LexiconMatch[]>();
  for (const m of matches) {
    const list = byKind.get(m.kind);
    if (list) list.push(m);
    else byKind.set(m.kind, [m]);
  }
  const verbKinds = new Set<LexiconKind>(PREDICATE_KINDS.map(([k]) => k));
  const verbStarts = new Set<number>();
  for (const m of matches) if (verbKinds.has(m.kind)) verbStarts.add(m.startToken);

  // The subject ends at the first auxiliary or claim verb: shallow, but it finds "AI" in "AI will
  // unblock backlogs" and "the platform" in "The new platform offers real-time dashboards".
  // An opening adverbial ("By 2026, ...", "With a successful pilot, ...") is not the subject.
  const clauseStart = openingAdverbialEnd(tokens);
  let verbIndex = tokens.findIndex((t, i) => i > clauseStart && (AUXILIARIES.has(t.lower) || verbStarts.has(i)));
  if (verbIndex < 0) verbIndex = clauseStart;

  let subject: ClaimProfile['subject'] = { kind: 'other' };
  for (const [kind, subjectKind] of SUBJECT_ORDER) {
    const m = matchesOf(byKind, kind).find((x) => x.startToken >= clauseStart && x.startToken < verbIndex);
    if (m) { subject = { kind: subjectKind, match: m }; break; }
  }
  let predicate: ClaimProfile['predicate'] = { kind: 'other' };
  let bestStart = Infinity;
  for (const [kind, predicateKind] of PREDICATE_KINDS) {
    const m = matchesOf(byKind, kind).find((x) => x.startToken >= verbIndex);
    if (m && m.startToken < bestStart) { bestStart = m.startToken; predicate = { kind: predicateKind, match: m }; }
  }

  let futureAt = -1;
  let abilityAt = -1;
  let negated = false;
  let conditional = false;
  let firstPerson = false;
  let pastReport = false;
  let comparative = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (futureAt < 0 && FUTURE.has(t.lower)) futureAt = i;
    if (futureAt < 0 && t.lower === 'going' && tokens[i + 1]?.lower === 'to' && tokens[i - 1] && /^(is|are|am|'re|'s)$/.test(tokens[i - 1].lower)) futureAt = i;
    if (abilityAt < 0 && (ABILITY.has(t.lower) || (t.lower === 'able' && tokens[i + 1]?.lower === 'to'))) abilityAt = i;
    if (NEGATIONS.has(t.lower)) negated = true;
    if (CONDITIONALS.has(t.lower)) conditional = true;
    if (FIRST_PERSON.has(t.lower)) firstPerson = true;
    if (COMPARATIVES.has(t.lower)) comparative = true;
    if (PAST_IRREGULAR.has(t.lower) || (t.lower.endsWith('ed') && i > 0 && PAST_AUX.has(tokens[i - 1].lower))) pastReport = true;
  }
  const trimmed = text.trimStart();
  const citation = /\[\^?[\w-]+\]|\((?:[^()]{0,80}?,\s*)?(?:19|20)\d\d[a-z]?\)|\b(?:et al\.)/.test(text);

  return {
    text,
    tokens,
    matches,
    byKind,
    subject,
    predicate,
    verbIndex,
    outcomes: matchesOf(byKind, 'outcome'),
    measure: findMeasures(tokens),
    certainty: {
      futureAt,
      abilityAt,
      hedges: matchesOf(byKind, 'hedge'),
      boosters: matchesOf(byKind, 'booster').filter((m) => tokens[m.startToken].lower !== 'will'),
      intensifiers: matchesOf(byKind, 'intensifier'),
      hypeStrong: matchesOf(byKind, 'hype').filter((m) => m.entry.strength === 'strong'),
      hypeWeak: matchesOf(byKind, 'hype').filter((m) => m.entry.strength !== 'strong'),
      absolutes: matchesOf(byKind, 'absolute'),
    },
    evidence: { citation, cues: matchesOf(byKind, 'evidence') },
    context: {
      problem: matchesOf(byKind, 'problem').length > 0,
      critique: matchesOf(byKind, 'critique').length > 0,
      expectation: matchesOf(byKind, 'expectation').length > 0,
      negated,
      question: trimmed.endsWith('?'),
      conditional,
      pastReport,
      firstPerson,
      quoted: QUOTES.has(trimmed[0] ?? ''),
      comparative,
      list: /[:;]/.test(text),
      contrast: tokens.some((t) => CONTRASTS.has(t.lower)),
      criteria: tokens.some((t, i) => CRITERIA_LEADS.has(t.lower) && CRITERIA_FOLLOWERS.has(tokens[i + 1]?.lower ?? '')),
    },
  };
}
