// Attributes of a tool: "computing capacity", "compute capacity", "patient records accessible".
import type { LexiconMatch } from './lexicon';

/**
 * "computing capacity", "network speed", "system performance": an outcome or benefit noun right
 * after a technology term names an attribute of the tool, not something that changes for people
 * (the guide's "coverage or capacity numbers" are feature talk). Such matches are dropped.
 */
export function toolAttributes(matches: LexiconMatch[]): LexiconMatch[] {
  // Called for every sentence: no allocation unless something is dropped.
  return matches.some((m) => isToolAttribute(m, matches)) ? matches.filter((m) => !isToolAttribute(m, matches)) : matches;
}

/**
 * An outcome or benefit starting where a particular tool ends. Particular tools only: after a
 * field ("digital experience", "online access", "AI's potential") the noun is still about people
 * or the service.
 */
function isToolAttribute(m: LexiconMatch, matches: readonly LexiconMatch[]): boolean {
  if (m.kind !== 'outcome' && m.kind !== 'benefit') return false;
  for (const t of matches) if (t.kind === 'technology' && t.entry.generic !== true && t.endToken === m.startToken) return true;
  return false;
}
