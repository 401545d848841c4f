// Attributes of a tool: "computing capacity", "compute capacity", "patient records accessible".
import type { LexiconMatch } from './lexicon';

/**
 * "computing capacity", "network speed", "system performance": an outcome or benefit noun right
 * after a technology term names an attribute of the tool, not something that changes for people
 * (the guide's "coverage or capacity numbers" are feature talk). Such matches are dropped.
 */
export function toolAttributes(matches: LexiconMatch[]): LexiconMatch[] {
  // Particular tools only: after a field ("digital experience", "online access", "AI's
  // potential") the noun is still about people or the service.
  // Called for every sentence: no allocation unless something is dropped.
  let attributes = 0;
  for (const m of matches) {
    if (m.kind !== 'outcome' && m.kind !== 'benefit') continue;
    for (const t of matches) {
      if (t.kind === 'technology' && t.entry.generic !== true && t.endToken === m.startToken) { attributes++; break; }
    }
  }
  if (attributes === 0) return matches;
  return matches.filter((m) => !((m.kind === 'outcome' || m.kind === 'benefit') &&
    matches.some((t) => t.kind === 'technology' && t.entry.generic !== true && t.endToken === m.startToken)));
}
