// Comparatives: "better", "faster", "fewer missed appointments". A comparative of a good is a
// benefit claim without a number; a comparative of an amount ("fewer services") is not.
import type { LexiconMatch } from './lexicon';
import type { LexiconKind } from './lexicon/types';
import { isNegativeWord, isPositiveWord } from './valence';
import type { Token } from './words';

/** Comparative benefit words ("better", "faster", "fewer"): the profile's `comparative`. */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  'better', 'faster', 'quicker', 'easier', 'safer', 'cheaper', 'more', 'fewer', 'less', 'lower', 'higher',
  'greater', 'improved', 'shorter', 'earlier', 'smarter', 'stronger', 'simpler', 'best', 'sooner', 'smoother',
  'leaner', 'greener',
]);
/** Comparatives that only size or count ("fewer services", "less support", "lower levels"). */
export const NEUTRAL_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'lower', 'higher', 'greater', 'bigger']);
/** Comparatives of less, which compare a good when what they lessen is a harm. */
export const LESSENING: ReadonlySet<string> = new Set(['fewer', 'less', 'lower']);
/** Manners AFINN does not rate that compare a shortfall, not a gain ("more slowly than planned"). */
const SLOWER_MANNERS = new Set(['slowly', 'rarely', 'unevenly', 'patchily']);

/**
 * Does the comparative at `i` compare something good: an evaluative one ("better", "faster",
 * "safer"), or a neutral one sizing an outcome, a benefit, people or a positive word within three
 * words ("fewer missed appointments", "more patients seen", "more efficient"), or a manner ("more
 * quickly")? "responsible for fewer services" and "need less support" compare amounts, not
 * benefits.
 */
export function comparesAGood(i: number, tokens: Token[], byKind: Map<LexiconKind, LexiconMatch[]>): boolean {
  if (!NEUTRAL_COMPARATIVES.has(tokens[i].lower)) return true;
  // "more quickly", "more smartly": a manner compared is a way of working said to improve; "more
  // slowly than anticipated" and "more poorly" admit a delay or a fault.
  const next = tokens[i + 1]?.lower;
  if (next?.endsWith('ly')) return !SLOWER_MANNERS.has(next) && !isNegativeWord(next);
  for (const kind of ['outcome', 'benefit', 'people'] as const) {
    for (const m of byKind.get(kind) ?? []) if (m.startToken > i && m.startToken <= i + 3) return true;
  }
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (isPositiveWord(tokens[j].lower)) return true;
  // Less of a harm is a good: "fewer wasted appointments", "less paperwork", "lower costs".
  if (LESSENING.has(tokens[i].lower)) {
    for (const m of byKind.get('problem') ?? []) if (m.startToken > i && m.startToken <= i + 3) return true;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (isNegativeWord(tokens[j].lower)) return true;
  }
  return false;
}
