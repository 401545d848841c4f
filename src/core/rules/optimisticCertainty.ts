import { buildFix, slot } from '../fixes';
import type { FixCandidate } from '../types';
import type { RuleModule } from './rule';
import { effectMatch, overlapsTaken, quote, sentenceEndInsertion, spanOfTokens, subjectIsPlural, wordsOf } from './spans';

const QUESTION = 'What evidence shows it will, and what would have to be true for it to happen?';

/** Unhedged certainty that a technology or programme will transform, fix, solve or unlock. */
export const optimisticCertainty: RuleModule = {
  id: 'optimistic-certainty',
  category: 'optimistic',
  defaultSeverity: 'warning',
  description: 'Flags unhedged certainty that a technology or programme will transform, fix, solve, eliminate or unlock something, with no evidence given.',
  question: QUESTION,
  check(ctx) {
    const { profile: p, flagged } = ctx;
    if (!flagged.has('optimistic') || p.tokens.length === 0) return [];
    const verb = effectMatch(p);
    const future = p.certainty.futureAt;
    const strong = p.byKind.get('strong-effect-verb')?.[0];
    const target = strong ?? verb;
    // Report the certainty itself: a claim declared proven ("It has been proven"), "will
    // transform", or the strong verb alone.
    const proven = p.certainty.boosters.find((b) => b.entry.strength === 'strong');
    let span;
    if (proven) {
      span = spanOfTokens(p, proven.startToken, proven.endToken);
    } else if (target && future >= 0 && future < target.startToken && target.startToken - future <= 3) {
      span = spanOfTokens(p, future, target.endToken);
    } else if (strong) {
      span = spanOfTokens(p, strong.startToken, strong.endToken);
    } else if (p.certainty.boosters[0]) {
      span = spanOfTokens(p, p.certainty.boosters[0].startToken, p.certainty.boosters[0].endToken);
    } else if (future >= 0 && verb && verb.startToken > future) {
      span = spanOfTokens(p, future, verb.endToken);
    } else if (p.certainty.hypeStrong.length > 0 || p.certainty.absolutes.length > 0 || p.certainty.record) {
      // The hype and absolute rules name those words (and record claims); nothing is left for
      // this one to add.
      return [];
    } else {
      const main = p.predicate.match ?? verb;
      span = main ? spanOfTokens(p, main.startToken, main.endToken) : spanOfTokens(p, 0, Math.min(p.tokens.length, 4));
    }
    if (overlapsTaken(ctx, span)) {
      // The verb is already reported as hype ("will revolutionise"): report the certainty alone.
      const will = future >= 0 ? spanOfTokens(p, future, future + 1) : undefined;
      if (!will || overlapsTaken(ctx, will)) return [];
      span = will;
    }
    const words = wordsOf(p, span);
    const fixes: FixCandidate[] = [];
    if (future >= 0 && span.start === p.tokens[future].start && p.tokens[future].lower === 'will') {
      const will = { start: p.tokens[future].start, end: p.tokens[future].end };
      const capital = p.tokens[future].text[0] === 'W';
      const expected = subjectIsPlural(p) ? 'are expected to' : 'is expected to';
      fixes.push(buildFix(`Hedge: “${expected}”`, 'hedge', will, [capital ? expected[0].toUpperCase() + expected.slice(1) : expected]));
      fixes.push(buildFix('Hedge: “could”', 'hedge', will, [capital ? 'Could' : 'could']));
    }
    const end = sentenceEndInsertion(p);
    fixes.push(buildFix('Tie the claim to evidence', 'rewrite', { start: end, end }, [
      ' (evidence: ', slot('evaluation, pilot result or source'), ')',
    ]));
    return [{
      start: span.start,
      end: span.end,
      triggers: [words],
      message: `${quote(words)} states as certain what is only hoped for, with no hedge or evidence. ${QUESTION}`,
      fixes,
    }];
  },
};
