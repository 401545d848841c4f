// PLACEHOLDER while the pipeline is being written: the signature is final, the body is not.
import type { AnalysisResult, Category, LanguageId, Severity } from './types';
import type { RealistConfig } from './settings';

export interface RuleMeta {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  description: string;
  docsUrl: string;
}

export interface AnalyserOptions {
  /** Parsed `.realist.json` (already checked). */
  config?: RealistConfig;
  /** Extra lexicon files, already parsed and checked (see lexicon.ts). */
  extraLexicons?: unknown[];
}

/** Results per block, keyed by block text; reuse one per document to re-analyse only what changed. */
export class BlockCache {
  readonly entries = new Map<string, unknown>();
}

export interface Analyser {
  readonly rules: readonly RuleMeta[];
  analyse(text: string, languageId: LanguageId, cache?: BlockCache): AnalysisResult;
}

export function createAnalyser(_options: AnalyserOptions = {}): Analyser {
  return { rules: [], analyse: () => ({ findings: [], claims: [], notices: [] }) };
}
