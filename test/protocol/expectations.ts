// What the server should say, computed independently of the server's code: the core's own
// analysis of the same text, converted with a position function written here, and a tiny
// applier of LSP text edits.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { createAnalyser, ruleDocsUrl, type AnalysisResult, type LanguageId, type TextRange } from '../../src/core';
import type { RealistConfig } from '../../src/core/settings';

export const FIXTURES = path.resolve(__dirname, '../fixtures/protocol');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A fresh folder for a workspace, so no `.realist.json` from the repository applies. */
export function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realist-protocol-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

export function removeWorkspace(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Offsets of line starts; a line ends at \n, \r\n or a lone \r, as LSP says. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  return starts[position.line] + position.character;
}

export function rangeOf(text: string, range: TextRange): Range {
  return { start: positionAt(text, range.start), end: positionAt(text, range.end) };
}

/** The range of the first occurrence of `needle` (after `after` when given). */
export function rangeOfText(text: string, needle: string, after = 0): Range {
  const start = text.indexOf(needle, after);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return rangeOf(text, { start, end: start + needle.length });
}

/** Applies LSP edits (which never overlap) from the last to the first. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of resolved) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

/** Edits of one document in a WorkspaceEdit, as plain TextEdits (snippet edits carry their snippet as newText). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
    for (const e of change.edits as Array<TextEdit & { snippet?: { value: string } }>) {
      edits.push({ range: e.range, newText: e.snippet ? e.snippet.value : e.newText });
    }
  }
  edits.push(...(edit.changes?.[uri] ?? []));
  return edits;
}

export function analyse(text: string, languageId: LanguageId = 'markdown', config?: RealistConfig): AnalysisResult {
  return createAnalyser({ config }).analyse(text, languageId);
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** The diagnostics a fresh analysis gives, in the shape the tests compare (no `data`). */
export function expectedDiagnostics(text: string, languageId: LanguageId = 'markdown', config?: RealistConfig): Diagnostic[] {
  const result = analyse(text, languageId, config);
  const diagnostics: Diagnostic[] = result.findings.map((f) => ({
    range: rangeOf(text, f.range),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: 'realist',
    message: f.message,
  }));
  for (const n of result.notices) {
    diagnostics.push({ range: rangeOf(text, n.range ?? { start: 0, end: 0 }), severity: SEVERITY[n.severity], source: 'realist', message: n.message });
  }
  return diagnostics;
}

/** Published diagnostics without `data` and undefined fields, comparable with expectedDiagnostics. */
export function comparable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const { data: _data, ...rest } = d;
    return JSON.parse(JSON.stringify(rest)) as Diagnostic;
  });
}
