// Which features each category's score may read. Each set follows the labelling guide's
// definition of its category (../shared/corpus/GUIDE.md, "Definitions" and "Decision order"),
// kept small on purpose: with a few hundred labelled sentences, a score that may read every
// feature fits the style of the documents it was fitted on. Cross-validated by document (three
// fold seeds), the small sets scored macro-F1 0.613 against 0.576 with all features (optimistic
// 0.634 against 0.548); see docs/claim-model.md.
import type { Category } from '../../src/core/types';
import type { FeatureName } from '../../src/core/features';

export const FEATURE_SETS: Record<Category, readonly FeatureName[]> = {
  // "The point of the sentence is what a technology or programme is, has or can do, or that it is
  // being deployed or rolled out; no outcome for people is stated."
  'feature-focus': [
    'capability', 'deployment', 'toolCapability', 'capabilityNoOutcome', 'capabilityPresent', 'peopleAbility',
    'labelled', 'verbDeployment', 'deployTool', 'tech', 'techDense', 'outcome', 'benefit', 'percent', 'contrast',
    'governance', 'concreteTool', 'toolFunction', 'fromTo', 'negated', 'problem', 'positiveWords',
    'predicateCapability', 'toolFeature', 'negativeWords',
  ],
  // "Asserts, promises or aims at a benefit or improvement but gives no metric, quantity, baseline
  // or target"; problem statements, constraints and reported figures are not claims.
  unmeasured: [
    'benefitUnanchored', 'outcomeUnanchored', 'aspirationBenefit', 'comparative', 'effect', 'strongEffect', 'benefit',
    'effectOnOutcome', 'anchored', 'quantity', 'metric', 'problem', 'critique', 'negated', 'expectation', 'pastReport',
    'people', 'objectPeople', 'governance', 'percent', 'money', 'fromTo', 'positiveWords', 'futureEffect',
  ],
  // "Certainty or hype about what a technology or programme will achieve, with no hedge": a strong
  // effect verb said without a hedge, or a strong hype term (scale words only when they size a
  // benefit, and never when denied: profile.ts).
  optimistic: ['strongUnhedged', 'hypeStrong'],
};
