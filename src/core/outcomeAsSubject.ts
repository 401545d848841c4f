// An outcome as the subject of its own forecast change: "Waiting times will fall", "we expect
// medication errors to fall", "costs will be reduced". The effect verb comes after the outcome,
// so the usual reading (an effect verb acting on an outcome after it: "cut waiting times") missed
// the plainest unmeasured claim there is.
import { MODALS } from './clause';
import type { LexiconMatch } from './lexicon';
import type { Token } from './words';

// Words of a verb group between a subject and its verb: "waiting times [will] fall", "errors [to]
// fall", "costs [will be] reduced".
const VERB_GROUP_WORDS = new Set(['will', 'would', 'to', 'be', 'been', 'being', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'are',
  'set', 'expected', 'likely', 'continue', 'start', 'begin', 'also', 'further', 'then', 'soon', "'ll"]);

// A forecast or an aim (a modal, or "to"), not a description: "as take-up increases", "time is
// maximised" say how things are.
const isForecast = (lower: string) => lower === 'to' || MODALS.has(lower);

/**
 * The outcome that ends just before the verb at `at`, with only verb-group words between and a
 * modal or "to" among them: the outcome as the subject of its own forecast change ("Waiting times
 * will fall", "we expect medication errors to fall"), or undefined.
 */
export function outcomeAsSubject(outcomes: readonly LexiconMatch[], tokens: readonly Token[], at: number): LexiconMatch | undefined {
  for (const o of outcomes) {
    if (o.endToken >= at || o.endToken < at - 3) continue;
    let between = true;
    let forecast = false;
    for (let i = o.endToken; i < at; i++) {
      if (!VERB_GROUP_WORDS.has(tokens[i].lower)) between = false;
      if (isForecast(tokens[i].lower)) forecast = true;
    }
    if (between && forecast) return o;
  }
  return undefined;
}
