// A promise to every person: "No one will be left behind as we use digital technology", "so
// simple that all those who can use them will choose to", "making sure that nobody gets left
// behind". The guide's absolutes "attached to a benefit or aim" ("nobody gets left behind",
// "everyone who can will choose to"). features.ts adds what rules the promise out (a hedge, a
// figure, a problem, a condition, a question, a critique, a report of the past).
//
// "all" and "every" mostly count organisations ("every trust will"); only absolutes that range
// over people (the lexicon's "scope": "people") make this promise, and only about the future or
// an aim: "services for everyone entitled to them" (a slogan) and "encouraging everyone who can
// to self-serve" (a policy) promise nothing.
import type { LexiconMatch } from './lexicon';
import { FUTURE_MODALS } from './profile';
import type { Token } from './words';

const NOT = new Set(['not', "n't"]);

// Words that open an embedded clause: a "will" past one of them belongs to that clause ("nobody
// yet has a picture of how this will look" promises nothing).
const EMBEDDING = new Set(['how', 'whether', 'what', 'why', 'when', 'where', 'if', 'which']);

/** Is a future modal in the same clause as the word at `at`, before or after it? */
function futureInItsClause(tokens: readonly Token[], at: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!FUTURE_MODALS.has(tokens[i].lower)) continue;
    let embedded = false;
    for (let j = Math.min(i, at) + 1; j < Math.max(i, at); j++) if (EMBEDDING.has(tokens[j].lower)) embedded = true;
    if (!embedded) return true;
  }
  return false;
}

/** "ensure", "make sure" (any form) up to four words before token `at`: "making sure that nobody". */
function ensuresBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 4); i < at; i++) {
    const lower = tokens[i].lower;
    if (lower.startsWith('ensur')) return true;
    if (lower === 'sure' && i > 0 && tokens[i - 1].lower.startsWith('mak')) return true;
  }
  return false;
}

/**
 * Does an absolute over people make a promise: as an aim (`aspiration`), after "ensure" or "make
 * sure", or with a future modal in its own clause (`future`: the sentence has one)?
 */
export function promisesToEveryone(
  tokens: readonly Token[],
  absolutes: readonly LexiconMatch[],
  aspiration: boolean,
  future: boolean,
): boolean {
  // "not everyone can or wants to go online" admits the opposite of the promise; "not leave
  // anyone behind" is the promise.
  const overPeople = absolutes.filter((a) => a.entry.scope === 'people' &&
    !(a.entry.term !== 'left behind' && NOT.has(tokens[a.startToken - 1]?.lower ?? '')));
  if (overPeople.length === 0) return false;
  return aspiration || overPeople.some((a) => ensuresBefore(tokens, a.startToken)) ||
    (future && overPeople.some((a) => futureInItsClause(tokens, a.startToken)));
}
