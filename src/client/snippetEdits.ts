// Quick fixes with tab stops. The server offers outcome-anchored rewrites as LSP 3.18 snippet text
// edits (`{ range, snippet: { kind: 'snippet', value } }` inside documentChanges) to clients that
// set `workspace.workspaceEdit.snippetEditSupport`. vscode-languageclient 9 speaks LSP 3.17: it
// neither advertises that capability nor converts such edits (it would produce a TextEdit with no
// text). So this module advertises it and converts those code actions itself, into
// vscode.SnippetTextEdit, which VS Code applies as a snippet in the active editor: the writer tabs
// through baseline, target, date... instead of deleting "[baseline]" by hand.
import * as vscode from 'vscode';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  type ClientCapabilities,
  type FeatureState,
  type LanguageClient,
  type Middleware,
  type StaticFeature,
} from 'vscode-languageclient/node';
// The protocol types, as vscode-languageclient re-exports them (no direct dependency needed).
import type * as lsp from 'vscode-languageclient/node';

interface LspSnippetTextEdit {
  range: lsp.Range;
  snippet: { kind: 'snippet'; value: string };
  annotationId?: string;
}
type AnyTextEdit = lsp.TextEdit | lsp.AnnotatedTextEdit | LspSnippetTextEdit;

const isSnippetEdit = (e: AnyTextEdit): e is LspSnippetTextEdit =>
  typeof (e as LspSnippetTextEdit).snippet?.value === 'string';

/** Adds the LSP 3.18 capability that makes the server send snippet edits. */
export class SnippetEditCapability implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const workspace = (capabilities.workspace ??= {});
    const edit = (workspace.workspaceEdit ??= {}) as NonNullable<typeof workspace.workspaceEdit> & { snippetEditSupport?: boolean };
    edit.documentChanges = true; // snippet edits travel only inside documentChanges
    edit.snippetEditSupport = true;
  }
  getState(): FeatureState {
    return { kind: 'static' };
  }
  initialize(): void {}
  clear(): void {}
}

/**
 * Middleware that requests code actions itself, so it sees the raw edits, and converts those
 * with snippet edits; everything else goes through the client's own converter unchanged.
 */
export function snippetCodeActionMiddleware(client: () => LanguageClient): Middleware {
  return {
    async provideCodeActions(document, range, context, token) {
      const lc = client();
      const params: lsp.CodeActionParams = {
        textDocument: lc.code2ProtocolConverter.asTextDocumentIdentifier(document),
        range: lc.code2ProtocolConverter.asRange(range),
        context: await lc.code2ProtocolConverter.asCodeActionContext(context, token),
      };
      const raw = await lc.sendRequest(CodeActionRequest.type, params, token);
      if (!raw || token.isCancellationRequested) return undefined;
      return Promise.all(raw.map((item) => convertAction(lc, item, token)));
    },
    async resolveCodeAction(item, token) {
      const lc = client();
      const params = await lc.code2ProtocolConverter.asCodeAction(item, token);
      const resolved = await lc.sendRequest(CodeActionResolveRequest.type, params, token);
      if (!resolved || token.isCancellationRequested) return item;
      return (await convertAction(lc, resolved, token)) as vscode.CodeAction;
    },
  };
}

async function convertAction(
  lc: LanguageClient,
  item: lsp.Command | lsp.CodeAction,
  token: vscode.CancellationToken,
): Promise<vscode.Command | vscode.CodeAction> {
  const edit = 'title' in item && 'edit' in item ? (item as lsp.CodeAction).edit : undefined;
  if (!edit || !hasSnippetEdit(edit)) {
    const [converted] = await lc.protocol2CodeConverter.asCodeActionResult([item], token);
    return converted;
  }
  // Convert the rest of the action (title, kind, diagnostics, command, data for resolve) with
  // the client's converter, then put in the edit it cannot convert.
  const action = await lc.protocol2CodeConverter.asCodeAction({ ...(item as lsp.CodeAction), edit: undefined }, token);
  action.edit = toWorkspaceEdit(lc, edit);
  return action;
}

function hasSnippetEdit(edit: lsp.WorkspaceEdit): boolean {
  return (edit.documentChanges ?? []).some(
    (change) => 'edits' in change && (change.edits as AnyTextEdit[]).some(isSnippetEdit),
  );
}

function toWorkspaceEdit(lc: LanguageClient, edit: lsp.WorkspaceEdit): vscode.WorkspaceEdit {
  const p2c = lc.protocol2CodeConverter;
  const out = new vscode.WorkspaceEdit();
  // WorkspaceEdit.set replaces a document's edits, so gather them per document first.
  const perDocument = new Map<string, { uri: vscode.Uri; edits: Array<vscode.TextEdit | vscode.SnippetTextEdit> }>();
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      // Resource operations come before or after text edits in order; apply them as they come.
      if (change.kind === 'create') out.createFile(p2c.asUri(change.uri), change.options);
      else if (change.kind === 'rename') out.renameFile(p2c.asUri(change.oldUri), p2c.asUri(change.newUri), change.options);
      else if (change.kind === 'delete') out.deleteFile(p2c.asUri(change.uri), change.options);
      continue;
    }
    const uri = p2c.asUri(change.textDocument.uri);
    const entry = perDocument.get(uri.toString()) ?? { uri, edits: [] };
    perDocument.set(uri.toString(), entry);
    for (const e of change.edits as AnyTextEdit[]) {
      const range = p2c.asRange(e.range);
      entry.edits.push(
        isSnippetEdit(e) ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.snippet.value)) : new vscode.TextEdit(range, e.newText),
      );
    }
  }
  for (const { uri, edits } of perDocument.values()) out.set(uri, edits);
  return out;
}
