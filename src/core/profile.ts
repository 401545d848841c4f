// The claim profile of one sentence (ARCHITECTURE.md, "The claim model"): who acts, what is said
// of it, which outcomes it names, what measures and evidence anchor it, and how sure it sounds.
// Computed once per sentence; the model and the rules only read it.
import type { CompiledLexicon, LexiconMatch } from './lexicon';
import type { LexiconKind } from './lexicon/types';
import { clauseShape, OPENING_ADVERBIAL_WORDS, type ClauseShape } from './clause';
import { findMeasures, type MeasureProfile } from './measure';
import { AUXILIARIES, deniedClaim, plausible } from './matchReading';
import { inName, titleCaseNames } from './names';
import { toolAttributes } from './toolAttributes';
import { openQuestionAt } from './openQuestion';
import { findRecordClaim, type RecordClaim } from './recordClaim';
import { findDeliveredBenefit, type DeliveredBenefit } from './deliveredBenefit';
import { findHelpedAction, type HelpedAction } from './helpedAction';
import { findAchievedBenefit, findReportedBenefit, findVerdict, type ReportedBenefit } from './reportedBenefit';
import { findLiftedBurden, type LiftedBurden } from './liftedBurden';
import { describesOnlyScope, scopeVerbAt } from './scopeStatement';
import { isComparativeOfPositive, valences } from './valence';
import { COMPARATIVES, comparesAGood } from './comparatives';
import { tokenize, wordBitMap, type Token } from './words';

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
  /** Shallow syntax of the main clause (clause.ts). */
  clause: ClauseShape;
  measure: MeasureProfile;
  certainty: {
    /** Token index of "will"/"shall"/"'ll"/"going to" used as a future modal, or -1. */
    futureAt: number;
    /** Token index of "can"/"could"/"able to". */
    abilityAt: number;
    hedges: LexiconMatch[];
    boosters: LexiconMatch[];
    intensifiers: LexiconMatch[];
    /**
     * The intensifiers that size a change: right before it ("significantly improve", "far
     * better") or within three words after its verb ("cuts costs dramatically").
     */
    sizedChanges: LexiconMatch[];
    hypeStrong: LexiconMatch[];
    hypeWeak: LexiconMatch[];
    absolutes: LexiconMatch[];
    /**
     * A superlative of quality against an unlimited field, "the best ... ever" (recordClaim.ts),
     * when no figure, hedge, denial, condition, question or critique qualifies it.
     */
    record?: RecordClaim;
  };
  evidence: { citation: boolean; cues: LexiconMatch[] };
  /**
   * Benefits claimed without an outcome word: a verb of delivering before a benefit ("make a real
   * difference", deliveredBenefit.ts), "help" with a bare verb ("help relieve pressures",
   * helpedAction.ts), a good that evidence is said to show ("pilots show promising gains",
   * reportedBenefit.ts), a burden lifted ("no longer have to repeat their details",
   * liftedBurden.ts). Found once here; the features and the unmeasured-outcome rule read them.
   */
  benefitShapes: { delivered?: DeliveredBenefit; helped?: HelpedAction; reported?: ReportedBenefit; lifted?: LiftedBurden };
  /** The sum of the AFINN-165 ratings of the sentence's positive words (valence.ts). */
  positiveValence: number;
  /** The sum of the sizes of the AFINN-165 ratings of its negative words. */
  negativeValence: number;
  context: {
    problem: boolean;
    critique: boolean;
    expectation: boolean;
    negated: boolean;
    /** A negation after the last "but" (or anywhere, with no "but"): the final claim is denied. */
    deniedAtEnd: boolean;
    question: boolean;
    /** Token index of the "whether", "if" or "which" opening an indirect question ("test whether"), or -1. */
    openQuestionAt: number;
    conditional: boolean;
    /** Reported, completed results ("fell", "has reduced", "saw", "has been"): the claim is about the past. */
    pastReport: boolean;
    firstPerson: boolean;
    /** The sentence is (or opens with) quoted speech. */
    quoted: boolean;
    /** Comparative benefit words: better, faster, more, fewer, improved... */
    comparative: boolean;
    /** The first comparative that compares a benefit ("faster", "fewer missed appointments"), or -1. */
    comparativeAt: number;
    /** A colon or semicolon list, typical of capability lists. */
    list: boolean;
    /** A contrast (but, however, yet, although, despite): often a constraint or a critique. */
    contrast: boolean;
    /**
     * Outcomes named as the yardstick, not claimed: "judged by", "based on its contribution to",
     * "measured against". Such a sentence sets criteria; it promises nothing.
     */
    criteria: boolean;
    /** A document describing its own scope ("This strategy does not cover ..."): scopeStatement.ts. */
    scope: boolean;
  };
}

