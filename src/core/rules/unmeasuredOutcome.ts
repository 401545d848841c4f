import { buildFix, slot } from '../fixes';
import type { RuleModule } from './rule';
import { isPositiveWord } from '../valence';
import { outcomeAsSubject } from '../outcomeAsSubject';
import { effectMatch, outcomeAfter, quote, sentenceEndInsertion, spanOfMatch, spanOfTokens, wordsOf, type Span } from './spans';

const QUESTION = 'What is the baseline, the target and the date?';

const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'that', 'which', 'as', 'so']);

/** The end (exclusive token index) of the short object after a verb: "transform [care]". */
function objectEnd(p: import('../profile').ClaimProfile, from: number): number {
  let end = from;
  while (end < p.tokens.length && end < from + 4 && p.tokens[end].type === 'word' && !FUNCTION_WORDS.has(p.tokens[end].lower)) end++;
  return end;
}

/** The span of the sentence's first positive word (valence.ts), if any. */
function firstPositiveWord(p: import('../profile').ClaimProfile): Span | undefined {
  const at = p.tokens.findIndex((t) => t.type === 'word' && isPositiveWord(t.lower));
  return at < 0 ? undefined : spanOfTokens(p, at, at + 1);
}

/** A benefit or improvement claimed with no quantity, baseline, target or timeframe. */
export const unmeasuredOutcome: RuleModule = {
  id: 'unmeasured-outcome',
  category: 'unmeasured',
  defaultSeverity: 'warning',
  description: 'Flags benefits and improvements claimed with no measure: no quantity, baseline, target or date that would let anyone check them.',
  question: QUESTION,
  check({ profile: p, flagged }) {
    if (!flagged.has('unmeasured') || p.tokens.length === 0) return [];
    // Outcomes named as the yardstick ("evaluated based on its contribution to reduced waits")
    // are what this rule asks writers to do, not a claim to measure.
    if (p.context.criteria && p.predicate.kind !== 'effect' && p.predicate.kind !== 'strong-effect') return [];
    // Vague intensifiers report the same missing measure more precisely; let that rule speak.
    if (p.certainty.intensifiers.length > 0 && !p.measure.quantity) return [];
    const verb = effectMatch(p);
    const outcome = verb ? outcomeAfter(p, verb.endToken) : undefined;
    const subjectOutcome = verb && !outcome ? outcomeAsSubject(p.outcomes, p.tokens, verb.startToken) : undefined;
    // "could make a real difference": the verb and the good it delivers.
    const delivered = verb ? undefined : p.benefitShapes.delivered;
    // A benefit phrase that holds the outcome ("extra time") names the claim better than the outcome.
    const benefitNoun = p.byKind.get('benefit')?.[0];
    const firstOutcome = p.outcomes[0];
    const outcomeInBenefit = benefitNoun && firstOutcome && benefitNoun.startToken <= firstOutcome.startToken &&
      benefitNoun.endToken >= firstOutcome.endToken ? benefitNoun : undefined;
    const benefit = outcome ?? outcomeInBenefit ?? firstOutcome ?? benefitNoun ?? p.byKind.get('aspiration-verb')?.[0];
    // "help to manage demand": the help and what it helps do.
    const helped = p.benefitShapes.helped;
    let span: Span;
    let namesNothing = false;
    if (verb && helped?.help === verb.startToken) span = spanOfTokens(p, helped.help, objectEnd(p, helped.verb + 1));
    else if (verb && outcome) span = spanOfTokens(p, verb.startToken, outcome.endToken);
    // "Waiting times will fall": the outcome is the subject of its own change.
    else if (verb && subjectOutcome) span = spanOfTokens(p, subjectOutcome.startToken, verb.endToken);
    else if (verb) span = spanOfTokens(p, verb.startToken, objectEnd(p, verb.endToken));
    else if (delivered) span = spanOfTokens(p, delivered.verbStart, delivered.end);
    // "no longer have to repeat": the burden lifted.
    else if (p.benefitShapes.lifted && !benefit) span = spanOfTokens(p, p.benefitShapes.lifted.start, p.benefitShapes.lifted.end);
    // "pilots show promising gains": what the evidence is said to show.
    else if (p.benefitShapes.reported) {
      const reported = p.benefitShapes.reported;
      span = spanOfTokens(p, reported.verb, reported.end ?? objectEnd(p, reported.good + 1));
    }
    else if (benefit) span = spanOfMatch(p, benefit);
    // "shared care records have been game-changing": the hype term is the claimed change.
    else if (p.certainty.hypeStrong.length > 0) span = spanOfMatch(p, p.certainty.hypeStrong[0]);
    // "leaner and more lightweight tendering", "Simpler, clearer and faster": the comparative is
    // the claim; else a word of good news ("a consistent experience"); the sentence's opening
    // words only when nothing else names it.
    else if (p.context.comparativeAt >= 0) span = spanOfTokens(p, p.context.comparativeAt, objectEnd(p, p.context.comparativeAt + 1));
    else {
      const positive = firstPositiveWord(p);
      namesNothing = positive === undefined;
      span = positive ?? spanOfTokens(p, 0, Math.min(p.tokens.length, 4));
    }
    // A record claim ("the most significant transformations ... ever", "never seen a bigger leap
    // forward"): the claimed improvement is the superlative and the thing it ranks, which the
    // hype rule's finding partly covers; so when the span found above lies in it or right after
    // it ("a better time": "time"), or names nothing but the opening words.
    const record = p.certainty.record;
    const ranked = record && spanOfTokens(p, record.start, Math.min(objectEnd(p, record.end), record.end + 1));
    if (ranked && ((span.start < ranked.end && ranked.start < span.end) || namesNothing)) span = ranked;
    const words = wordsOf(p, span);
    const end = sentenceEndInsertion(p);
    // "reduce waiting times [from 18 to 12 weeks by 2027]" reads as a sentence only after a named
    // outcome; after anything else ("solve the workforce crisis") the measure is named first.
    const baselineTargetDate = outcome
      ? buildFix('Add baseline, target and date', 'rewrite', { start: span.end, end: span.end }, [
        ' from ', slot('baseline'), ' to ', slot('target'), ' by ', slot('date'),
      ])
      : buildFix('Add baseline, target and date', 'rewrite', { start: end, end }, [
        ', measured as ', slot('outcome measure'), ' going from ', slot('baseline'), ' to ', slot('target'), ' by ', slot('date'),
      ]);
    return [{
      start: span.start,
      end: span.end,
      triggers: [words],
      message: `${quote(words)} claims a benefit but gives no measure to check it by. ${QUESTION}`,
      fixes: [
        baselineTargetDate,
        buildFix('Name the measure, its data source and its owner', 'rewrite', { start: end, end }, [
          ', measured by ', slot('metric'), ' from ', slot('data source'), '; owner: ', slot('role'),
        ]),
      ],
    }];
  },
};
