// The result of one `realist check` run, in the shape all three formats read: findings with
// 1-based line/column spans already worked out (so a file's text need not be kept), per-file
// errors and notices, and the configuration problems met on the way.
import { LineIndex, type Category, type Finding, type FixKind, type RuleMeta, type Severity, type TextRange } from '../core';
import type { ConfigProblem } from '../core/settings';

/** 1-based lines and columns in UTF-16 code units; the end column is exclusive (as ESLint and SARIF). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedFix {
  title: string;
  kind: FixKind;
  text: string;
  snippet: string;
  span: Span;
}

export interface LocatedFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  span: Span;
  /** The sentence as written, for stable fingerprints that survive edits elsewhere in the file. */
  sentenceText: string;
  /** The flagged words as written. */
  flaggedText: string;
  fixes: LocatedFix[];
}

export interface LocatedNotice {
  severity: Severity;
  message: string;
  span?: Span;
}

export interface FileReport {
  /** Absolute path, or '-' for stdin. */
  file: string;
  /** The path as reports show it (relative to the working directory when inside it). */
  display: string;
  findings: LocatedFinding[];
  notices: LocatedNotice[];
  /** Set when the file could not be checked at all: why. */
  error?: string;
  /** True when this entry is a folder or glob that matched no file (so `file` is no real file). */
  matchedNothing?: boolean;
}

export interface RunReport {
  /** Working directory: SARIF URIs are relative to it. */
  cwd: string;
  version: string;
  rules: readonly RuleMeta[];
  files: FileReport[];
  configProblems: ConfigProblem[];
}

export function spanOf(lines: LineIndex, range: TextRange): Span {
  const start = lines.positionAt(range.start);
  const end = lines.positionAt(range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function locateFinding(finding: Finding, text: string, lines: LineIndex): LocatedFinding {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    span: spanOf(lines, finding.range),
    sentenceText: text.slice(finding.sentence.start, finding.sentence.end),
    flaggedText: text.slice(finding.range.start, finding.range.end),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      kind: fix.kind,
      text: fix.text,
      snippet: fix.snippet,
      span: spanOf(lines, fix.range),
    })),
  };
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** --quiet: keep only findings at or above the threshold, and drop notices (errors stay). */
export function quietened(report: RunReport, threshold: Severity): RunReport {
  return {
    ...report,
    files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => isAtLeast(x.severity, threshold)), notices: [] })),
  };
}

export interface Totals {
  findings: number;
  bySeverity: Record<Severity, number>;
  filesWithFindings: number;
  filesChecked: number;
  filesUnreadable: number;
  /** Folders or globs that matched no checkable file. */
  pathsUnmatched: number;
}

export function totals(report: RunReport): Totals {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let filesWithFindings = 0;
  let filesUnreadable = 0;
  let pathsUnmatched = 0;
  for (const file of report.files) {
    if (file.matchedNothing) pathsUnmatched++;
    else if (file.error !== undefined) filesUnreadable++;
    if (file.findings.length > 0) filesWithFindings++;
    for (const finding of file.findings) bySeverity[finding.severity]++;
  }
  return {
    findings: bySeverity.error + bySeverity.warning + bySeverity.info,
    bySeverity,
    filesWithFindings,
    filesChecked: report.files.length - filesUnreadable - pathsUnmatched,
    filesUnreadable,
    pathsUnmatched,
  };
}

/** Orders findings by position so every format lists them the way the file reads. */
export function byPosition(a: { span: Span; ruleId: string }, b: { span: Span; ruleId: string }): number {
  return a.span.line - b.span.line || a.span.column - b.span.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