/** Modals of the future: "will", "shall", "'ll", "won't". */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'won\'t']);
const ABILITY = new Set(['can', 'could']);
const NEGATIONS = new Set(['not', "n't", 'no', 'cannot', "won't", "don't", "doesn't", "isn't", "aren't", 'nor', 'neither', 'without']);
const CONDITIONALS = new Set(['if', 'unless', 'provided', 'assuming', 'whether']);
const FIRST_PERSON = new Set(['we', 'our', 'us', "we'll", "we're", "we've", 'i']);
const PAST_IRREGULAR = new Set(['fell', 'rose', 'grew', 'saw', 'led', 'made', 'found', 'showed', 'shown', 'halved', 'doubled', 'dropped', 'went']);
// Irregular pasts that are also the present and the bare verb ("help councils cut costs", "will
// let us cut"): a report of the past only after "has", "had", "was" or "were", like "-ed" forms.
const PAST_AFTER_AUXILIARY = new Set(['cut']);
const PAST_AUX = new Set(['has', 'have', 'had', 'was', 'were']);
// Words after which an irregular past is a base form, a passive or a noun: "AI can cut the time",
// "stays can be made shorter", "a cut in waiting times".
const NOT_PAST_AFTER = new Set([
  'will', 'shall', 'would', 'can', 'could', 'may', 'might', 'must', 'should', "'ll", 'to', 'be', 'a', 'an', 'the',
]);
// "based on", "judged by", "measured against", "contribution to", "evaluated against"...
const CRITERIA_LEADS = new Set(['based', 'judged', 'measured', 'assessed', 'evaluated', 'contribution', 'contributions', 'benchmarked']);
const CRITERIA_FOLLOWERS = new Set(['on', 'by', 'against', 'to', 'in']);
const CONTRASTS = new Set(['but', 'however', 'yet', 'although', 'though', 'despite', 'whilst', 'while', 'nevertheless', 'still']);
const QUOTES = new Set(['"', '“', '‘', "'"]);

/** Index of the first token after an opening adverbial phrase and its comma, or 0. */
function openingAdverbialEnd(tokens: Token[]): number {
  if (tokens.length === 0 || !OPENING_ADVERBIAL_WORDS.has(tokens[0].lower)) return 0;
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
const PREDICATE_VERB_KINDS = new Set<LexiconKind>(PREDICATE_KINDS.map(([k]) => k));
/** Forms of "be" before "going to". */
const BE_FORMS = new Set(['is', 'are', 'am', "'re", "'s"]);

// The word lists the token loop of claimProfile reads, as bits of one number per word: one map
// lookup per token instead of one per list (the loop runs over every token of a document).
const W_FUTURE = 1;
const W_ABILITY = 2;
const W_AUXILIARY = 4;
const W_NEGATION = 8;
const W_CONDITIONAL = 16;
const W_FIRST_PERSON = 32;
const W_COMPARATIVE = 64;
const W_PAST_IRREGULAR = 128;
const W_PAST_AUX = 256;
const W_CONTRAST = 512;
const W_BE = 1024;
const W_CRITERIA_LEAD = 2048;
const W_CRITERIA_FOLLOWER = 4096;
const W_PAST_AFTER_AUXILIARY = 8192;
const WORD_BITS = wordBitMap([
  [FUTURE_MODALS, W_FUTURE], [ABILITY, W_ABILITY], [AUXILIARIES, W_AUXILIARY], [NEGATIONS, W_NEGATION],
  [CONDITIONALS, W_CONDITIONAL], [FIRST_PERSON, W_FIRST_PERSON], [COMPARATIVES, W_COMPARATIVE],
  [PAST_IRREGULAR, W_PAST_IRREGULAR], [PAST_AUX, W_PAST_AUX], [CONTRASTS, W_CONTRAST], [BE_FORMS, W_BE],
  [CRITERIA_LEADS, W_CRITERIA_LEAD], [CRITERIA_FOLLOWERS, W_CRITERIA_FOLLOWER],
  [PAST_AFTER_AUXILIARY, W_PAST_AFTER_AUXILIARY],
]);

function bitsOf(token: Token | undefined): number {
  return token === undefined ? 0 : WORD_BITS.get(token.lower) ?? 0;
}

/** The first match in `list` starting in [from, to). */
function firstStartingIn(list: LexiconMatch[] | undefined, from: number, to: number): LexiconMatch | undefined {
  if (list !== undefined) for (const m of list) if (m.startToken >= from && m.startToken < to) return m;
  return undefined;
}

/** A citation: "[3]", "[^note]", "(NHS England, 2024)", "(2023a)", "et al.". */
const CITATION = /\[\^?[\w-]+\]|\((?:[^()]{0,80}?,\s*)?(?:19|20)\d\d[a-z]?\)|\b(?:et al\.)/;

function hasCitation(text: string): boolean {
  // Each alternative needs one of these: most sentences are spared the pattern.
  return (text.includes('[') || text.includes('(') || text.includes('et al.')) && CITATION.test(text);
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'seem', 'seems']);

