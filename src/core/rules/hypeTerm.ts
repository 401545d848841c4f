import { buildFix, slot } from '../fixes';
import type { FixCandidate } from '../types';
import type { RuleModule, RuleReport } from './rule';
import { overlapsTaken, quote, spanOfMatch, spanOfTokens, wordsOf } from './spans';

const QUESTION = 'What, concretely, is better, and how would anyone check?';

/** Promotional terms (seamless, world-class, game-changing) said of a technology or programme. */
export const hypeTerm: RuleModule = {
  id: 'hype-term',
  category: 'optimistic',
  defaultSeverity: 'warning',
  description: 'Flags promotional terms such as seamless, world-class, game-changing or revolutionary when they are said of a technology or programme.',
  question: QUESTION,
  check(ctx) {
    const { profile: p, flagged } = ctx;
    if (!flagged.has('optimistic')) return [];
    const reports: RuleReport[] = [];
    for (const m of p.certainty.hypeStrong) {
      const span = spanOfMatch(p, m);
      if (overlapsTaken(ctx, span)) continue;
      const words = wordsOf(p, span);
      const fixes: FixCandidate[] = (m.entry.alternatives ?? []).map((alternative) =>
        buildFix(`Replace with “${alternative}”`, 'alternative', span, [matchCase(words, alternative)]));
      fixes.push(deletion(p.text, span, words));
      const plain = (m.entry.alternatives ?? []).length > 0 ? ` Plainer: ${m.entry.alternatives!.map((a) => `“${a}”`).join(', ')}.` : '';
      reports.push({
        start: span.start,
        end: span.end,
        triggers: [words],
        message: `${quote(words)} is promotional: it adds enthusiasm, not information. ${QUESTION}${plain}`,
        fixes,
      });
    }
    const record = p.certainty.record;
    if (record && reports.length === 0) {
      // "the best ... ever": the superlative is reported; the message names the field too.
      // "never seen a bigger": the words from "never" to the comparative are one phrase.
      const fieldFirst = record.fieldAt < record.start;
      const span = spanOfTokens(p, fieldFirst ? record.fieldAt : record.start, record.end);
      if (!overlapsTaken(ctx, span)) {
        const words = wordsOf(p, span);
        const field = p.tokens[record.fieldAt].text;
        reports.push({
          start: span.start,
          end: span.end,
          triggers: fieldFirst ? [words] : [words, field],
          message: `${quote(fieldFirst ? words : `${words} … ${field}`)} ranks it against everything, with nothing measured. Best or leading by what measure, against whom, and who says so?`,
          fixes: [buildFix('Say what was compared, and the source', 'rewrite', span, [slot('what was measured, against whom (source)')])],
        });
      }
    }
    return reports;
  },
};

/**
 * Deleting an adjective is a fix of its own; it takes the following space with it. Deleting a
 * sentence's first word capitalises the next one ("Seamless booking is live" -> "Booking is live").
 */
function deletion(text: string, span: { start: number; end: number }, words: string): FixCandidate {
  const next = text[span.end] === ' ' ? span.end + 1 : span.end;
  const firstWord = text.slice(0, span.start).trim() === '' && /^\p{Lu}/u.test(words);
  const following = text.codePointAt(next);
  if (firstWord && following !== undefined && /\p{Ll}/u.test(String.fromCodePoint(following))) {
    const letter = String.fromCodePoint(following);
    return buildFix(`Delete “${words}”`, 'delete', { start: span.start, end: next + letter.length }, [letter.toUpperCase()]);
  }
  return buildFix(`Delete “${words}”`, 'delete', { start: span.start, end: next }, ['']);
}

/** "Seamless" -> "Smooth": keep the writer's capitalisation of the first letter. */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}
