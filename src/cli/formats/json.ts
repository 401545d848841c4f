// The machine report. Other tools read these field names: keep them exactly.
//   {"files":[{"path","findings":[{"rule","category","severity","message","line","column",
//     "endLine","endColumn","fixes":[{"title","kind","text","snippet","line","column","endLine",
//     "endColumn"}]}],"notices":[{"severity","message","line"?,...}],"error"?}],
//    "configProblems":[{"file","path","line"?,"column"?,"message"}]}
// Lines and columns are 1-based UTF-16 code units; end columns are exclusive, as in ESLint.
import type { ConfigProblem } from '../../core/settings';
import type { LocatedFinding, LocatedNotice, RunReport } from '../report';

export interface JsonFix {
  title: string;
  kind: string;
  text: string;
  snippet: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFinding {
  rule: string;
  category: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixes: JsonFix[];
}

export interface JsonNotice {
  severity: string;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  notices: JsonNotice[];
  error?: string;
}

export interface JsonReport {
  files: JsonFile[];
  configProblems: ConfigProblem[];
}

function jsonFinding(f: LocatedFinding): JsonFinding {
  return {
    rule: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    ...f.span,
    fixes: f.fixes.map((fix) => ({ title: fix.title, kind: fix.kind, text: fix.text, snippet: fix.snippet, ...fix.span })),
  };
}

function jsonNotice(n: LocatedNotice): JsonNotice {
  return { severity: n.severity, message: n.message, ...(n.span ?? {}) };
}

export function toJsonReport(report: RunReport): JsonReport {
  return {
    files: report.files.map((file) => ({
      path: file.display,
      findings: file.findings.map(jsonFinding),
      notices: file.notices.map(jsonNotice),
      ...(file.error !== undefined ? { error: file.error } : {}),
    })),
    configProblems: report.configProblems.map((p) => ({ ...p })),
  };
}

export function formatJson(report: RunReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
