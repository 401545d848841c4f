// Where lexicon matches start relative to a token index: the two questions the features and the
// shape readers ask of a sentence's matches.
import type { LexiconMatch } from './lexicon';

/** Is there a match starting within `window` tokens after token index `at`? */
export function startsNear(matches: readonly LexiconMatch[], at: number, window: number): boolean {
  for (const m of matches) if (m.startToken > at && m.startToken <= at + window) return true;
  return false;
}

/** Is there a match starting in [from, to)? */
export function startsIn(matches: readonly LexiconMatch[], from: number, to: number): boolean {
  for (const m of matches) if (m.startToken >= from && m.startToken < to) return true;
  return false;
}
