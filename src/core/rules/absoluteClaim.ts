import { buildFix, slot } from '../fixes';
import type { FixCandidate } from '../types';
import type { RuleModule, RuleReport } from './rule';
import { matchCase } from './hypeTerm';
import { overlapsTaken, quote, spanOfMatch, wordsOf } from './spans';

const QUESTION = 'Is it really every case? Which group, what share, and by when?';

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
      const fixes: FixCandidate[] = (m.entry.alternatives ?? []).map((alternative) =>
        buildFix(`Replace with “${alternative}”`, 'alternative', span, [matchCase(words, alternative)]));
      fixes.push(buildFix('Scope it to the group and share it really covers', 'scope', span, [slot(`which group or share instead of “${words}”`)]));
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