/**
 * Scale adjectives (huge, vast, enormous...) are hype only when they size a benefit: "huge
 * benefits", "the opportunities are immense"; not "a huge backlog" or "an enormous task".
 */
function hypeSaidOfBenefits(hype: LexiconMatch[] | undefined, byKind: Map<LexiconKind, LexiconMatch[]>, tokens: Token[]): LexiconMatch[] | undefined {
  if (!hype || !hype.some((m) => m.entry.qualifies === 'benefit')) return hype;
  const benefits = [...(byKind.get('benefit') ?? []), ...(byKind.get('outcome') ?? [])];
  const problems = byKind.get('problem') ?? [];
  return hype.filter((m) => {
    if (m.entry.qualifies !== 'benefit') return true;
    // "a huge treatment backlog": the size of a problem.
    if (problems.some((b) => b.startToken >= m.endToken && b.startToken <= m.endToken + 3)) return false;
    // Sizing the noun that follows ("huge benefits", "the biggest single gain in productivity").
    if (benefits.some((b) => b.startToken >= m.endToken && b.startToken <= m.endToken + 3)) return true;
    // Said of the subject after "be" ("the opportunities ... are immense").
    const prev = tokens[m.startToken - 1];
    return prev !== undefined && COPULAS.has(prev.lower) && benefits.some((b) => b.endToken <= m.startToken);
  });
}

const CHANGE_KINDS: readonly LexiconKind[] = ['effect-verb', 'strong-effect-verb', 'benefit'];

/**
 * The intensifiers that size a change: said right before it ("significantly improve",
 * "dramatically reduce", "far better"), or within three words after its verb ("cuts their costs
 * dramatically", "have improved significantly"). The word stands where the guide asks for a
 * number. After the verb only when no problem is named: "the backlog has grown dramatically"
 * sizes a problem, not a benefit.
 */
function sizingAChange(byKind: Map<LexiconKind, LexiconMatch[]>, tokens: Token[]): LexiconMatch[] {
  const intensifiers = byKind.get('intensifier');
  if (!intensifiers) return [];
  const problem = byKind.has('problem');
  return intensifiers.filter((m) => {
    const next = tokens[m.endToken];
    if (next && COMPARATIVES.has(next.lower)) return true;
    for (const kind of CHANGE_KINDS) {
      for (const c of byKind.get(kind) ?? []) {
        if (c.startToken >= m.endToken && c.startToken <= m.endToken + 1) return true;
        if (!problem && kind !== 'benefit' && m.startToken >= c.endToken && m.startToken <= c.endToken + 3) return true;
      }
    }
    return false;
  });
}

