// A constraint or an honest admission as the main clause's point: "Building world-class digital
// services will take time", "delivering these aims does not guarantee improved outcomes",
// "Routine care does not yet make use of electronic records". The guide counts constraints,
// risks and honest admissions as none, and its hard negative "realising its benefits will take
// longer" says the same of a benefit word inside one: the sentence says what will not happen, or
// not soon, so a hype or benefit word in its subject ("world-class", "improved outcomes") is
// not claimed.
//
// Read from the main clause's shape (clause.ts), not from the whole sentence: a denial in a
// subordinate clause ("services that never switch off") or after "but" ("will not be realised
// immediately, but digital could make a real impact") leaves the claim standing.
import { BE, type ClauseShape } from './clause';
import type { LexiconMatch } from './lexicon';
import type { Token } from './words';

const DENIALS = new Set([
  'not', "n't", 'never', 'cannot', "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't",
  "didn't", "hasn't", "haven't", "hadn't", "wouldn't", "shouldn't", "couldn't",
]);
// "be" and the verbs that say a state lasts: "remains out of date".
const REMAIN = new Set(['remain', 'remains', 'remained']);
/** How far past the verb a problem word may start and still be its complement: "is [still] a struggle". */
const COMPLEMENT_REACH = 3;

// After a denial, these say that a burden is lifted or that more is claimed: "will never have to
// repeat their story", "no longer need to travel", "not only faster but safer".
const BURDEN_VERBS = new Set(['have', 'has', 'need', 'needs', 'only']);

/** "will not have to", "won't need to", "not only": the denial lifts a burden or adds a claim. */
function deniesABurden(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i <= at + 2 && i < tokens.length; i++) if (BURDEN_VERBS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Does the main clause deny its verb, or say that its subject is a problem ("will take time",
 * "is close to breaking point")? `deniedAtEnd` is the profile's: a denial with no "but" after it.
 */
export function statesAConstraint(
  tokens: readonly Token[],
  clause: ClauseShape,
  problems: readonly LexiconMatch[],
  deniedAtEnd: boolean,
): boolean {
  const { groupStart, verbAt } = clause;
  if (verbAt < 0 || clause.imperative) return false;
  if (deniedAtEnd) {
    // "does not guarantee", "will not be realised", "is not possible": the denial is in the verb group.
    for (let i = groupStart; i <= Math.min(verbAt + 1, tokens.length - 1); i++) {
      if (DENIALS.has(tokens[i].lower) && !deniesABurden(tokens, i)) return true;
    }
  }
  // "will take time" (the problem is the verb), "is a struggle", "are out of date" (the problem is
  // what the subject is).
  const copula = BE.has(tokens[verbAt].lower) || REMAIN.has(tokens[verbAt].lower);
  return problems.some((m) => m.startToken === verbAt || (copula && m.startToken > verbAt && m.startToken <= verbAt + COMPLEMENT_REACH));
}
