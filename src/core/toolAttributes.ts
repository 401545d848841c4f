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
  const tools = matches.filter((m) => m.kind === 'technology' && m.entry.generic !== true);
  if (tools.length === 0) return matches;
  let dropped = false;
  const techEnds = new Set(tools.map((m) => m.endToken));
  const kept = matches.filter((m) => {
    const attribute = (m.kind === 'outcome' || m.kind === 'benefit') && techEnds.has(m.startToken);
    dropped ||= attribute;
    return !attribute;
  });
  return dropped ? kept : matches;
}
