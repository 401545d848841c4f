// Whether the main clause's action is administrative: a document or a body is adopted,
// published, refreshed or set up ("In 2018 Council adopted a Digital Strategy", "is setting up a
// digital advisory panel", "The ICS's digital strategy is due to be refreshed"). The guide
// excludes governance and administrative actions from feature talk ("appoint a CIO, publish
// guidance, set up a board"): a strategy called digital is not a tool being rolled out, whereas
// "we released the Matrix" or "the new NHS App will be rolled out" still are.
import type { LexiconMatch } from './lexicon';
import type { ClaimProfile } from './profile';
import { startsUpper } from './words';

// Words that end the noun phrase an action acts on: "a Digital Strategy that aims to ...",
// "digital expertise at board level"; not inside a named document or body ("terms of reference").
const PHRASE_ENDS = new Set([
  'that', 'which', 'who', 'whose', 'where', 'when', 'to', 'and', 'or', 'but', 'at', 'in', 'on', 'for', 'by', 'with',
  'from', 'across', 'within', 'as', 'into', 'over', 'under', 'through', 'of',
]);
// Marks a noun phrase may hold: a possessive's apostrophe, a hyphen, quotation marks.
const INNER_MARKS = new Set(["'", '’', '-', '“', '”', '"']);

/** The last word of the noun phrase starting at `from`, or -1: its head. */
function headOf(p: ClaimProfile, from: number, to: number): number {
  let head = -1;
  for (let i = from; i < to; i++) {
    const t = p.tokens[i];
    if (t.type !== 'word') {
      if (INNER_MARKS.has(t.text)) continue;
      break;
    }
    // "and" inside a name ("a new Informatics and Digital Services division") joins its words.
    const inName = t.lower === 'and' && i > from && i + 1 < to && startsUpper(p.tokens[i - 1].text) && startsUpper(p.tokens[i + 1].text);
    if (PHRASE_ENDS.has(t.lower) && !inName && !covers(p.byKind.get('governance-object'), i)) break;
    head = i;
  }
  return head;
}

const covers = (ms: readonly LexiconMatch[] | undefined, at: number) =>
  ms !== undefined && ms.some((m) => m.startToken <= at && m.endToken > at);

/**
 * Is the main verb a deployment or governance verb whose object (or, in the passive, whose
 * subject) is headed by a document or a body?
 */
export function administrativeAction(p: ClaimProfile): boolean {
  const cl = p.clause;
  if (cl.verbAt < 0) return false;
  const verb = p.matches.find((m) => (m.kind === 'deployment-verb' || m.kind === 'governance-verb') && m.startToken <= cl.verbAt && m.endToken > cl.verbAt);
  if (!verb) return false;
  const head = cl.passive ? headOf(p, cl.start, cl.groupStart) : headOf(p, verb.endToken, p.tokens.length);
  return head >= 0 && covers(p.byKind.get('governance-object'), head);
}
