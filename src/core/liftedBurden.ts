// A burden lifted: "residents no longer have to repeat their details", "patients shouldn't need to
// keep repeating their health history", "you will never have to queue again". A denial of a
// necessity claims a good for someone as plainly as "help" does (helpedAction.ts), but it reads
// as a denial, which silences the weighted score; so it is found by its shape.
import type { Token } from './words';

// Denials of a change or of what should be ("no longer", "never", "won't", "shouldn't"), not a
// plain present "do not" ("Staff do not need to attend the meeting" states an arrangement).
const DENIALS = new Set(['not', 'never', 'longer', "won't", "shouldn't", "wouldn't"]);
const MODALS_BEFORE_NOT = new Set(['will', 'should', 'would', "'ll"]);
const NECESSITY = new Set(['have', 'has', 'need', 'needs']);

/** Token indices of the denial and of the verb whose necessity it lifts, end exclusive. */
export interface LiftedBurden { start: number; end: number }

/**
 * A denial ("no longer", "never", "won't", "will not", "shouldn't") up to two words before "have
 * to" or "need to" and a verb: the span from the denial to that verb ("no longer" counts from
 * "no"), or undefined.
 */
export function findLiftedBurden(tokens: readonly Token[]): LiftedBurden | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (!DENIALS.has(lower)) continue;
    if (lower === 'longer' && tokens[i - 1]?.lower !== 'no') continue;
    if (lower === 'not' && !MODALS_BEFORE_NOT.has(tokens[i - 1]?.lower ?? '')) continue;
    for (let j = i + 1; j <= i + 2 && j + 2 < tokens.length; j++) {
      // "will no longer have to be signed" lifts nothing from anyone named.
      if (!NECESSITY.has(tokens[j].lower) || tokens[j + 1].lower !== 'to' || tokens[j + 2].type !== 'word' || tokens[j + 2].lower === 'be') continue;
      // "keep repeating": the verb the burden is in may follow "keep".
      const verb = tokens[j + 2].lower === 'keep' && tokens[j + 3]?.type === 'word' ? j + 3 : j + 2;
      return { start: lower === 'longer' ? i - 1 : i, end: verb + 1 };
    }
  }
  return undefined;
}
