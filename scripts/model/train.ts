// Fitting the claim model: L2-regularised logistic regression per category over the
// interpretable features, with each category's threshold chosen on out-of-fold scores (inner
// cross-validation by document) so the threshold is not tuned on the sentences it is fitted to.
import type { Category } from '../../src/core/types';
import { featuresOf, type FeatureVector } from '../../src/core/features';
import { CATEGORIES, decisionOrder, score, type CategoryWeights, type ModelWeights } from '../../src/core/model';
import { claimProfile } from '../../src/core/profile';
import type { CompiledLexicon } from '../../src/core/lexicon';
import { foldsBySource, type LabelledSentence } from './corpus';
import { FEATURE_SETS } from './featureSets';

export interface Example {
  item: LabelledSentence;
  features: FeatureVector;
}

export function toExamples(items: LabelledSentence[], lexicon: CompiledLexicon): Example[] {
  return items.map((item) => ({ item, features: featuresOf(claimProfile(item.text, lexicon)) }));
}

export interface TrainOptions {
  l2: number;
  iterations: number;
  learningRate: number;
  /** Weight of precision against recall when choosing thresholds (F-beta; < 1 favours precision). */
  beta: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: Number(process.env.L2 ?? 0.02), iterations: 1500, learningRate: 0.5, beta: Number(process.env.BETA ?? 0.6) };

function fitLogistic(examples: Example[], category: Category, names: string[], o: TrainOptions): Omit<CategoryWeights, 'threshold'> {
  const n = examples.length;
  const x = examples.map((e) => names.map((name) => e.features[name] ?? 0));
  const y = examples.map((e) => (e.item.labels.has(category) ? 1 : 0));
  const w = new Float64Array(names.length);
  let bias = 0;
  // Adam keeps the plain gradient steps stable without tuning a schedule per category.
  const m = new Float64Array(names.length + 1);
  const v = new Float64Array(names.length + 1);
  for (let step = 1; step <= o.iterations; step++) {
    const grad = new Float64Array(names.length + 1);
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (let j = 0; j < names.length; j++) z += w[j] * x[i][j];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      for (let j = 0; j < names.length; j++) grad[j] += (err * x[i][j]) / n;
      grad[names.length] += err / n;
    }
    for (let j = 0; j < names.length; j++) grad[j] += o.l2 * w[j];
    for (let j = 0; j <= names.length; j++) {
      m[j] = 0.9 * m[j] + 0.1 * grad[j];
      v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
      const update = (o.learningRate * 0.1 * (m[j] / (1 - 0.9 ** step))) / (Math.sqrt(v[j] / (1 - 0.999 ** step)) + 1e-8);
      if (j < names.length) w[j] -= update;
      else bias -= update;
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => { if (Math.abs(w[j]) >= 0.005) weights[name] = Math.round(w[j] * 1000) / 1000; });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** The features a category's score may read (featureSets.ts), in the order features are listed. */
function featuresFor(category: Category, names: string[]): string[] {
  const allowed = new Set<string>(FEATURE_SETS[category]);
  return names.filter((n) => allowed.has(n));
}

function bestThreshold(scored: { s: number; y: boolean }[], beta: number): number {
  const grid: number[] = [];
  const scores: number[] = [];
  for (let t = 0.2; t <= 0.8001; t += 0.02) {
    let tp = 0, fp = 0, fn = 0;
    for (const { s, y } of scored) {
      if (s >= t && y) tp++;
      else if (s >= t) fp++;
      else if (y) fn++;
    }
    const p = tp + fp === 0 ? 0 : tp / (tp + fp);
    const r = tp + fn === 0 ? 0 : tp / (tp + fn);
    grid.push(t);
    scores.push(p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r));
  }
  // The F-score averaged over three grid steps either side: a threshold on a broad plateau, not
  // on a spike that a sentence or two more or less would move. 3-seed cross-validation by
  // document: macro-F1 0.667 with no averaging, 0.673 with it (docs/claim-model.md).
  const SMOOTH = 3;
  let best = 0.5;
  let bestF = -1;
  for (let i = 0; i < grid.length; i++) {
    let sum = 0, n = 0;
    for (let j = Math.max(0, i - SMOOTH); j <= Math.min(grid.length - 1, i + SMOOTH); j++) { sum += scores[j]; n++; }
    if (sum / n > bestF + 1e-9) { bestF = sum / n; best = grid[i]; }
  }
  return Math.round(best * 100) / 100;
}

export function train(examples: Example[], o: TrainOptions = DEFAULT_TRAIN, innerFolds = 4): ModelWeights {
  const allNames = Object.keys(examples[0].features);
  const model = {} as ModelWeights;
  const folds = foldsBySource(examples.map((e) => ({ ...e, source: e.item.source })), innerFolds, 7);
  for (const category of CATEGORIES) {
    const names = featuresFor(category, allNames);
    const outOfFold: { s: number; y: boolean }[] = [];
    folds.forEach((held, k) => {
      const rest = folds.filter((_, j) => j !== k).flat();
      const fitted = fitLogistic(rest, category, names, o);
      for (const e of held) {
        // A sentence the decision order rules out (or in) is never (always) flagged, whatever its score.
        const rule = decisionOrder(category, e.features);
        const s = rule === 'score' ? score({ ...fitted, threshold: 0 }, e.features) : rule === 'in' ? 1 : 0;
        outOfFold.push({ s, y: e.item.labels.has(category) });
      }
    });
    model[category] = { ...fitLogistic(examples, category, names, o), threshold: bestThreshold(outOfFold, o.beta) };
  }
  return model;
}
