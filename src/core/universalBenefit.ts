// A benefit claimed for every case: "Every transaction saves time", "All our services will cut
// waiting times". The guide lists "absolute claims attached to a benefit or aim ('every
// transaction saves time')" among its optimistic triggers: no programme delivers a good in every
// case, and the sentence claims it does. promiseToEveryone covers absolutes over people ("no one
// will be left behind"); this covers "every" and "all" heading the subject of an effect verb.
//
// "every" and "all" mostly count ("every trust will have a chief clinical information officer",
// "all departments will publish plans"): only with an effect verb as the main verb ("saves",
// "will cut") is a good claimed for each of them.
import type { ClauseShape } from './clause';
import type { LexiconMatch } from './lexicon';

const QUANTIFIERS = new Set(['every', 'all', 'each and every', 'every single']);

/**
 * Does an absolute quantifier open the main clause's subject, whose main verb is an effect verb
 * acting on a good (`goods`: outcome and benefit matches)?
 */
export function claimsForEveryCase(
  clause: ClauseShape,
  absolutes: readonly LexiconMatch[],
  effects: readonly LexiconMatch[],
  goods: readonly LexiconMatch[],
): boolean {
  const { start, groupStart, verbAt, end } = clause;
  if (verbAt < 0 || clause.imperative) return false;
  const opensSubject = absolutes.some((a) => QUANTIFIERS.has(a.entry.term) && a.startToken >= start && a.startToken <= start + 1 && a.startToken < groupStart);
  const effect = effects.find((m) => m.startToken <= verbAt && m.endToken > verbAt);
  // The good the verb acts on, in its own clause: "saves time", "will cut waiting times"; not
  // "will ensure that they have the right levels of digital capability" (an undertaking).
  return opensSubject && effect !== undefined && goods.some((g) => g.startToken >= effect.startToken && g.startToken < end);
}
