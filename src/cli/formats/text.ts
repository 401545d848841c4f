// The human report: per file, a header line with the path, then one line per finding or notice
//   path:line:col  severity  rule  message
// (clickable in terminals and editors; notices use 'notice' in the rule slot), a file that
// could not be checked as `path  error  reason`, and a summary line at the end.
import type { Severity } from '../../core';
import { totals, type FileReport, type RunReport } from '../report';

export interface TextOptions {
  /** ANSI colour: only for a terminal, and never when NO_COLOR is set (decided by the caller). */
  color: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m' };
const SEVERITY_COLOUR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Messages stay on one line so each output line is one finding. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

export function summaryLine(report: RunReport): string {
  const t = totals(report);
  const checked = `${plural(t.filesChecked, 'file')} checked`;
  let line: string;
  if (t.findings === 0) {
    line = `No findings in ${checked}`;
  } else {
    const parts = (['error', 'warning', 'info'] as const)
      .filter((s) => t.bySeverity[s] > 0)
      .map((s) => (s === 'info' ? `${t.bySeverity[s]} info` : plural(t.bySeverity[s], s)));
    line = `${plural(t.findings, 'finding')} (${parts.join(', ')}) in ${t.filesWithFindings} of ${checked}`;
  }
  if (t.filesUnreadable > 0) line += `; ${plural(t.filesUnreadable, 'file')} could not be read`;
  if (t.pathsUnmatched > 0) line += `; ${plural(t.pathsUnmatched, 'path')} matched no files`;
  if (report.configProblems.length > 0) {
    line += `; ${plural(report.configProblems.length, 'configuration problem')} (see standard error)`;
  }
  return line;
}

function fileLines(file: FileReport, paint: (codes: string, text: string) => string): string[] {
  const lines = [paint(ANSI.bold + ANSI.underline, file.display)];
  const severity = (s: Severity) => paint(SEVERITY_COLOUR[s], s);
  if (file.error !== undefined) lines.push(`${file.display}  ${severity('error')}  ${oneLine(file.error)}`);
  // Findings and notices interleaved in reading order.
  const entries = [
    ...file.findings.map((f) => ({ line: f.span.line, column: f.span.column, severity: f.severity, rule: f.ruleId, message: f.message })),
    ...file.notices.map((n) => ({ line: n.span?.line ?? 1, column: n.span?.column ?? 1, severity: n.severity, rule: 'notice', message: n.message })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const e of entries) {
    lines.push(`${file.display}:${e.line}:${e.column}  ${severity(e.severity)}  ${paint(ANSI.dim, e.rule)}  ${oneLine(e.message)}`);
  }
  return lines;
}

export function formatText(report: RunReport, options: TextOptions): string {
  const paint = (codes: string, text: string) => (options.color ? `${codes}${text}${ANSI.reset}` : text);
  const groups: string[] = [];
  for (const file of report.files) {
    // Clean files get no group: in a folder of fifty drafts, only the ones to look at show up.
    if (file.error === undefined && file.findings.length === 0 && file.notices.length === 0) continue;
    groups.push(fileLines(file, paint).join('\n'));
  }
  groups.push(paint(ANSI.bold, summaryLine(report)));
  return `${groups.join('\n\n')}\n`;
}
