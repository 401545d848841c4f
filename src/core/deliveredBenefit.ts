// A benefit that a verb of delivering produces: "could make a real difference", "will bring value
// to the whole ecosystem", "deliver benefits", "realise benefits". The verb alone claims nothing
// ("provide a booking service") and the benefit noun alone is often a topic ("the quality of
// data"); together they claim the good. 10 dev sentences have one with no figure, denial or
// problem word, all 10 labelled unmeasured.
import type { LexiconMatch } from './lexicon';
import type { Token } from './words';

/** How far before the benefit noun the verb may start: "make [a real] difference". */
const WINDOW = 4;

// Words that end the verb's object: past one of them the benefit word belongs to another phrase
// ("offer them ways to access services", "delivering assistance to people accessing services").
const OBJECT_ENDS = new Set(['to', 'for', 'of', 'by', 'in', 'on', 'with', 'from', 'at', 'and', 'or', 'that', 'which']);

/** Is the stretch between the verb and the benefit one noun phrase's opening ("a real", "the")? */
function sameObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].type !== 'word' || OBJECT_ENDS.has(tokens[i].lower)) return false;
  return true;
}

export interface DeliveredBenefit { verb: LexiconMatch; benefit: LexiconMatch }

/** The first delivery verb and the benefit it produces, if any. */
export function findDeliveredBenefit(
  tokens: readonly Token[],
  deliveryVerbs: readonly LexiconMatch[],
  benefits: readonly LexiconMatch[],
): DeliveredBenefit | undefined {
  if (deliveryVerbs.length === 0) return undefined;
  for (const benefit of benefits) {
    for (const verb of deliveryVerbs) {
      if (verb.endToken <= benefit.startToken && verb.startToken >= benefit.startToken - WINDOW && sameObject(tokens, verb.endToken, benefit.startToken)) {
        return { verb, benefit };
      }
    }
  }
  return undefined;
}
