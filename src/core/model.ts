// The claim model: one transparent logistic score per category over the features of features.ts.
// Weights are data (model/weights.json), fitted by `npm run fit` on the labelled development
// corpus; cross-validated figures come from `npm run eval`, which refits per fold.
import type { Category } from './types';
import { FEATURE_INDEX, FEATURE_NAMES, type FeatureVector } from './features';
import fitted from './model/weights.json';

export interface CategoryWeights {
  bias: number;
  weights: Record<string, number>;
  /** The score at or above which the category is reported. */
  threshold: number;
}

export type ModelWeights = Record<Category, CategoryWeights>;

export const CATEGORIES: readonly Category[] = ['feature-focus', 'unmeasured', 'optimistic'];

export function defaultModel(): ModelWeights {
  return fitted as ModelWeights;
}

/** The score of one category over features by name (fitting uses this). */
export function score(weights: CategoryWeights, features: FeatureVector): number {
  let z = weights.bias;
  for (const name in weights.weights) z += weights.weights[name] * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * A category's weights compiled to the feature vector's slots, kept in the weights file's key
 * order so the sum is taken in the same order as score() takes it (same rounding, same result).
 * A weight naming no known feature reads as 0 there and is dropped here.
 */
interface CompiledCategory {
  bias: number;
  slots: Int32Array;
  values: Float64Array;
  threshold: number;
}
const compiledModels = new WeakMap<ModelWeights, CompiledCategory[]>();
const SLOTS = FEATURE_INDEX as Record<string, number | undefined>;

function compile(model: ModelWeights): CompiledCategory[] {
  let compiled = compiledModels.get(model);
  if (!compiled) {
    compiled = CATEGORIES.map((category) => {
      const w = model[category];
      const names = Object.keys(w.weights).filter((n) => Object.hasOwn(FEATURE_INDEX, n));
      return {
        bias: w.bias,
        slots: Int32Array.from(names.map((n) => SLOTS[n]!)),
        values: Float64Array.from(names.map((n) => w.weights[n])),
        threshold: w.threshold,
      };
    });
    compiledModels.set(model, compiled);
  }
  return compiled;
}

function scoreCompiled(c: CompiledCategory, vector: Float64Array): number {
  let z = c.bias;
  const { slots, values } = c;
  for (let i = 0; i < slots.length; i++) z += values[i] * vector[slots[i]];
  return 1 / (1 + Math.exp(-z));
}

/** Scores of a feature vector (features.ts featureVector), in CATEGORIES order, written into `out`. */
export function scoreVector(model: ModelWeights, vector: Float64Array, out: Float64Array): Float64Array {
  const compiled = compile(model);
  for (let k = 0; k < compiled.length; k++) out[k] = scoreCompiled(compiled[k], vector);
  return out;
}

const FEATURE_FOCUS_BIT = 1 << CATEGORIES.indexOf('feature-focus');
const UNMEASURED_BIT = 1 << CATEGORIES.indexOf('unmeasured');
const OPTIMISTIC_BIT = 1 << CATEGORIES.indexOf('optimistic');

/**
 * Which categories reach their thresholds, as bits in CATEGORIES order (1, 2, 4), after twenty-three
 * rules of the labelling guide that a weight cannot learn from a few dozen sentences (a
 * regularised weight does not outvote the tool words, nor lift a five-word claim):
 * - a tool sold by a quality of its own is feature talk: a technology with a selling quality
 *   ("real-time dashboards for managers", "a single source of truth", "services 24/7"), with no
 *   denial, problem or negative word, is flagged whatever the score (the rules below can still
 *   rule it out);
 * - "a capability followed by a measured outcome gets none" (decision order, step 2): no
 *   feature-focus when an outcome carries a percentage or a "from X to Y";
 * - constraints are none: no feature-focus when a negation meets a problem word ("our legacy
 *   systems cannot share data");
 * - scope statements are none: no feature-focus when a document describes its own scope ("This
 *   strategy does not cover ...", "This section describes the shared platforms");
 * - the point of the sentence is not the tool: no feature-focus when every technology or
 *   programme it names lies outside the main clause (the head of its subject and its predicate)
 *   and its opening instrument ("Once systems are linked, problems with data quality multiply",
 *   "An evaluation of the pilot will report in spring"; "Through the app, people can ..." keeps it);
 * - governance is none: no feature-focus when the main verb is an administrative action on a
 *   document or a body ("In 2018 Council adopted a Digital Strategy", "is setting up a digital
 *   advisory panel"), the guide's "appoint a CIO, publish guidance, set up a board";
 * - usage statistics are none: no feature-focus when a count of use is stated as a fact
 *   ("GOV.UK has handled over 1 billion page views", "logged into over 19 million times");
 * - a benefit with no number is unmeasured (step 1): an intensifier sizing a change ("will
 *   significantly improve outcomes") with no figure, denial or condition is flagged whatever
 *   the score;
 * - a record claim is optimistic and unmeasured: a superlative of quality against an unlimited
 *   field ("among the most significant transformations modern medicine has ever seen", "one of
 *   the leading nations globally"), the guide's "world-leading" at more length, with no figure
 *   or hedge: hype, and an improvement claimed with nothing to check it by;
 * - a promise to every person is optimistic: "no one will be left behind", "so good that
 *   everyone who can use them will choose to", said of the future or as an aim, with no hedge,
 *   figure, problem, condition, question, critique or past report (the guide's absolutes
 *   "attached to a benefit or aim");
 * - a good claimed for every case is optimistic: "every" or "all" opening the subject of an
 *   effect verb that acts on an outcome or benefit ("Every transaction saves time", the guide's
 *   own example), with no hedge, figure, denial, question, condition, critique or past report;
 * - a stated aim is unmeasured (the guide's borderline rule for mission statements): an aim noun
 *   ("our mission", "the goals of the strategy") with positive words and no figure, denial,
 *   condition, question or critique;
 * - a change claimed in hype or transformation words is unmeasured: "will transform how we
 *   provide services", "a seamless experience", hedged or not, with no figure, denial, problem or
 *   report of the past (the guide's optimistic claim, "usually paired with unmeasured");
 * - a benefit that a verb of delivering produces is unmeasured: "could make a real difference",
 *   "will bring value to the whole ecosystem", with no figure, denial or problem;
 * - a benefit helped along is unmeasured: "help" with a bare verb ("will help relieve winter
 *   pressures", "help people manage their own health"), said of people or naming a good in the
 *   helped verb's clause, with no figure, denial or question;
 * - a benefit reported from evidence is unmeasured: a verb of showing after a noun of evidence,
 *   with a good after it ("pilots show promising gains", "studies consistently show reductions"),
 *   or a verdict on a programme ("The scheme has been a great success"), with no figure, denial,
 *   problem, question or condition;
 * - a burden lifted is unmeasured: "no longer", "never", "won't" or "shouldn't" before "have to"
 *   or "need to" and a verb ("residents no longer have to repeat their details"), with no
 *   figure, question, condition or critique;
 * - a change in a named outcome is unmeasured: an effect verb acting on it ("AI can cut the time
 *   it takes to turn reports around"), or forecast of it as its subject ("Waiting times will
 *   fall"), with no figure, denial, problem or report of the past;
 * - a constraint or an honest admission is neither unmeasured nor optimistic: the main clause
 *   denies its verb or says its subject is a problem ("Building world-class digital services will
 *   take time", "does not guarantee improved outcomes"), with no "but" after the denial;
 * - a problem statement is not unmeasured: a problem word in the subject and no effect verb
 *   ("Risks include supplier delays, data quality and staff capacity");
 * - conditional logic is neither unmeasured nor optimistic: "Government will save money if demand
 *   for higher cost channels decreases", "unless it is reformed";
 * - a claim that is only asked is none: when every claim word lies in an indirect question
 *   ("the pilot will test whether remote monitoring reduces readmissions"), or the sentence is a
 *   direct question ("Will the new rota help staff cope?"), nothing is flagged;
 * - a critique claims nothing: with a critique marker ("mixed results", "heralded as", "fail
 *   to", "so-called"), nothing is flagged.
 * test/unit/rules.test.ts holds an example of each.
 */
export function flaggedBits(model: ModelWeights, scores: Float64Array, vector: Float64Array): number {
  const compiled = compile(model);
  let bits = 0;
  for (let k = 0; k < compiled.length; k++) if (scores[k] >= compiled[k].threshold) bits |= 1 << k;
  return afterDecisionOrder(bits, vector);
}

const F = FEATURE_INDEX;

/** The twenty-three rules above, applied to the bits the scores set. */
function afterDecisionOrder(scored: number, vector: Float64Array): number {
  let bits = scored;
  // First, so that the rules below that flag a claim on their own still can: none of them fires
  // on a denied claim or beside a problem word, but a promise to everyone ("We will not leave
  // anyone behind") does.
  if (vector[F.constraintStatement] === 1) bits &= ~(UNMEASURED_BIT | OPTIMISTIC_BIT);
  // Before the rules that rule feature talk out, so that a measured outcome still does.
  if (vector[F.toolQuality] === 1) bits |= FEATURE_FOCUS_BIT;
  if (vector[F.measuredOutcome] === 1 || (vector[F.negated] === 1 && vector[F.problem] === 1) || vector[F.scopeStatement] === 1 ||
    vector[F.usageStatistic] === 1 || vector[F.toolOutsideMainClause] === 1 || vector[F.administrativeAction] === 1) {
    bits &= ~FEATURE_FOCUS_BIT;
  }
  if (vector[F.sizedChange] === 1) bits |= UNMEASURED_BIT;
  if (vector[F.recordClaim] === 1) bits |= OPTIMISTIC_BIT | UNMEASURED_BIT;
  if (vector[F.promiseToEveryone] === 1 || vector[F.universalBenefit] === 1) bits |= OPTIMISTIC_BIT;
  if (vector[F.statedAim] === 1) bits |= UNMEASURED_BIT;
  if (vector[F.hypedChange] === 1 || vector[F.deliveredBenefit] === 1 || vector[F.helpedAction] === 1 ||
    vector[F.changedOutcome] === 1 || vector[F.reportedBenefit] === 1 || vector[F.liftedBurden] === 1) bits |= UNMEASURED_BIT;
  if (vector[F.problemStatement] === 1) bits &= ~UNMEASURED_BIT;
  if (vector[F.onCondition] === 1) bits &= ~(UNMEASURED_BIT | OPTIMISTIC_BIT);
  if (vector[F.inOpenQuestion] === 1 || vector[F.question] === 1 || vector[F.critique] === 1) bits = 0;
  return bits;
}

const ALL_BITS = (1 << CATEGORIES.length) - 1;

/**
 * The same rules for named features (fitting and evaluation scripts): 'out' when a rule rules the
 * category out, 'in' when one flags it, 'score' when the score decides.
 */
export function decisionOrder(category: Category, features: FeatureVector): 'in' | 'out' | 'score' {
  const vector = Float64Array.from(FEATURE_NAMES, (name) => features[name] ?? 0);
  const bit = 1 << CATEGORIES.indexOf(category);
  if ((afterDecisionOrder(0, vector) & bit) !== 0) return 'in';
  if ((afterDecisionOrder(ALL_BITS, vector) & bit) === 0) return 'out';
  return 'score';
}

export function categoryScores(model: ModelWeights, features: FeatureVector): Record<Category, number> {
  return {
    'feature-focus': score(model['feature-focus'], features),
    unmeasured: score(model.unmeasured, features),
    optimistic: score(model.optimistic, features),
  };
}
