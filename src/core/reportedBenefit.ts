// A benefit reported from evidence, with no figure: "pilots show promising gains", "studies
// consistently show reductions in readmissions", "early evaluations suggest the app improves
// access". The guide: "reported or anecdotal benefits with no figure are still unmeasured". The
// weighted score read these as evidence, which mostly goes with a measured claim, and let them
// pass; the evidence only says where the claim comes from, not by how much anything changed.
//
// The shape is grammar, not a phrase list: a noun of evidence as the subject (at most three
// words before the verb: "Studies consistently show", "Early findings suggest"), a verb of
// showing, and a good named after it in the same clause.
import { BE, type ClauseShape } from './clause';
import type { LexiconKind, LexiconMatch } from './lexicon';
import type { Token } from './words';

const EVIDENCE_NOUNS = new Set([
  'pilot', 'pilots', 'study', 'studies', 'trial', 'trials', 'evaluation', 'evaluations', 'research', 'evidence',
  'findings', 'results', 'data', 'survey', 'surveys', 'review', 'reviews', 'analysis', 'analyses', 'feedback',
]);
const SHOWING_VERBS = new Set([
  'show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'demonstrate', 'demonstrates', 'demonstrated',
  'indicate', 'indicates', 'indicated', 'find', 'finds', 'found', 'confirm', 'confirms', 'confirmed', 'reveal',
  'reveals', 'revealed', 'point', 'points', 'pointed',
]);
// Nouns of a change for the better that the lexicon holds as verbs ("reduce"): "show reductions".
const CHANGE_NOUNS = new Set(['reduction', 'reductions', 'decrease', 'decreases', 'improvements']);
/** The kinds of match that name a good: "gains", "improves access", "cut waiting times". */
const GOOD_KINDS: readonly LexiconKind[] = ['benefit', 'effect-verb', 'strong-effect-verb'];
/** How many words may stand between the evidence noun and the verb: "Studies [consistently] show". */
const SUBJECT_REACH = 3;
const CLAUSE_ENDS = new Set([';', ':', '.', '–', '—']);

/**
 * Where the report starts (`verb`) and the first word of the good; `end` (exclusive) when the
 * finder knows where the report ends ("progress has been made").
 */
export interface ReportedBenefit { verb: number; good: number; end?: number }

/**
 * The verb of showing and the first word of the good it reports, or undefined. `comparativeAt`
 * is the profile's comparative of a good ("better", "faster"), or -1.
 */
export function findReportedBenefit(
  tokens: readonly Token[],
  byKind: ReadonlyMap<LexiconKind, readonly LexiconMatch[]>,
  comparativeAt: number,
): ReportedBenefit | undefined {
  for (let v = 1; v < tokens.length; v++) {
    if (!SHOWING_VERBS.has(tokens[v].lower) || !evidenceBefore(tokens, v)) continue;
    let end = v + 1;
    while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end].text)) end++;
    let good = -1;
    for (const kind of GOOD_KINDS) {
      for (const m of byKind.get(kind) ?? []) {
        if (m.startToken > v && m.startToken < end && (good < 0 || m.startToken < good)) good = m.startToken;
      }
    }
    if (comparativeAt > v && comparativeAt < end && (good < 0 || comparativeAt < good)) good = comparativeAt;
    for (let i = v + 1; i < end && (good < 0 || i < good); i++) if (CHANGE_NOUNS.has(tokens[i].lower)) { good = i; break; }
    if (good >= 0) return { verb: v, good };
  }
  return undefined;
}

/** Is there an evidence noun ending the words just before the verb ("Early pilots suggest")? */
function evidenceBefore(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= Math.max(0, verb - 1 - SUBJECT_REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (EVIDENCE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

// The verdict words of an anecdotal benefit: "The scheme has been a great success", "Feedback
// from staff has been overwhelmingly positive", "The new approach is working". A closed class: a
// good said of a programme as a whole, with nothing to check it by.
const VERDICTS = new Set(['success', 'successful', 'effective', 'positive', 'worthwhile', 'valuable', 'beneficial', 'working', 'triumph']);
/** How far past the verb the verdict may come: "has been [a great] success". */
const VERDICT_REACH = 3;

/** Whose verdict counts: a programme or a tool as the subject. */
const JUDGED_KINDS: readonly LexiconKind[] = ['programme', 'technology'];

/**
 * A verdict on a programme, tool or piece of evidence (the main clause's subject holds one, or an
 * evidence noun): "be" and a verdict word.
 */
export function findVerdict(
  tokens: readonly Token[],
  clause: ClauseShape,
  byKind: ReadonlyMap<LexiconKind, readonly LexiconMatch[]>,
): ReportedBenefit | undefined {
  const { start, groupStart, verbAt } = clause;
  if (verbAt < 0 || groupStart <= start) return undefined;
  let be = -1;
  for (let i = groupStart; i <= verbAt; i++) if (BE.has(tokens[i].lower)) be = i;
  if (be < 0) return undefined;
  let aboutAProgramme = JUDGED_KINDS.some((kind) => (byKind.get(kind) ?? []).some((m) => m.startToken >= start && m.startToken < groupStart));
  for (let i = start; i < groupStart && !aboutAProgramme; i++) if (EVIDENCE_NOUNS.has(tokens[i].lower)) aboutAProgramme = true;
  if (!aboutAProgramme) return undefined;
  for (let i = be + 1; i <= Math.min(verbAt + VERDICT_REACH, tokens.length - 1); i++) {
    if (tokens[i].type !== 'word') break;
    if (!VERDICTS.has(tokens[i].lower)) continue;
    // "is working" ends its clause, or says "well": "is working with partners" is an activity.
    const next = tokens[i + 1];
    if (tokens[i].lower === 'working' && next !== undefined && next.type === 'word' && next.lower !== 'well') return undefined;
    // The span: "a great success", "overwhelmingly positive"; "is working" keeps its verb.
    return { verb: i === be + 1 ? be : be + 1, good: i };
  }
  return undefined;
}

// "great progress has been made", "real improvements have been achieved": a benefit reported as
// done, with nothing to check it by.
const ACHIEVED = new Set(['made', 'achieved', 'delivered', 'seen', 'realised', 'realized', 'secured']);

/** A benefit noun (`benefits`) followed by "has been" or "have been" and a verb of achieving. */
export function findAchievedBenefit(tokens: readonly Token[], benefits: readonly LexiconMatch[]): ReportedBenefit | undefined {
  for (const b of benefits) {
    const at = b.endToken;
    const have = tokens[at]?.lower;
    if ((have === 'has' || have === 'have') && tokens[at + 1]?.lower === 'been' && ACHIEVED.has(tokens[at + 2]?.lower ?? '')) {
      return { verb: b.startToken, good: b.startToken, end: at + 3 };
    }
  }
  return undefined;
}

