// Shared helpers for the in-editor tests. Everything that waits polls with a deadline: the
// server answers asynchronously and, on VS Code 1.139, the first code-action request right after
// opening a file often returns nothing (the renderer has not received the markers yet).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RealistApi } from '../../../src/client/extension';

export const EXTENSION_ID = 'realist.realist';
export const ESSAY = 'techno-realism-essay.txt';
export const STRATEGY = 'draft-strategy.md';
/** How long to wait for the server. Generous: a 2-core CI machine runs the editor and the browser. */
export const DEADLINE_MS = Number(process.env.REALIST_TEST_DEADLINE_MS) || 20_000;

export async function realist(): Promise<RealistApi> {
  const ext = vscode.extensions.getExtension<RealistApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Resolves once the server is up; fails the test with the reason when it cannot start. */
export async function serverReady(): Promise<RealistApi> {
  const api = await realist();
  await api.ready;
  return api;
}

export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  ms = DEADLINE_MS,
): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e; // a probe may throw while the editor settles; keep the last error for the report
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function realistDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'realist');
}

/** The rule id of a diagnostic (LSP `code`, which VS Code may wrap with its docs link). */
export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** The range of the first occurrence of `text` in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string): vscode.Range {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is not in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/**
 * Quick fixes at one diagnostic's range, retried until the server has answered with some.
 * (The code-action command's results carry no `diagnostics` on 1.139, so the range selects them;
 * when a result does name its diagnostics, they must include this one.)
 */
export async function quickFixesFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    const all = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const mine = (all ?? []).filter(
      (a): a is vscode.CodeAction =>
        typeof (a as vscode.Command).command !== 'string' &&
        (!(a as vscode.CodeAction).diagnostics?.length ||
          !!(a as vscode.CodeAction).diagnostics?.some((d) => d.range.isEqual(diagnostic.range) && ruleOf(d) === ruleOf(diagnostic))),
    );
    return mine.length ? mine : undefined;
  }, `quick fixes for ${ruleOf(diagnostic)} at line ${diagnostic.range.start.line + 1}`);
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `could not apply "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * Puts every changed fixture back as it is on disk and closes the editors, so each test starts
 * from the same state. (The runner also copies the workspace to a temp folder, so a test that
 * fails half-way never leaves a changed fixture in the repository.)
 */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    // Only what a test can have changed: untitled documents and files of the test workspace. The
    // user settings.json written before start-up sometimes shows up in the extension host as a
    // dirty document the workbench cannot open ("document ... already exists!", then "Could NOT
    // open editor ... because another editor opened in the meantime"); it is not test state.
    if (!doc.isUntitled && vscode.workspace.getWorkspaceFolder(doc.uri) === undefined) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(doc.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The set of findings as comparable keys: rule, flagged words, message. */
export function findingKeys(doc: vscode.TextDocument, diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${ruleOf(d)} | ${doc.getText(d.range)} | ${d.message}`).sort();
}

/** Digits in `after` that `before` does not have: a fix must never invent a number. */
export function inventedNumbers(before: string, after: string): string[] {
  const had = new Set(before.match(/\d+(?:[.,]\d+)*/g) ?? []);
  return (after.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => !had.has(n));
}
