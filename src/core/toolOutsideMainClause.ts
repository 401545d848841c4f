// Whether the tools a sentence names are its point. The guide's feature talk is a sentence whose
// point is what a technology or programme is, has or does; a tool named only in a subordinate
// clause ("Once systems are linked, problems with data quality multiply") or only as a modifier
// of the subject ("An independent evaluation of the remote monitoring pilot will report") is not
// what the sentence is about. Read from the main clause's shape (clause.ts).
import type { LexiconMatch } from './lexicon';
import { BE, HAVE } from './clause';
import { startsIn } from './matchPlaces';
import type { ClaimProfile } from './profile';

// Words that end a subject's head and open a modifier: in "an independent evaluation of the
// remote monitoring pilot" or "any provider unable to prove its systems are secure" the tool only
// modifies what the sentence is about.
const HEAD_ENDS = new Set(['of', 'that', 'which', 'who', 'whose', 'unable']);
// Openings that make a tool the means of the main clause: "Through the app, people can ...",
// "With AI in place, a command centre can ...", "Using a single operating layer, ...".
const INSTRUMENTAL = new Set(['through', 'with', 'using', 'via', 'thanks']);
// Verbs that end a sentence with its source: "..., Deepc, a vendor of an AI operating system, has
// said." The guide labels a quoted claim as the writer's own; the attribution is not part of it,
// and neither is a closing ", according to ...".
// Only forms that cannot be plural nouns: a sentence may end "... and weekly reports".
const REPORTING = new Set(['said', 'says', 'added', 'noted', 'explained', 'explains', 'argued', 'argues', 'warned', 'warns', 'stated', 'wrote', 'writes', 'told', 'reported', 'claimed']);
// Words that open an adverbial clause after the main clause: "Hospital stays can be made shorter
// when patients are discharged early with support from a virtual ward service". A tool there is a
// time, condition, reason or place of the point, as it is in an opening "When ..., ".
const TRAILING_SUBORDINATORS = new Set(['when', 'whenever', 'while', 'whilst', 'although', 'though', 'because', 'unless', 'if', 'where']);

/** Where an adverbial clause after the main verb begins, or `end`. */
function trailingClauseStart(p: ClaimProfile, verbAt: number, end: number): number {
  const lower = (k: number) => p.tokens[k]?.lower;
  for (let i = verbAt + 1; i < end; i++) {
    if (!TRAILING_SUBORDINATORS.has(lower(i))) continue;
    // Not "where and when it is needed" (a place named, not a clause), nor a content clause that
    // opens with one ("noting that although not part of this review, Harrow does provide ...").
    const before = lower(i - 1);
    const after = lower(i + 1);
    if (after === 'and' || after === 'or' || before === 'and' || before === 'or' || before === 'that') continue;
    return i;
  }
  return end;
}

/**
 * Where a closing attribution begins (its first comma), or `end`. After ", has said" the comma
 * before it opens an apposition, so the source's name begins a comma earlier still.
 */
function attributionStart(p: ClaimProfile, from: number, end: number): number {
  // ", according to the vendor of the AI system."
  for (let i = from + 1; i + 2 < end; i++) {
    if (p.tokens[i].text === ',' && p.tokens[i + 1].lower === 'according' && p.tokens[i + 2].lower === 'to') return i;
  }
  let last = end - 1;
  while (last > from && p.tokens[last].type !== 'word') last--;
  if (last <= from || !REPORTING.has(p.tokens[last].lower)) return end;
  let verb = last;
  if (verb - 1 > from && HAVE.has(p.tokens[verb - 1].lower)) verb--;
  // "... more near misses are reported": a passive, not a source.
  if (BE.has(p.tokens[verb - 1]?.lower ?? '')) return end;
  const commaBefore = (at: number) => {
    for (let i = at - 1; i > from; i--) if (p.tokens[i].text === ',') return i;
    return -1;
  };
  let comma = commaBefore(verb);
  if (comma === verb - 1) comma = commaBefore(commaBefore(comma));
  // A name and its description are short; a longer stretch is a clause of the claim itself.
  return comma > from && verb - comma <= 12 ? comma : end;
}

/**
 * Is a tool named, with a main clause found, but the tool neither in the head of its subject, nor
 * in its predicate, nor in an opening instrument?
 */
export function toolOutsideMainClause(p: ClaimProfile, tech: readonly LexiconMatch[], programmes: readonly LexiconMatch[]): boolean {
  const cl = p.clause;
  if (cl.verbAt < 0 || (tech.length === 0 && programmes.length === 0)) return false;
  const from = INSTRUMENTAL.has(p.tokens[0]?.lower ?? '') ? 0 : cl.start;
  // A dash after the object opens an apposition that describes it ("we released the Matrix – a
  // repository of ... digital tools"): part of the main clause's point. A semicolon or colon ends
  // it, and so do a closing attribution and an adverbial clause after the verb.
  let end = cl.end;
  while (end < p.tokens.length && p.tokens[end].text !== ';' && p.tokens[end].text !== ':') end++;
  end = attributionStart(p, cl.verbAt, end);
  end = trailingClauseStart(p, cl.verbAt, end);
  // In the subject, only its head counts; after the verb group, everything up to the end.
  let head = cl.groupStart;
  for (let i = cl.start + 1; i < cl.groupStart; i++) if (HEAD_ENDS.has(p.tokens[i].lower)) { head = i; break; }
  const inPoint = (ms: readonly LexiconMatch[]) => startsIn(ms, from, head) || startsIn(ms, cl.groupStart, end);
  return !inPoint(tech) && !inPoint(programmes);
}
