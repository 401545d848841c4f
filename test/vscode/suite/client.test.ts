// What the extension itself does, whether or not the analyser finds anything: activation, the
// contributed commands and settings, the status bar item, and the three commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS } from '../../../src/shared/protocol';
import { DISABLE_FILE_COMMENT } from '../../../src/client/controlComment';
import { fixture, openFixture, realist, revertAll, STRATEGY, waitFor, EXTENSION_ID } from './helpers';

suite('Realist in VS Code: the extension', () => {
  teardown(revertAll);

  test('runs in a real VS Code', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    console.log(
      `[e2e] vscode ${vscode.version} appHost=${vscode.env.appHost} uiKind=${vscode.env.uiKind} ` +
        `remote=${vscode.env.remoteName ?? '-'} extension=${ext?.packageJSON?.version}`,
    );
    assert.ok(vscode.version);
    assert.ok(ext, 'the extension under test is loaded');
  });

  test('activates on a Markdown document and returns its API', async () => {
    await openFixture(STRATEGY);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor(() => ext.isActive, 'activation on onLanguage:markdown');
    const api = await realist();
    assert.equal(typeof api.lastSummary, 'function');
    assert.equal(typeof api.statusBar, 'function');
  });

  test('contributes its commands, and settings with the documented defaults', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['realist.checkWorkspace', 'realist.openRuleDocs', 'realist.turnOff', 'realist.showProblems']) {
      assert.ok(commands.includes(id), `command ${id} is registered`);
    }
    const config = vscode.workspace.getConfiguration('realist');
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepEqual(config.inspect(key)?.defaultValue, value, `default of realist.${key}`);
    }
  });

  test('shows the status bar item for Markdown and plain text only', async () => {
    const api = await realist();
    await openFixture(STRATEGY);
    await waitFor(() => api.statusBar().visible && api.statusBar().text.includes('Realist'), 'the status bar item');
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    await waitFor(() => !api.statusBar().visible, 'the item to hide for a JSON document');
    await openFixture('notes/meeting-notes.txt');
    await waitFor(() => api.statusBar().visible, 'the item for a plain-text document');
  });

  test('the status bar click opens the Problems panel', async () => {
    await openFixture(STRATEGY);
    await vscode.commands.executeCommand('realist.showProblems'); // must not throw on this version
  });

  test('"Turn off for this document" puts the comment after the front matter', async () => {
    const editor = await openFixture(STRATEGY);
    const doc = editor.document;
    const original = doc.getText();
    const result = await vscode.commands.executeCommand<{ inserted: boolean }>('realist.turnOff');
    assert.ok(result?.inserted, 'the command reports the insertion');
    const frontMatter = original.slice(0, original.indexOf('---\n', 4) + 4);
    assert.equal(doc.getText(), `${frontMatter}${DISABLE_FILE_COMMENT}\n${original.slice(frontMatter.length)}`);
    // A second run changes nothing.
    const again = await vscode.commands.executeCommand<{ inserted: boolean }>('realist.turnOff');
    assert.equal(again?.inserted, false);
  });

  test('"Turn off" in a plain-text document puts the comment on the first line', async () => {
    const editor = await openFixture('notes/meeting-notes.txt');
    const original = editor.document.getText();
    await vscode.commands.executeCommand('realist.turnOff');
    // A blank line after it, as the core's disableFileEdit does, so it never joins a paragraph.
    assert.equal(editor.document.getText(), `${DISABLE_FILE_COMMENT}\n\n${original}`);
  });

  test('"Open rule documentation" opens the rule page (packaged copy, or the web page)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const local = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'hype-term.md');
    const hasLocal = await vscode.workspace.fs.stat(local).then(() => true, () => false);
    const result = await vscode.commands.executeCommand<{ ruleId: string; via: string; uri: string }>(
      'realist.openRuleDocs',
      'hype-term',
    );
    assert.equal(result?.ruleId, 'hype-term');
    assert.equal(result?.via, hasLocal ? 'preview' : 'web');
    assert.ok(result?.uri.endsWith('hype-term.md'), result?.uri);
  });

  test('"Check all documents" opens every Markdown and text file in the workspace', async () => {
    const expected = (await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/node_modules/**')).length;
    const result = await vscode.commands.executeCommand<{ documents: number }>('realist.checkWorkspace');
    assert.equal(result?.documents, expected);
    for (const name of [STRATEGY, 'notes/meeting-notes.txt']) {
      const uri = fixture(name).toString();
      assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri), `${name} is open`);
    }
  });
});
