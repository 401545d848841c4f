import { buildFix, choice, slot } from '../fixes';
import type { RuleModule } from './rule';
import { quote, sentenceEndInsertion, spanOfMatch, spanOfTokens, subjectVerbSpan, wordsOf } from './spans';

const QUESTION = 'What outcome will it improve, for whom, by how much and by when?';

/** A tool or programme sold by what it is or does (capability, deployment), with no outcome for people. */
export const featureFocus: RuleModule = {
  id: 'feature-focus',
  category: 'feature-focus',
  defaultSeverity: 'warning',
  description: 'Flags claims that sell what a technology is or does, or that it is being rolled out, without naming an outcome for people.',
  question: QUESTION,
  check({ profile: p, flagged }) {
    if (!flagged.has('feature-focus') || p.tokens.length === 0) return [];
    const verb = p.predicate.kind === 'capability' || p.predicate.kind === 'deployment' ? p.predicate.match : undefined;
    const anyVerb = verb ?? [...(p.byKind.get('capability-verb') ?? []), ...(p.byKind.get('deployment-verb') ?? [])][0];
    // With no such verb, a quality sold ("automatically", "24/7") names the feature talk better
    // than the sentence's opening words.
    const toolFeature = p.byKind.get('tool-feature')?.[0];
    const span = subjectVerbSpan(p, anyVerb) ?? (toolFeature ? spanOfMatch(p, toolFeature) : spanOfTokens(p, 0, Math.min(p.tokens.length, 4)));
    const words = wordsOf(p, span);
    const at = sentenceEndInsertion(p);
    const range = { start: at, end: at };
    return [{
      start: span.start,
      end: span.end,
      triggers: [words],
      message: `${quote(words)} describes what the tool or programme does, not what changes for people. ${QUESTION}`,
      fixes: [
        buildFix('Add the outcome it should change, with baseline, target and date', 'rewrite', range, [
          ', so that ', slot('outcome measure'), ' ', choice('falls', 'rises'), ' from ', slot('baseline'), ' to ',
          slot('target'), ' by ', slot('date'), ' for ', slot('population'), '; owner: ', slot('role'),
        ]),
      ],
    }];
  },
};
