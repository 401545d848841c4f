// The shape of `.realist.json` after parsing, and of the problems found in it. Reading files is
// the doors' job (src/node); checking and resolving is pure and lives in the core.
import type { Severity } from './types';

export type RuleSetting = 'off' | Severity | { severity: 'off' | Severity };

export interface RealistConfig {
  /** Turn rules off or change their severity, by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Extra lexicon files, relative to the config file. */
  lexicons?: string[];
  /** Outcome vocabularies to use besides 'general': 'health', 'public-services'. Default: all. */
  packs?: string[];
  /** Words or phrases never to flag in this workspace (matched on stems, like lexicon terms). */
  allow?: string[];
}

/** A problem in a configuration or lexicon file: which file, where in it, and what is wrong. */
export interface ConfigProblem {
  file: string;
  /** JSON pointer to the offending value ('' for the whole file), e.g. '/rules/hype-term'. */
  path: string;
  message: string;
  /** 1-based, when known (JSON syntax errors). */
  line?: number;
  column?: number;
}

export function formatConfigProblem(p: ConfigProblem): string {
  const where = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
  const at = p.path ? ` at ${p.path}` : '';
  return `${p.file}${where}${at}: ${p.message}`;
}
