import { buildFix, slot } from '../fixes';
import type { FixCandidate } from '../types';
import type { RuleModule, RuleReport } from './rule';
import { matchCase } from './hypeTerm';
import { overlapsTaken, quote, spanOfMatch, wordsOf } from './spans';

const QUESTION = 'Is it really every case? Which group, what share, and by when?';

/**
 * `alternative` with the ending `written` adds to `term` ("eliminates" for "eliminate" gives
 * "reduces" for "reduce"), by the regular rules; undefined when the ending is not a regular one.
 */
export function inflectLike(written: string, term: string, alternative: string): string | undefined {
  const w = written.toLowerCase();
  const t = term.toLowerCase();
  if (w === t) return alternative;
  if (alternative.includes(' ')) return undefined;
  const stem = t.endsWith('e') ? t.slice(0, -1) : t;
  const altStem = alternative.endsWith('e') ? alternative.slice(0, -1) : alternative;
  if (w === `${t}s`) return `${alternative}s`;
  if (w === `${stem}ed` || w === `${t}d`) return alternative.endsWith('e') ? `${alternative}d` : `${alternative}ed`;
  if (w === `${stem}ing`) return `${altStem}ing`;
  return undefined;
}

/** every, all, never, eliminate, guarantee: absolute promises about outcomes. */
export const absoluteClaim: RuleModule = {
  id: 'absolute-claim',
  category: 'optimistic',
  defaultSeverity: 'info',
  description: 'Flags absolute promises about outcomes (every, all, never, no one, eliminate, guarantee) that no programme can keep.',
  question: QUESTION,
  check(ctx) {
    const { profile: p, flagged } = ctx;
    if (!flagged.has('optimistic')) return [];
    const reports: RuleReport[] = [];
    for (const m of p.certainty.absolutes) {
      const span = spanOfMatch(p, m);
      if (overlapsTaken(ctx, span)) continue;
      const words = wordsOf(p, span);
      const fixes: FixCandidate[] = [];
      for (const alternative of m.entry.alternatives ?? []) {
        // "eliminates" -> "reduces": the alternative takes the written word's ending, or is not offered.
        const inflected = inflectLike(words, m.entry.term, alternative);
        if (inflected !== undefined) fixes.push(buildFix(`Replace with “${inflected}”`, 'alternative', span, [matchCase(words, inflected)]));
      }
      // A quantifier ("every", "all", "no one") is scoped to the group it really covers; a verb or
      // an adverb ("eliminate", "always") is softened by its lexicon alternatives instead, since
      // "[which group instead of “eliminates”]" would not read as a sentence. The scope fix is
      // also the fallback when no alternative fits the written form.
      if (fixes.length === 0) {
        fixes.push(buildFix('Scope it to the group and share it really covers', 'scope', span, [slot(`which group or share instead of “${words}”`)]));
      }
      reports.push({
        start: span.start,
        end: span.end,
        triggers: [words],
        message: `${quote(words)} makes an absolute promise. ${QUESTION}`,
        fixes,
      });
    }
    return reports;
  },
};
