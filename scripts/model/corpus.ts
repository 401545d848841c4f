// The labelled development corpus (../shared/corpus/dev.jsonl): reading it and grouping it into
// cross-validation folds by source document (sentences from one document share a style).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Category } from '../../src/core/types';

export interface LabelledSentence {
  id: string;
  text: string;
  labels: Set<Category>;
  source: string;
}

const LABELS: Record<string, Category | undefined> = {
  feature_focus: 'feature-focus',
  unmeasured: 'unmeasured',
  optimistic: 'optimistic',
};

export function corpusPath(): string {
  return process.env.REALIST_CORPUS ?? path.resolve(process.cwd(), '..', 'shared', 'corpus', 'dev.jsonl');
}

export function readCorpus(file = corpusPath()): LabelledSentence[] {
  if (!existsSync(file)) {
    throw new Error(`The labelled corpus is not at ${file}. Set REALIST_CORPUS to its path.`);
  }
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    const row = JSON.parse(line) as { id: string; text: string; labels: string[]; source: string };
    const labels = new Set<Category>();
    for (const l of row.labels) {
      const c = LABELS[l];
      if (c) labels.add(c);
      else if (l !== 'none') throw new Error(`${file}:${i + 1}: unknown label '${l}'`);
    }
    return { id: row.id, text: row.text, labels, source: row.source };
  });
}

/** Deterministic folds: whole documents, spread so folds have similar numbers of sentences. */
export function foldsBySource<T extends { source: string }>(items: T[], k: number, seed = 1): T[][] {
  const bySource = new Map<string, T[]>();
  for (const item of items) {
    const list = bySource.get(item.source) ?? [];
    list.push(item);
    bySource.set(item.source, list);
  }
  const hash = (s: string) => {
    let h = 2166136261 ^ seed;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h >>> 0;
  };
  // Largest documents first, each to the currently smallest fold; ties broken by a stable hash.
  const groups = [...bySource.entries()].sort((a, b) => b[1].length - a[1].length || hash(a[0]) - hash(b[0]));
  const folds: T[][] = Array.from({ length: k }, () => []);
  for (const [, group] of groups) {
    const smallest = folds.reduce((min, f, i) => (f.length < folds[min].length ? i : min), 0);
    folds[smallest].push(...group);
  }
  return folds;
}
