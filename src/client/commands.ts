// The extension's own commands. Each returns a small result object so the in-editor tests (and
// other extensions) can check what happened without scraping notifications.
import * as vscode from 'vscode';
import { RULE_IDS, ruleDocsUrl } from '../core/rules/ids';
import { disableFileInsertion, hasDisableFileComment } from './controlComment';

/** One line per rule for the quick pick; the full explanation lives in docs/rules/<id>.md. */
const RULE_BLURBS: Record<string, string> = {
  'feature-focus': 'Sells what a technology is or does, and names no outcome',
  'unmeasured-outcome': 'Claims an improvement with no quantity, baseline, target or date',
  'optimistic-certainty': 'Unhedged certainty that something will transform, fix or solve',
  'hype-term': 'Promotional words: seamless, world-class, game-changing',
  'vague-intensifier': '"Significantly", "dramatically" with no number',
  'absolute-claim': 'Every, all, never, eliminate, guarantee about outcomes',
};

/** Files "Check all documents" opens. Markdown and plain text, as the server checks. */
const DOCUMENT_GLOB = '**/*.{md,markdown,txt}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test}/**';
/** Opening a document costs the editor memory; beyond this, ask the user to narrow the folder. */
const MAX_DOCUMENTS = 1000;

export interface CheckAllResult {
  documents: number;
  /** Findings across those documents, from the server's summaries (undefined if it gave none). */
  findings: number | undefined;
  truncated: boolean;
}

/**
 * Opens every Markdown and text file in the workspace as a TextDocument: the language client
 * then sends didOpen and the server checks it, so the findings show in the Problems panel.
 * (Opened without an editor: VS Code may close such documents after a few minutes, and their
 * findings go with them, as for any language server that checks open documents.)
 */
export async function checkAllDocuments(
  summarise: (doc: vscode.TextDocument) => Promise<{ findings: number } | undefined>,
): Promise<CheckAllResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Realist: checking documents', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(DOCUMENT_GLOB, EXCLUDE_GLOB, MAX_DOCUMENTS + 1, token);
      const truncated = uris.length > MAX_DOCUMENTS;
      const todo = uris.slice(0, MAX_DOCUMENTS);
      let findings: number | undefined;
      let opened = 0;
      for (const uri of todo) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / todo.length });
        try {
          const doc = await vscode.workspace.openTextDocument(uri);
          opened++;
          const s = await summarise(doc);
          if (s) findings = (findings ?? 0) + s.findings;
        } catch {
          // unreadable or binary file named *.txt: skip it, the count says how many were checked
        }
      }
      const result: CheckAllResult = { documents: opened, findings, truncated };
      const found = findings === undefined ? '' : `: ${findings} finding${findings === 1 ? '' : 's'}`;
      const more = truncated ? ` (stopped at ${MAX_DOCUMENTS}; open a smaller folder to check the rest)` : '';
      void vscode.window
        .showInformationMessage(`Realist checked ${opened} document${opened === 1 ? '' : 's'}${found}${more}.`, 'Show Problems')
        .then((pick) => pick && vscode.commands.executeCommand('realist.showProblems'));
      return result;
    },
  );
}

export interface OpenDocsResult {
  ruleId: string;
  /** Where the page was opened: the packaged Markdown in a preview, or the web page. */
  via: 'preview' | 'web';
  uri: string;
}

/** Quick pick of the rules (or the given id) → the rule's page in a Markdown preview. */
export async function openRuleDocumentation(extensionUri: vscode.Uri, ruleId?: string): Promise<OpenDocsResult | undefined> {
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      RULE_IDS.map((r) => ({ label: r, detail: RULE_BLURBS[r] })),
      { title: 'Realist: Open rule documentation', placeHolder: 'Which rule?', matchOnDetail: true },
    );
    id = pick?.label;
  }
  if (!id) return undefined;
  const local = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
  if (await exists(local)) {
    await vscode.commands.executeCommand('markdown.showPreview', local);
    return { ruleId: id, via: 'preview', uri: local.toString() };
  }
  // A development checkout without the page, or the built-in Markdown extension disabled.
  const web = vscode.Uri.parse(ruleDocsUrl(id));
  await vscode.env.openExternal(web);
  return { ruleId: id, via: 'web', uri: web.toString() };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export interface TurnOffResult {
  uri: string;
  inserted: boolean;
}

/**
 * Inserts the file-level control comment (after any front matter). It is an ordinary edit the
 * writer can see and undo, so turning Realist off is never hidden state.
 */
export async function turnOffForDocument(target?: vscode.Uri): Promise<TurnOffResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = target
    ? await vscode.workspace.openTextDocument(target)
    : editor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('Realist: open a Markdown or text document first.');
    return undefined;
  }
  const text = doc.getText();
  if (hasDisableFileComment(text)) {
    void vscode.window.showInformationMessage('Realist is already turned off for this document.');
    return { uri: doc.uri.toString(), inserted: false };
  }
  const { offset, insert } = disableFileInsertion(text, doc.languageId);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(offset), insert);
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok) {
    void vscode.window.showInformationMessage(
      'Realist is off for this document. Delete the realist-disable-file comment to turn it back on.',
    );
  }
  return { uri: doc.uri.toString(), inserted: ok };
}
