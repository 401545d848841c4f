// Whether the tools a sentence names are its point. The guide's feature talk is a sentence whose
// point is what a technology or programme is, has or does; a tool named only in a subordinate
// clause ("Once systems are linked, problems with data quality multiply") or only as a modifier
// of the subject ("An independent evaluation of the remote monitoring pilot will report") is not
// what the sentence is about. Read from the main clause's shape (clause.ts).
import type { LexiconMatch } from './lexicon';
import { startsIn } from './matchPlaces';
import type { ClaimProfile } from './profile';

// Words that end a subject's head and open a modifier: in "an independent evaluation of the
// remote monitoring pilot" or "any provider unable to prove its systems are secure" the tool only
// modifies what the sentence is about.
const HEAD_ENDS = new Set(['of', 'that', 'which', 'who', 'whose', 'unable']);
// Openings that make a tool the means of the main clause: "Through the app, people can ...",
// "With AI in place, a command centre can ...", "Using a single operating layer, ...".
const INSTRUMENTAL = new Set(['through', 'with', 'using', 'via', 'thanks']);

/**
 * Is a tool named, with a main clause found, but the tool neither in the head of its subject, nor
 * in its predicate, nor in an opening instrument?
 */
export function toolOutsideMainClause(p: ClaimProfile, tech: readonly LexiconMatch[], programmes: readonly LexiconMatch[]): boolean {
  const cl = p.clause;
  if (cl.verbAt < 0 || (tech.length === 0 && programmes.length === 0)) return false;
  const from = INSTRUMENTAL.has(p.tokens[0]?.lower ?? '') ? 0 : cl.start;
  // A dash after the object opens an apposition that describes it ("we released the Matrix – a
  // repository of ... digital tools"): part of the main clause's point. A semicolon or colon ends it.
  let end = cl.end;
  while (end < p.tokens.length && p.tokens[end].text !== ';' && p.tokens[end].text !== ':') end++;
  // In the subject, only its head counts; after the verb group, everything up to the end.
  let head = cl.groupStart;
  for (let i = cl.start + 1; i < cl.groupStart; i++) if (HEAD_ENDS.has(p.tokens[i].lower)) { head = i; break; }
  const inPoint = (ms: readonly LexiconMatch[]) => startsIn(ms, from, head) || startsIn(ms, cl.groupStart, end);
  return !inPoint(tech) && !inPoint(programmes);
}
