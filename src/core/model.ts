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
  for (const name in weights.weights) z += weights.weights[name] * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The weights as parallel arrays, so scoring a sentence is a short loop, not a dictionary walk. */
interface CompiledCategory {
  bias: number;
  names: string[];
  values: Float64Array;
}
const compiledModels = new WeakMap<ModelWeights, Record<Category, CompiledCategory>>();

function compile(model: ModelWeights): Record<Category, CompiledCategory> {
  let compiled = compiledModels.get(model);
  if (!compiled) {
    const one = (w: CategoryWeights): CompiledCategory => {
      const names = Object.keys(w.weights).filter((n) => w.weights[n] !== 0);
      return { bias: w.bias, names, values: Float64Array.from(names.map((n) => w.weights[n])) };
    };
    compiled = { 'feature-focus': one(model['feature-focus']), unmeasured: one(model.unmeasured), optimistic: one(model.optimistic) };
    compiledModels.set(model, compiled);
  }
  return compiled;
}

function scoreCompiled(c: CompiledCategory, features: FeatureVector): number {
  let z = c.bias;
  for (let i = 0; i < c.names.length; i++) z += c.values[i] * (features[c.names[i]] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function categoryScores(model: ModelWeights, features: FeatureVector): Record<Category, number> {
  const c = compile(model);
  return {
    'feature-focus': scoreCompiled(c['feature-focus'], features),
    unmeasured: scoreCompiled(c.unmeasured, features),
    optimistic: scoreCompiled(c.optimistic, features),
  };
}