/** Is the word at `at` said by the writer: "we" or "I" up to two words before ("we also expect")? */
function writerBefore(tokens: Token[], at: number): boolean {
  for (let i = Math.max(0, at - 2); i < at; i++) {
    const lower = tokens[i].lower;
    if (lower === 'we' || lower === 'i' || lower === "we'd" || lower === "i'd") return true;
  }
  return false;
}

export function claimProfile(text: string, lexicon: CompiledLexicon): ClaimProfile {
  const tokens = tokenize(text);
  const names = titleCaseNames(tokens);
  // A document's verb of describing itself ("This strategy does not cover ...") is no capability.
  const scopeAt = scopeVerbAt(tokens);
  const matches = toolAttributes(lexicon.match(tokens).filter((m) => plausible(m, tokens) && !deniedClaim(m, tokens) &&
    !inName(m, names, tokens) && !(m.startToken === scopeAt && (m.kind === 'capability-verb' || m.kind === 'deployment-verb'))));
  const byKind = new Map<LexiconKind, LexiconMatch[]>();
  for (const m of matches) {
    const list = byKind.get(m.kind);
    if (list) list.push(m);
    else byKind.set(m.kind, [m]);
  }

  // The subject ends at the first auxiliary or claim verb: shallow, but it finds "AI" in "AI will
  // unblock backlogs" and "the platform" in "The new platform offers real-time dashboards".
  // An opening adverbial ("By 2026, ...", "With a successful pilot, ...") is not the subject.
  const clauseStart = openingAdverbialEnd(tokens);
  let verbIndex = -1;
  for (const m of matches) {
    // Matches come in token order: the first verb after the clause start is the earliest.
    if (m.startToken > clauseStart && PREDICATE_VERB_KINDS.has(m.kind)) { verbIndex = m.startToken; break; }
  }

  let futureAt = -1;
  let abilityAt = -1;
  let negated = false;
  let deniedAtEnd = false;
  let conditional = false;
  let firstPerson = false;
  let pastReport = false;
  let comparativeAt = -1;
  let contrast = false;
  let criteria = false;
  let before = 0; // bits of the previous token, this one and the next
  let bits = 0;
  let after = bitsOf(tokens[0]);
  for (let i = 0; i < tokens.length; i++) {
    before = bits;
    bits = after;
    after = bitsOf(tokens[i + 1]);
    const lower = tokens[i].lower;
    if (bits === 0 && lower !== 'going' && lower !== 'able' && !lower.endsWith('ed') && !lower.endsWith('er')) continue;
    // The subject also ends at an auxiliary after the clause start, if one comes first.
    if ((bits & W_AUXILIARY) !== 0 && i > clauseStart && (verbIndex < 0 || i < verbIndex)) verbIndex = i;
    if (futureAt < 0 && (bits & W_FUTURE) !== 0) futureAt = i;
    if (futureAt < 0 && lower === 'going' && tokens[i + 1]?.lower === 'to' && (before & W_BE) !== 0) futureAt = i;
    if (abilityAt < 0 && ((bits & W_ABILITY) !== 0 || (lower === 'able' && tokens[i + 1]?.lower === 'to'))) abilityAt = i;
    if ((bits & W_NEGATION) !== 0) { negated = true; deniedAtEnd = true; }
    // What follows "but" is asserted whatever came before: "will not be realised immediately,
    // but digital could make a real impact", "not to replace radiologists but to ...".
    else if (lower === 'but') deniedAtEnd = false;
    if ((bits & W_CONDITIONAL) !== 0) conditional = true;
    if ((bits & W_FIRST_PERSON) !== 0) firstPerson = true;
    if (comparativeAt < 0 && ((bits & W_COMPARATIVE) !== 0 || isComparativeOfPositive(tokens[i])) && names?.[i] !== 1 &&
      comparesAGood(i, tokens, byKind)) comparativeAt = i;
    if (((bits & W_PAST_IRREGULAR) !== 0 && !NOT_PAST_AFTER.has(tokens[i - 1]?.lower ?? '')) || ((lower.endsWith('ed') || lower === 'been' || (bits & W_PAST_AFTER_AUXILIARY) !== 0) && i > 0 && (before & W_PAST_AUX) !== 0)) pastReport = true;
    if ((bits & W_CONTRAST) !== 0) contrast = true;
    if ((bits & W_CRITERIA_LEAD) !== 0 && (after & W_CRITERIA_FOLLOWER) !== 0) criteria = true;
  }
  if (verbIndex < 0) verbIndex = clauseStart;

  let subject: ClaimProfile['subject'] = { kind: 'other' };
  for (const [kind, subjectKind] of SUBJECT_ORDER) {
    const m = firstStartingIn(byKind.get(kind), clauseStart, verbIndex);
    if (m) { subject = { kind: subjectKind, match: m }; break; }
  }
  let predicate: ClaimProfile['predicate'] = { kind: 'other' };
  let bestStart = Infinity;
  for (const [kind, predicateKind] of PREDICATE_KINDS) {
    const m = firstStartingIn(byKind.get(kind), verbIndex, Infinity);
    if (m && m.startToken < bestStart) { bestStart = m.startToken; predicate = { kind: predicateKind, match: m }; }
  }
  const trimmed = text.trimStart();
  const clause = clauseShape(tokens);
  const valence = valences(tokens, names);
  const citation = hasCitation(text);
  const hype = hypeSaidOfBenefits(byKind.get('hype'), byKind, tokens);
  const boosters = byKind.get('booster');
  const critique = byKind.has('critique');
  // "Residents expect seamless contact" is what others expect; "we expect medication errors to
  // fall" and "we want to be world-leading" are the writer's own forecast and aim.
  const expectation = (byKind.get('expectation') ?? []).some((m) => !writerBefore(tokens, m.startToken));
  const measure = findMeasures(tokens);
  const question = trimmed.endsWith('?');
  const hedges = matchesOf(byKind, 'hedge');
  // A record claim stands only unqualified: a figure settles it, a hedge or a condition softens
  // it, and a denial, a question or a critique doubts it.
  const record = measure.quantity || measure.percent || hedges.length > 0 || critique || negated || conditional || question
    ? undefined : findRecordClaim(tokens);

  return {
    text,
    tokens,
    matches,
    byKind,
    subject,
    predicate,
    verbIndex,
    outcomes: matchesOf(byKind, 'outcome'),
    clause,
    measure,
    certainty: {
      futureAt,
      abilityAt,
      hedges,
      boosters: boosters ? boosters.filter((m) => tokens[m.startToken].lower !== 'will') : [],
      intensifiers: matchesOf(byKind, 'intensifier'),
      sizedChanges: sizingAChange(byKind, tokens),
      // Hype in a critique ("announced as transformational, yet ...") or in what others expect
      // ("residents expect seamless contact") is not the writer's claim.
      hypeStrong: hype && !(critique || expectation) ? hype.filter((m) => m.entry.strength === 'strong') : [],
      hypeWeak: hype ? hype.filter((m) => m.entry.strength !== 'strong') : [],
      absolutes: matchesOf(byKind, 'absolute'),
      record,
    },
    evidence: { citation, cues: matchesOf(byKind, 'evidence') },
    benefitShapes: {
      delivered: findDeliveredBenefit(tokens, byKind.get('delivery-verb') ?? [], byKind.get('benefit') ?? [],
        (i) => ((bitsOf(tokens[i]) & W_COMPARATIVE) !== 0 || isComparativeOfPositive(tokens[i])) && names?.[i] !== 1 && comparesAGood(i, tokens, byKind)),
      helped: findHelpedAction(tokens),
      reported: findReportedBenefit(tokens, byKind, comparativeAt) ??
        findVerdict(tokens, clause, byKind) ??
        findAchievedBenefit(tokens, byKind.get('benefit') ?? []),
      lifted: findLiftedBurden(tokens),
    },
    positiveValence: valence.positive,
    negativeValence: valence.negative,
    context: {
      problem: byKind.has('problem'),
      critique,
      expectation,
      negated,
      deniedAtEnd,
      question,
      openQuestionAt: openQuestionAt(tokens),
      conditional,
      pastReport,
      firstPerson,
      quoted: QUOTES.has(trimmed[0] ?? ''),
      comparative: comparativeAt >= 0,
      comparativeAt,
      list: text.includes(':') || text.includes(';'),
      contrast,
      criteria,
      scope: describesOnlyScope(tokens, scopeAt),
    },
  };
}
