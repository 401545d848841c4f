// Quick fixes for Realist's diagnostics: one per fix candidate of the finding, then
// "Disable <rule> on this line", "... in this file", and for term-based rules
// "Allow '<term>' in this workspace" (a command the server runs: see allowTerm.ts).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { FixCandidate, Finding, TextRange } from '../core';
import { disableFileEdit, disableLineEdit } from '../core/controls';
import { ALLOW_TERM_COMMAND, type AllowTermArguments } from '../shared/protocol';
import type { ClientFeatures } from './clientCapabilities';
import { findingDiagnostic, SOURCE, toRange, type DiagnosticData } from './diagnostics';
import type { CheckedDocument } from './documentChecker';

/** Rules whose findings are about one word or phrase, which a workspace may choose to allow. */
export const TERM_RULES: ReadonlySet<string> = new Set(['hype-term', 'vague-intensifier', 'absolute-claim']);

/** LSP 3.18 SnippetTextEdit, not yet in the 3.17 protocol types. */
interface SnippetTextEdit318 {
  range: TextEdit['range'];
  snippet: { kind: 'snippet'; value: string };
}

/** rust-analyzer's experimental snippet edit: a TextEdit whose newText is a snippet. */
interface ExperimentalSnippetTextEdit extends TextEdit {
  insertTextFormat: 2;
}

export function codeActionsFor(params: CodeActionParams, doc: CheckedDocument, features: ClientFeatures): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === '')) {
    return [];
  }
  const actions: CodeAction[] = [];
  // The same disable/allow action for two findings is offered once; built only when new, since
  // a disable-line edit re-parses the block to check the comment keeps the text's meaning.
  const titles = new Set<string>();
  const add = (title: string, build: () => CodeAction | undefined): void => {
    if (titles.has(title)) return;
    titles.add(title);
    const action = build();
    if (action) actions.push(action);
  };
  for (const { finding, diagnostic } of targets(params, doc, features)) {
    const firstRewrite = finding.fixes.findIndex((fix) => fix.kind === 'rewrite');
    finding.fixes.forEach((fix, i) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === firstRewrite ? true : undefined,
        edit: fixEdit(doc, fix, features),
      });
    });
    add(disableLineTitle(finding), () => disableLineAction(doc, finding, diagnostic, features));
    add(disableFileTitle(finding), () => disableFileAction(doc, finding, diagnostic, features));
    if (TERM_RULES.has(finding.ruleId)) add(allowTermTitle(termOf(doc, finding)), () => allowTermAction(doc, finding, diagnostic));
  }
  return actions;
}

interface Target {
  finding: Finding;
  /** The client's own diagnostic when it sent one (clients match actions to diagnostics by identity). */
  diagnostic: Diagnostic;
}

/**
 * The findings the request is about: the Realist diagnostics the client sent, found by the index
 * in their `data` (or by rule and range when the data is from an older version or was dropped by
 * the client); with none sent, every finding touching the range.
 */
function targets(params: CodeActionParams, doc: CheckedDocument, features: ClientFeatures): Target[] {
  const findings = doc.result.findings;
  const sent = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
  const found: Target[] = [];
  const seen = new Set<Finding>();
  for (const diagnostic of sent) {
    // The index in data is a hint: the finding there must have the diagnostic's rule and range
    // in the current text (data from an older version may point anywhere).
    const data = diagnostic.data as DiagnosticData | undefined;
    let finding = typeof data === 'number' ? findings[data] : undefined;
    if (!finding || finding.ruleId !== diagnostic.code || !sameRange(toRange(doc.lines, finding.range), diagnostic.range)) {
      const start = doc.lines.offsetAt(diagnostic.range.start);
      const end = doc.lines.offsetAt(diagnostic.range.end);
      finding = findings.find((f) => f.ruleId === diagnostic.code && f.range.start === start && f.range.end === end);
    }
    if (finding && !seen.has(finding)) {
      seen.add(finding);
      found.push({ finding, diagnostic });
    }
  }
  if (sent.length > 0) return found;

  const start = doc.lines.offsetAt(params.range.start);
  const end = doc.lines.offsetAt(params.range.end);
  findings.forEach((finding, index) => {
    if (finding.range.start <= end && finding.range.end >= start) {
      found.push({ finding, diagnostic: findingDiagnostic(finding, index, doc.lines, features.codeDescription) });
    }
  });
  return found;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The fix as a snippet edit where the client takes one, else with visible placeholders. */
function fixEdit(doc: CheckedDocument, fix: FixCandidate, features: ClientFeatures): WorkspaceEdit {
  const range = toRange(doc.lines, fix.range);
  switch (features.snippetEdits) {
    case 'lsp-3.18': {
      const edit: SnippetTextEdit318 = { range, snippet: { kind: 'snippet', value: fix.snippet } };
      return workspaceEdit(doc, [edit as unknown as TextEdit], features);
    }
    case 'experimental': {
      const edit: ExperimentalSnippetTextEdit = { range, newText: fix.snippet, insertTextFormat: 2 };
      return workspaceEdit(doc, [edit], features);
    }
    default:
      return workspaceEdit(doc, [{ range, newText: fix.text }], features);
  }
}

function workspaceEdit(doc: CheckedDocument, edits: TextEdit[], features: ClientFeatures): WorkspaceEdit {
  if (features.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }
  return { changes: { [doc.uri]: edits } };
}

function plainEdit(doc: CheckedDocument, range: TextRange, text: string, features: ClientFeatures): WorkspaceEdit {
  return workspaceEdit(doc, [{ range: toRange(doc.lines, range), newText: text }], features);
}

function disableLineAction(doc: CheckedDocument, finding: Finding, diagnostic: Diagnostic, features: ClientFeatures): CodeAction | undefined {
  const edit = disableLineEdit(doc.text, doc.languageId, finding.range.start, finding.ruleId);
  if (edit.text === '' && edit.range.start === edit.range.end) return undefined; // nothing safe to insert
  return {
    title: disableLineTitle(finding),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: plainEdit(doc, edit.range, edit.text, features),
  };
}

function disableFileAction(doc: CheckedDocument, finding: Finding, diagnostic: Diagnostic, features: ClientFeatures): CodeAction {
  const edit = disableFileEdit(doc.text, doc.languageId);
  // The core's edit silences every rule; naming the rule keeps the others working, as the title says.
  const text = edit.text.replace('realist-disable-file -->', `realist-disable-file ${finding.ruleId} -->`);
  return {
    title: disableFileTitle(finding),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: plainEdit(doc, edit.range, text, features),
  };
}

function allowTermAction(doc: CheckedDocument, finding: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  const term = termOf(doc, finding);
  if (!term) return undefined;
  const args: AllowTermArguments = { uri: doc.uri, term };
  const title = allowTermTitle(term);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: ALLOW_TERM_COMMAND, arguments: [args] },
  };
}

const disableLineTitle = (finding: Finding): string => `Disable ${finding.ruleId} on this line`;
const disableFileTitle = (finding: Finding): string => `Disable ${finding.ruleId} in this file`;
const allowTermTitle = (term: string): string => `Allow '${term}' in this workspace`;

/** The flagged words, lower-cased unless written in capitals (an acronym). */
export function termOf(doc: CheckedDocument, finding: Finding): string {
  const raw = (finding.triggers[0] ?? doc.text.slice(finding.range.start, finding.range.end)).trim().replace(/\s+/g, ' ');
  return raw === raw.toUpperCase() ? raw : raw.toLowerCase();
}
