// Findings → LSP diagnostics. Offsets become UTF-16 line/character positions through the
// core's LineIndex, which counts exactly as LSP does.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { ruleDocsUrl, type AnalysisResult, type Finding, type LineIndex, type Notice, type Severity, type TextRange } from '../core';

export const SOURCE = 'realist';

/**
 * Carried in Diagnostic.data so a code action request can find the finding without matching
 * ranges: the document version the diagnostic was computed for and the finding's index in that
 * analysis. Kept this small on purpose: a 1 MB document can have thousands of findings, and
 * fix texts in every diagnostic would multiply the size of each publish.
 */
export interface DiagnosticData {
  version: number;
  index: number;
}

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

export function findingDiagnostic(finding: Finding, index: number, version: number, lines: LineIndex, withLink: boolean): Diagnostic {
  const data: DiagnosticData = { version, index };
  return {
    range: toRange(lines, finding.range),
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    codeDescription: withLink ? docsLink(finding.ruleId) : undefined,
    source: SOURCE,
    message: finding.message,
    data,
  };
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

export function toDiagnostics(result: AnalysisResult, version: number, lines: LineIndex, withLink: boolean): Diagnostic[] {
  const diagnostics = result.findings.map((f, i) => findingDiagnostic(f, i, version, lines, withLink));
  for (const notice of result.notices) diagnostics.push(noticeDiagnostic(notice, lines));
  return diagnostics;
}
