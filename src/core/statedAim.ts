// Stated aims: "Our mission: joined-up, customer-led digital innovation that puts power in
// communities' hands", "Resilience, efficiency and innovation are the goals of the strategy".
// The labelling guide's borderline rules count aims in mission statements as unmeasured: a
// benefit aimed at with nothing to check it by. The nouns that name an aim are a closed class of
// the genre, kept here like the words of openQuestion.ts.
import { isComparativeOfPositive, isPositiveWord } from './valence';
import type { Token } from './words';

const AIM_NOUNS = new Set([
  'aim', 'aims', 'ambition', 'ambitions', 'mission', 'vision', 'goal', 'goals', 'objective', 'objectives', 'purpose',
]);

/**
 * Does the sentence name an aim ("our ambition is", "the goals of") and say it in positive words
 * or their comparatives besides the aim noun itself ("vision" and "purpose" are rated positive)? A heading such as "Our
 * vision" names an aim but states none.
 */
export function statesAnAim(tokens: readonly Token[]): boolean {
  // Most sentences name no aim: look for one before rating any words.
  let aim = false;
  for (const t of tokens) if (AIM_NOUNS.has(t.lower)) { aim = true; break; }
  if (!aim) return false;
  // "a healthier, happier borough": a comparative of a positive word says it too.
  for (const t of tokens) if (!AIM_NOUNS.has(t.lower) && (isPositiveWord(t.lower) || isComparativeOfPositive(t))) return true;
  return false;
}
