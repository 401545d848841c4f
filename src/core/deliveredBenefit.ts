// A benefit that a verb of delivering produces: "could make a real difference", "will bring value
// to the whole ecosystem", "deliver benefits", "realise benefits". The verb alone claims nothing
// ("provide a booking service") and the benefit noun alone is often a topic ("the quality of
// data"); together they claim the good. 10 dev sentences have one with no figure, denial or
// problem word, all 10 labelled unmeasured.
import { NEUTRAL_COMPARATIVES } from './comparatives';
import type { LexiconMatch } from './lexicon';
import type { Token } from './words';

/** How far before the benefit noun the verb may start: "make [a real] difference". */
const WINDOW = 4;

// Words that end the verb's object: past one of them the benefit word belongs to another phrase
// ("offer them ways to access services", "delivering assistance to people accessing services").
const OBJECT_ENDS = new Set(['to', 'for', 'of', 'by', 'in', 'on', 'with', 'from', 'at', 'and', 'or', 'that', 'which']);

// Words that make the good a harm or nothing: "a negative impact", "made little difference".
const NOT_A_GOOD = new Set(['negative', 'adverse', 'detrimental', 'harmful', 'damaging', 'little', 'limited', 'minimal', 'no', 'any']);

// Nouns that name what enables a good: past "a framework for", "the foundations for", "the
// conditions for", the good is still what the verb delivers ("provide a framework for continuing
// improvements").
const ENABLERS = new Set(['framework', 'foundation', 'foundations', 'basis', 'platform', 'conditions', 'springboard', 'groundwork']);

/**
 * Is the stretch between the verb and the benefit one noun phrase's opening ("a real", "the"),
 * at most WINDOW words, or three more past an enabler ("a framework for continuing")?
 */
function sameObject(tokens: readonly Token[], verbStart: number, from: number, to: number): boolean {
  let reach = WINDOW;
  for (let i = from; i < to; i++) {
    if (tokens[i].type !== 'word' || NOT_A_GOOD.has(tokens[i].lower)) return false;
    if (tokens[i].lower === 'for' && i > from && ENABLERS.has(tokens[i - 1].lower)) reach = WINDOW + 3;
    else if (OBJECT_ENDS.has(tokens[i].lower)) return false;
  }
  return to - verbStart <= reach;
}

// "will have a real impact", "has had a big impact": "have" claims a good only with these nouns
// (the guide's "a real impact during this Parliament"); elsewhere it is possession ("have access to
// their records", "have a chief clinical information officer").
const HAD_GOODS = new Set(['impact', 'impacts', 'difference']);
const HAVE = new Set(['have', 'has', 'had', 'having']);

/** "have" (or "has", "had", "having") opening the benefit's noun phrase: "will have a real impact". */
function haveBefore(tokens: readonly Token[], benefit: LexiconMatch): number {
  if (!HAD_GOODS.has(tokens[benefit.endToken - 1]?.lower ?? '')) return -1;
  for (let i = benefit.startToken - 1; i >= Math.max(0, benefit.startToken - WINDOW); i--) {
    const lower = tokens[i].lower;
    if (HAVE.has(lower)) return sameObject(tokens, i, i + 1, benefit.startToken) ? i : -1;
  }
  return -1;
}

// "make our services faster", "making it easier to apply", "will find it easier to manage": a
// verb that puts its object into a better state claims the good as a verb of delivering does;
// so does "mean" with a consequence ("will mean fewer wasted appointments").
const MAKE_FORMS = new Set(['make', 'makes', 'making', 'made', 'mean', 'means', 'meant']);
const FIND_FORMS = new Set(['find', 'finds', 'finding']);

// After "more", words of need, not of a better state: "made it more important than ever to
// communicate" says something became necessary, not better.
const NEEDS = new Set(['important', 'necessary', 'essential', 'vital', 'crucial', 'urgent', 'pressing', 'critical', 'likely', 'possible']);

/**
 * A "make" (or "find it") and the comparative of a good that describes its object, at most
 * WINDOW words on ("make [our services] faster"), as [verb, last word of the good]; `isGood` says whether
 * the word at an index is a comparative of a good (profile.ts).
 */
function madeBetter(tokens: readonly Token[], isGood: (i: number) => boolean): [number, number] | undefined {
  for (let v = 0; v < tokens.length; v++) {
    const lower = tokens[v].lower;
    if (!MAKE_FORMS.has(lower) && !(FIND_FORMS.has(lower) && tokens[v + 1]?.lower === 'it')) continue;
    for (let j = v + 1; j <= v + 1 + WINDOW && j < tokens.length; j++) {
      const word = tokens[j].lower;
      if (tokens[j].type !== 'word' || OBJECT_ENDS.has(word) || NOT_A_GOOD.has(word)) break;
      if (isGood(j)) {
        if (NEEDS.has(tokens[j + 1]?.lower ?? '')) break;
        // "made more promptly", "mean fewer wasted appointments": what "more" or "fewer" grades
        // belongs to the good.
        let end = j;
        if (NEUTRAL_COMPARATIVES.has(word)) {
          while (end + 1 < tokens.length && end < j + 3 && tokens[end + 1].type === 'word' && !OBJECT_ENDS.has(tokens[end + 1].lower)) end++;
        }
        return [v, end];
      }
    }
  }
  return undefined;
}

/** Where the verb starts and where the good it produces ends (token indices, the end exclusive). */
export interface DeliveredBenefit { verbStart: number; end: number }

/**
 * The first delivery verb (or "have" before an impact) and the benefit it produces, or else a
 * "make" and the comparative of a good after it (`isGood`: is the word at an index one?), if any.
 */
export function findDeliveredBenefit(
  tokens: readonly Token[],
  deliveryVerbs: readonly LexiconMatch[],
  benefits: readonly LexiconMatch[],
  isGood: (i: number) => boolean = () => false,
): DeliveredBenefit | undefined {
  for (const benefit of benefits) {
    for (const verb of deliveryVerbs) {
      if (verb.endToken <= benefit.startToken && sameObject(tokens, verb.startToken, verb.endToken, benefit.startToken)) {
        return { verbStart: verb.startToken, end: benefit.endToken };
      }
    }
    const have = haveBefore(tokens, benefit);
    if (have >= 0) return { verbStart: have, end: benefit.endToken };
  }
  const made = madeBetter(tokens, isGood);
  return made ? { verbStart: made[0], end: made[1] + 1 } : undefined;
}
