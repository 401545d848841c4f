// Stated aims: "Our mission: joined-up, customer-led digital innovation that puts power in
// communities' hands", "Resilience, efficiency and innovation are the goals of the strategy".
// The labelling guide's borderline rules count aims in mission statements as unmeasured: a
// benefit aimed at with nothing to check it by. The nouns that name an aim are a closed class of
// the genre, kept here like the words of openQuestion.ts.
import type { Token } from './words';

const AIM_NOUNS = new Set([
  'aim', 'aims', 'ambition', 'ambitions', 'mission', 'vision', 'goal', 'goals', 'objective', 'objectives', 'purpose',
]);

/** Does the sentence name an aim ("our ambition is", "the goals of")? */
export function namesAnAim(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (AIM_NOUNS.has(t.lower)) return true;
  return false;
}
