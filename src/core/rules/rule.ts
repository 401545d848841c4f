// What a rule is: one small module with an id, a category, a default severity, a description, the
// reviewer's question, and a pure function that reads a claim profile and reports.
import type { Category, FixCandidate, Severity } from '../types';
import type { ClaimProfile } from '../profile';
import type { CompiledLexicon } from '../lexicon';

export interface RuleContext {
  profile: ClaimProfile;
  /** The claim model's score per category, and whether it reached the category's threshold. */
  scores: Record<Category, number>;
  flagged: ReadonlySet<Category>;
  lexicon: CompiledLexicon;
  /** Offsets already reported for this sentence, so two rules do not flag the same words. */
  taken: Array<{ start: number; end: number }>;
}

/** A report in sentence offsets (into profile.text); the analyser maps it to the source. */
export interface RuleReport {
  start: number;
  end: number;
  triggers: string[];
  message: string;
  fixes: FixCandidate[];
}

export interface RuleModule {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line: what the rule looks for. */
  description: string;
  /** The question a reviewer would ask of a flagged claim. */
  question: string;
  check(context: RuleContext): RuleReport[];
}
