// Names and titles: "A Healthier Wales", "the Digital Transformation Board", "The Shift the NHS
// Must Make to Deliver Better Patient Outcomes". The labelling guide counts names, labels and
// slogans as claiming nothing, so the claim words written as part of one are not read as claims.
import type { LexiconMatch } from './lexicon';
import type { LexiconKind } from './lexicon/types';
import { startsUpper, type Token } from './words';

/**
 * The kinds of word that make a claim, and the verbs ("Shared" in "the Shared Learning Group" is
 * no verb); tools and programmes keep their names ("NHS App").
 */
const CLAIM_KINDS = new Set<LexiconKind>([
  'benefit', 'outcome', 'effect-verb', 'strong-effect-verb', 'hype', 'absolute', 'intensifier',
  'capability-verb', 'deployment-verb', 'governance-verb', 'aspiration-verb', 'delivery-verb', 'tool-feature',
]);

/** Small words a title keeps in lower case: "Health and Care", "Plan for Change". */
const TITLE_JOINERS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', '&', 'with', 'by']);

/** "Healthier", "NHS": a word written with a capital first letter. */
function capitalised(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && startsUpper(t.text);
}

/** "Healthier" but not "TRANSFORM": title case, not a word shouted in capitals. */
function titleCased(t: Token): boolean {
  return capitalised(t) && (t.text.length === 1 || t.text.slice(1) !== t.text.slice(1).toUpperCase());
}

/**
 * Which tokens are title-cased words of a name or title: runs of capitalised words (joined by
 * small words such as "and", "of") holding at least two capitalised words besides the sentence's
 * first, which is capitalised anyway. So "Better outcomes will follow" has no name and "Better
 * Patient Outcomes" is one. Undefined when the sentence has none (most sentences).
 */
export function titleCaseNames(tokens: readonly Token[]): Uint8Array | undefined {
  let mask: Uint8Array | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i])) { i++; continue; }
    let end = i + 1;
    let capitals = i > 0 ? 1 : 0;
    for (;;) {
      if (capitalised(tokens[end])) { capitals++; end++; }
      else if (TITLE_JOINERS.has(tokens[end]?.lower) && capitalised(tokens[end + 1])) end++;
      else break;
    }
    if (capitals >= 2) {
      mask ??= new Uint8Array(tokens.length);
      for (let j = i; j < end; j++) if (titleCased(tokens[j])) mask[j] = 1;
    }
    i = end;
  }
  return mask;
}

/** Is a claim word written wholly inside a name ("Better" in "A Better Care Fund")? */
export function inName(m: LexiconMatch, names: Uint8Array | undefined, tokens: readonly Token[]): boolean {
  if (names === undefined || !CLAIM_KINDS.has(m.kind)) return false;
  for (let i = m.startToken; i < m.endToken; i++) if (tokens[i].type === 'word' && names[i] !== 1) return false;
  return true;
}
