// "The strategy does not cover local government services", "This section describes the shared
// platforms": a document describing its own scope, which the guide counts as none. The document is
// no tool: its verb of describing ("covers", "describes", "presents", "lists") is no capability or
// rollout, and the sentence is no feature talk, however many tool words its object holds. A
// content clause after the verb ("sets out how the platform will ...") carries a claim of its own
// and is judged as any other sentence. Verbs that a programme does as well as a text are left out:
// "this strategy introduces a digital front door" and "sets up" announce a rollout.
import type { Token } from './words';

// Written documents, by lower-cased word: what a sentence means by "this ..." when it describes
// the text it stands in. Grammar of the genre, not vocabulary of any one document.
// "plan", "framework" and "review" are left out: "the plan covers 24 hospitals" is a programme's
// coverage, which the guide counts as feature talk.
const DOCUMENTS = new Set([
  'document', 'strategy', 'report', 'paper', 'chapter', 'section', 'annex', 'appendix', 'guide', 'article',
  'roadmap', 'summary', 'briefing', 'note', 'page', 'post',
]);
// How a text names itself ("this strategy", "the report", "our paper"): narrower than a determiner list.
const SELF_REFERENCE = new Set(['this', 'the', 'our', 'these']);
// Verbs of describing, by Porter stem ("covers", "described", "outlines"); "set" only in "sets out".
const DESCRIBING = new Set([
  'set', 'cover', 'describ', 'outlin', 'explain', 'summaris', 'summar', 'focus', 'look', 'discuss', 'present',
  'detail', 'consid', 'examin', 'report', 'list',
]);
// Words that may stand between the document and its verb: "does not specifically cover", "also
// sets out", "will briefly describe".
const BETWEEN = new Set(['does', 'do', 'did', 'not', "n't", 'also', 'will', 'then', 'first', 'briefly', 'specifically', 'only', 'therefore', 'further', 'below', 'above']);

/**
 * The index of the verb of describing when the sentence opens with a document as its subject
 * ("This document does not specifically cover ..."), else -1.
 */
export function scopeVerbAt(tokens: readonly Token[]): number {
  let i = 0;
  if (!tokens[i] || !SELF_REFERENCE.has(tokens[i].lower)) return -1;
  i++;
  // "This strategy", "The digital strategy", "This quarterly update": up to two words before the noun.
  let noun = -1;
  for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
    if (tokens[j].type !== 'word') break;
    if (DOCUMENTS.has(tokens[j].lower)) { noun = j; break; }
  }
  if (noun < 0) return -1;
  for (let j = noun + 1; j < Math.min(tokens.length, noun + 5); j++) {
    const t = tokens[j];
    if (DESCRIBING.has(t.stem)) return t.stem !== 'set' || tokens[j + 1]?.lower === 'out' ? j : -1;
    if (!BETWEEN.has(t.lower)) return -1;
  }
  return -1;
}

const CONTENT_CLAUSE = new Set(['how', 'that', 'what', 'why', 'whether', 'where', 'when']);

/** A scope statement whose object is a thing, not a content clause ("sets out how ..."). */
export function describesOnlyScope(tokens: readonly Token[], scopeAt: number): boolean {
  if (scopeAt < 0) return false;
  for (let j = scopeAt + 1; j < Math.min(tokens.length, scopeAt + 3); j++) {
    if (CONTENT_CLAUSE.has(tokens[j].lower)) return false;
  }
  return true;
}
