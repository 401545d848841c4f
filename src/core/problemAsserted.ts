// Whether a problem word in a sentence is asserted as a problem. Several rules that flag a claim
// on their own stand only with no problem in the sentence ("the backlog has grown" is a problem
// statement, not a benefit). A problem denied ("nobody is excluded"), lessened ("fewer wasted
// appointments") or acted on by a verb of change ("reducing waste", "help relieve winter
// pressures") is the claimed good itself.
import { LESSENING } from './comparatives';
import type { LexiconKind, LexiconMatch } from './lexicon';
import type { Token } from './words';

// Words that deny the problem after them: "not excluded", "nobody's excluded", "no one left out".
const PROBLEM_DENIALS = new Set(['not', "n't", 'never', 'no', 'nobody', "nobody's", 'none']);

/** How far before a problem word a denial or a verb of change acting on it may end. */
const PROBLEM_REACH = 3;

/** Is some problem word neither denied, lessened nor acted on by a verb of change? */
export function problemAsserted(tokens: readonly Token[], byKind: ReadonlyMap<LexiconKind, readonly LexiconMatch[]>): boolean {
  const problems = byKind.get('problem');
  if (!problems) return false;
  const effects = byKind.get('effect-verb') ?? [];
  const strong = byKind.get('strong-effect-verb') ?? [];
  // After the verb ("reducing waste") or inside its phrase ("close the attainment gap").
  const actsOn = (e: LexiconMatch, m: LexiconMatch) => e.startToken < m.startToken && e.endToken >= m.startToken - PROBLEM_REACH;
  for (const m of problems) {
    let denied = false;
    for (let i = Math.max(0, m.startToken - PROBLEM_REACH); i < m.startToken; i++) {
      if (PROBLEM_DENIALS.has(tokens[i].lower) || LESSENING.has(tokens[i].lower)) denied = true;
    }
    const actedOn = effects.some((e) => actsOn(e, m)) || strong.some((e) => actsOn(e, m));
    if (!denied && !actedOn) return true;
  }
  return false;
}
