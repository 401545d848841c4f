// The claim model: one transparent logistic score per category over the features of features.ts.
// Weights are data (model/weights.json), fitted by `npm run fit` on the labelled development
// corpus; cross-validated figures come from `npm run eval`, which refits per fold.
import type { Category } from './types';
import type { FeatureVector } from './features';
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

export function score(weights: CategoryWeights, features: FeatureVector): number {
  let z = weights.bias;
  for (const name in features) z += (weights.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}

export function categoryScores(model: ModelWeights, features: FeatureVector): Record<Category, number> {
  return {
    'feature-focus': score(model['feature-focus'], features),
    unmeasured: score(model.unmeasured, features),
    optimistic: score(model.optimistic, features),
  };
}
