// Shared types of the pure core. Nothing here knows about VS Code, LSP or the file system.
// All offsets are JavaScript string indices (UTF-16 code units) into the checked source text.

export type Category = 'feature-focus' | 'unmeasured' | 'optimistic';
export type Severity = 'error' | 'warning' | 'info';
export type LanguageId = 'markdown' | 'plaintext';

export interface TextRange {
  /** First code unit, inclusive. */
  start: number;
  /** Code unit after the last one, exclusive. */
  end: number;
}

/** What a fix candidate does, so adapters can order and label them. */
export type FixKind = 'rewrite' | 'hedge' | 'alternative' | 'delete' | 'quantity' | 'scope';

/**
 * One way to fix a finding. Applying it replaces `range` in the source with `text`
 * (or, in editors that support snippets, with `snippet`). It never invents a fact: the
 * placeholders name what the writer must supply.
 */
export interface FixCandidate {
  title: string;
  kind: FixKind;
  range: TextRange;
  /** LSP/TextMate snippet syntax with numbered tab stops, e.g. `from ${1:baseline} to ${2:target}`. */
  snippet: string;
  /** The same edit with visible placeholders, e.g. `from [baseline] to [target]`. */
  text: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Plain English: names the triggering words and asks the reviewer's question. */
  message: string;
  /** The flagged words. */
  range: TextRange;
  /** The whole sentence the finding belongs to. */
  sentence: TextRange;
  /** The words that triggered the rule, as written in the source. */
  triggers: string[];
  /** The question a reviewer would ask of this claim. */
  question: string;
  fixes: FixCandidate[];
}

/** A problem with the input or set-up (not a claim): a bad control comment, an oversized file. */
export interface Notice {
  severity: Severity;
  message: string;
  range?: TextRange;
}

/** Per-sentence summary kept for document summaries (status bar, reports). */
export interface ClaimSummary {
  sentence: TextRange;
  /** Categories the claim model judged present in the sentence. */
  categories: Category[];
  /** True when the sentence makes a claim (benefit, capability, certainty) at all. */
  isClaim: boolean;
  /** True when that claim carries a measure (quantity, baseline, target or dated checkable state). */
  anchored: boolean;
}

export interface AnalysisResult {
  findings: Finding[];
  claims: ClaimSummary[];
  notices: Notice[];
}
