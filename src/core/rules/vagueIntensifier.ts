import { buildFix, slot } from '../fixes';
import type { RuleModule, RuleReport } from './rule';
import { effectMatch, outcomeAfter, overlapsTaken, quote, spanOfMatch, wordsOf } from './spans';

const QUESTION = 'By how much, from what baseline, and by when?';

/** "significantly", "dramatically", "massively" standing in for a number. */
export const vagueIntensifier: RuleModule = {
  id: 'vague-intensifier',
  category: 'unmeasured',
  defaultSeverity: 'warning',
  description: 'Flags intensifiers such as significantly, dramatically or massively that claim a large change without a number.',
  question: QUESTION,
  check(ctx) {
    const { profile: p, flagged } = ctx;
    if (!flagged.has('unmeasured') || p.measure.quantity || p.measure.percent) return [];
    const reports: RuleReport[] = [];
    for (const m of p.certainty.intensifiers) {
      const span = spanOfMatch(p, m);
      if (overlapsTaken(ctx, span)) continue;
      const words = wordsOf(p, span);
      // Replace the intensifier by a measured change placed after what it intensifies:
      // "significantly reduce waiting times" -> "reduce waiting times by [amount] ...".
      const verb = effectMatch(p);
      const object = verb && verb.startToken > m.startToken ? outcomeAfter(p, verb.endToken) : undefined;
      const anchorEnd = object ? p.tokens[object.endToken - 1].end : verb && verb.startToken > m.startToken ? p.tokens[verb.endToken - 1].end : undefined;
      const fixes = [];
      if (anchorEnd !== undefined) {
        const deleteEnd = p.text[span.end] === ' ' ? span.end + 1 : span.end;
        const middle = p.text.slice(deleteEnd, anchorEnd);
        fixes.push(buildFix(`Replace “${words}” with the size of the change`, 'quantity', { start: span.start, end: anchorEnd }, [
          middle, ' by ', slot('amount'), ' (from ', slot('baseline'), ' to ', slot('target'), ' by ', slot('date'), ')',
        ]));
      }
      fixes.push(buildFix(`Replace “${words}” with a quantity`, 'quantity', span, [slot('quantity, e.g. by how much')]));
      reports.push({
        start: span.start,
        end: span.end,
        triggers: [words],
        message: `${quote(words)} claims a large change without a number. ${QUESTION}`,
        fixes,
      });
    }
    return reports;
  },
};
