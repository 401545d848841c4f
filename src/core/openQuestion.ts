// "The pilot will test whether remote monitoring reduces readmissions", "It is not yet clear
// whether AI scribes save time": a benefit inside an indirect question is what the writer means to
// find out, not a claim. Such sentences are the evaluation plans and honest admissions the guide
// counts as none, and the writing Realist asks for; flagging them would punish it.
import type { Token } from './words';

// Verbs and adjectives of finding out, by Porter stem: "test", "evaluated", "checking", "unclear".
// Grammar, not domain vocabulary, so it is kept here with the other closed word classes.
const FINDING_OUT = new Set([
  'test', 'evalu', 'assess', 'measur', 'check', 'know', 'known', 'find', 'see', 'ask', 'examin', 'investig',
  'establish', 'determin', 'judg', 'learn', 'understand', 'explor', 'monitor', 'clear', 'unclear', 'uncertain',
  'unknown', 'doubt', 'wonder', 'question', 'decid', 'consid', 'track', 'show', 'review', 'studi', 'trial', 'pilot',
  'prove', 'demonstr', 'verifi', 'confirm',
  // Choosing is finding out too: "identify which services they transform first".
  'identifi', 'choos', 'select', 'agre', 'priorit',
]);
// Before "which", only words that cannot be nouns: "a study which found ..." and "the pilot which
// cut waits" are relative clauses that claim, not questions.
const FINDING_OUT_WHICH = new Set([
  'decid', 'identifi', 'choos', 'select', 'agre', 'determin', 'establish', 'assess', 'know', 'understand', 'see',
  'learn', 'explor', 'consid', 'priorit', 'evalu', 'investig', 'examin',
]);
// After a sentence-initial "Whether": "Whether the portal improves satisfaction is unclear."
const STILL_OPEN = new Set(['unclear', 'uncertain', 'unknown', 'question', 'debat', 'seen', 'known']);

/**
 * The index of the "whether", "if" or "which" that opens an indirect question after a word of
 * finding out or choosing ("test whether", "find out if", "not clear whether", "identify which
 * services to transform first"), or of a sentence-initial "Whether" whose
 * answer the sentence says is open; -1 when there is none.
 */
export function openQuestionAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (lower !== 'whether' && lower !== 'if' && lower !== 'which') continue;
    if (i === 0) {
      if (lower === 'whether' && tokens.some((t, j) => j > 0 && STILL_OPEN.has(t.stem))) return 0;
      continue;
    }
    // "test whether", "find out whether", "not yet clear whether", "see if".
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const t = tokens[j];
      if ((lower === 'which' ? FINDING_OUT_WHICH : FINDING_OUT).has(t.stem)) return i;
      if (t.lower !== 'out' && t.lower !== 'yet' && t.lower !== 'not' && t.lower !== 'to' && t.lower !== 'is' && t.lower !== 'be') break;
    }
  }
  return -1;
}
