// Findings → LSP diagnostics. Offsets become UTF-16 line/character positions through the
// core's LineIndex, which counts exactly as LSP does.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { ruleDocsUrl, type AnalysisResult, type Finding, type LineIndex, type Notice, type Severity, type TextRange } from '../core';

export const SOURCE = 'realist';

/**
 * Diagnostic.data of a finding's diagnostic: the finding's index in the analysis it came from,
 * so a code action request can find the finding without searching. A bare number: a 1 MB
 * document has thousands of findings, and every byte of a diagnostic is multiplied by them at
 * every publish. Code actions check that the finding at the index has the diagnostic's rule and
 * range (else they search), so no version is needed to tell stale data.
 */
export type DiagnosticData = number;

export function toRange(lines: LineIndex, range: TextRange): Range {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return DiagnosticSeverity.Information;
  }
}

// One link object per rule, shared by its diagnostics (a 1 MB document has thousands; they are
// only serialised, never changed).
const docsLinks = new Map<string, { href: string }>();

function docsLink(ruleId: string): { href: string } {
  let link = docsLinks.get(ruleId);
  if (!link) docsLinks.set(ruleId, (link = { href: ruleDocsUrl(ruleId) }));
  return link;
}

/**
 * A finding's diagnostic. A class only so that the stdio writer can recognise one and serialise
 * it from its fields (wire.ts); it serialises like the plain object it would otherwise be, keys
 * in this order. Never changed after construction: the writer may rely on that.
 */
export class FindingDiagnostic implements Diagnostic {
  declare readonly range: Range;
  declare readonly severity: DiagnosticSeverity;
  declare readonly code: string;
  declare readonly codeDescription?: { href: string };
  declare readonly source: string;
  declare readonly message: string;
  declare readonly data: DiagnosticData;

  constructor(range: Range, severity: DiagnosticSeverity, code: string, codeDescription: { href: string } | undefined, message: string, data: DiagnosticData) {
    const self = this as { -readonly [K in keyof FindingDiagnostic]: FindingDiagnostic[K] };
    self.range = range;
    self.severity = severity;
    self.code = code;
    if (codeDescription) self.codeDescription = codeDescription; // absent, not undefined
    self.source = SOURCE;
    self.message = message;
    self.data = data;
  }
}

export function findingDiagnostic(finding: Finding, index: number, lines: LineIndex, withLink: boolean): FindingDiagnostic {
  return new FindingDiagnostic(
    toRange(lines, finding.range),
    toSeverity(finding.severity),
    finding.ruleId,
    withLink ? docsLink(finding.ruleId) : undefined,
    finding.message,
    index,
  );
}

/** A problem with the input itself (a misspelt control comment, an oversized file): no rule, no fixes. */
function noticeDiagnostic(notice: Notice, lines: LineIndex): Diagnostic {
  return {
    range: toRange(lines, notice.range ?? { start: 0, end: 0 }),
    severity: toSeverity(notice.severity),
    source: SOURCE,
    message: notice.message,
  };
}

/** Diagnostics of a whole analysis, made afresh (see DiagnosticsCache for a document being edited). */
export function toDiagnostics(result: AnalysisResult, lines: LineIndex, withLink: boolean): Diagnostic[] {
  return new DiagnosticsCache().toDiagnostics(result, lines, withLink);
}

/**
 * The diagnostics last made for one document. After a keystroke nearly every finding has the
 * same rule, message, line and character as before (the text moved, not the lines), so the
 * diagnostic made for it then is used again: the same object, which the stdio writer has
 * serialised already (wire.ts). Whether it is the same is checked, not assumed: positions are
 * computed for every finding, only the objects are saved.
 */
export class DiagnosticsCache {
  private last: FindingDiagnostic[] = [];

  toDiagnostics(result: AnalysisResult, lines: LineIndex, withLink: boolean): Diagnostic[] {
    const { findings } = result;
    const made: FindingDiagnostic[] = new Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const old = this.last[i];
      const startLine = lines.lineOf(f.range.start);
      const endLine = lines.lineOf(f.range.end);
      const same = old !== undefined && old.message === f.message && old.code === f.ruleId
        && old.severity === toSeverity(f.severity) && (old.codeDescription !== undefined) === withLink
        && old.range.start.line === startLine && old.range.start.character === lines.characterOn(startLine, f.range.start)
        && old.range.end.line === endLine && old.range.end.character === lines.characterOn(endLine, f.range.end);
      made[i] = same ? old : findingDiagnostic(f, i, lines, withLink);
    }
    this.last = made;
    const diagnostics: Diagnostic[] = made.slice();
    for (const notice of result.notices) diagnostics.push(noticeDiagnostic(notice, lines));
    return diagnostics;
  }
}
