import type { Category } from '../../src/core/types';

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores { precision: number; recall: number; f1: number; support: number }

export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn };
}

export function count(pairs: { predicted: boolean; actual: boolean }[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) c.tp++;
    else if (predicted) c.fp++;
    else if (actual) c.fn++;
  }
  return c;
}

export interface Prediction {
  labels: Set<Category>;
  predicted: Set<Category>;
  rules: Set<string>;
}
