// Findings end to end, as a writer meets them: diagnostics on the essay, quick fixes applied
// through VS Code's own code-action command, the disable-line action, the summary, settings.
// These need the analyser to find things; they fail (by timing out) while it finds nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { summaryText } from '../../../src/client/statusBar';
import {
  applyAction,
  editsFor,
  ESSAY,
  findingKeys,
  inventedNumbers,
  openFixture,
  quickFixesFor,
  rangeOf,
  realistDiagnostics,
  revertAll,
  ruleOf,
  serverReady,
  STRATEGY,
  waitFor,
} from './helpers';

const PHRASE = 'AI will unblock backlogs';
const isRewrite = (a: vscode.CodeAction) => !/^(Disable|Allow)\b/i.test(a.title);

/** Opens the essay and waits for the findings on PHRASE. */
async function essayFindings(): Promise<{ editor: vscode.TextEditor; doc: vscode.TextDocument; flagged: vscode.Diagnostic[] }> {
  await serverReady();
  const editor = await openFixture(ESSAY);
  const doc = editor.document;
  const phrase = rangeOf(doc, PHRASE);
  const flagged = await waitFor(() => {
    const d = realistDiagnostics(doc.uri).filter((x) => x.range.intersection(phrase));
    return d.length ? d : undefined;
  }, `a Realist finding on "${PHRASE}"`);
  return { editor, doc, flagged };
}

suite('Realist in VS Code: findings on the essay', () => {
  teardown(revertAll);

  test(`opening the essay shows Realist diagnostics, one on "${PHRASE}"`, async () => {
    const { doc, flagged } = await essayFindings();
    const all = realistDiagnostics(doc.uri);
    console.log(`[e2e] essay: ${all.length} findings; on the phrase: ${flagged.map(ruleOf).join(', ')}`);
    for (const d of all) {
      assert.ok(ruleOf(d), 'every finding carries its rule id as the code');
      assert.ok(!d.range.isEmpty, `finding ${ruleOf(d)} flags some words`);
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      assert.ok(target?.toString().includes(`${ruleOf(d)}.md`), `finding ${ruleOf(d)} links to its docs page`);
    }
  });

  test('a quick fix changes only the flagged text, leaves placeholders or tab stops, invents no numbers', async () => {
    const { editor, doc, flagged } = await essayFindings();
    const original = doc.getText();
    let leftPlaceholders = 0;
    let tried = 0;
    for (const diagnostic of flagged) {
      const line = original.slice(doc.offsetAt(doc.lineAt(diagnostic.range.start.line).range.start), doc.offsetAt(doc.lineAt(diagnostic.range.end.line).range.end));
      for (const action of (await quickFixesFor(doc, diagnostic)).filter(isRewrite)) {
        tried++;
        const edits = editsFor(action, doc.uri);
        assert.ok(edits.length > 0, `"${action.title}" edits the document`);
        const start = Math.min(...edits.map((e) => doc.offsetAt(e.range.start)));
        const end = Math.max(...edits.map((e) => doc.offsetAt(e.range.end)));
        const [dStart, dEnd] = [doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end)];
        assert.ok(start <= dEnd && end >= dStart, `"${action.title}" edits at the flagged words (${start}-${end} vs ${dStart}-${dEnd})`);
        const snippet = edits.some((e) => /\$(\d|\{\d)/.test(e.text)) && action.edit!.entries().some(([, es]) => es.some((e) => e instanceof vscode.SnippetTextEdit));

        await applyAction(action);
        const after = doc.getText();
        const [prefix, suffix] = [original.slice(0, start), original.slice(end)];
        assert.ok(after.startsWith(prefix) && after.endsWith(suffix) && after.length >= prefix.length + suffix.length,
          `"${action.title}" changed text outside ${start}-${end}`);
        const inserted = after.slice(start, after.length - suffix.length);
        assert.deepEqual(inventedNumbers(line, inserted), [], `"${action.title}" inserted "${inserted}"`);
        if (snippet) {
          // Applied as a snippet in the active editor: the cursor sits on the first tab stop.
          const sel = editor.selection;
          const inside = doc.offsetAt(sel.start) >= start && doc.offsetAt(sel.end) <= start + inserted.length;
          assert.ok(inside, `"${action.title}": the cursor is on a tab stop inside the inserted text`);
          leftPlaceholders++;
        } else if (/\[[^\]\n]+\]/.test(inserted)) {
          leftPlaceholders++; // visible placeholders such as [baseline]
        }
        console.log(`[e2e] fix "${action.title}" (${ruleOf(diagnostic)}): "${original.slice(start, end)}" -> "${inserted}"${snippet ? ' (snippet)' : ''}`);

        await vscode.commands.executeCommand('workbench.action.files.revert');
        await waitFor(() => doc.getText() === original, 'the essay to revert');
      }
    }
    assert.ok(tried > 0, `no rewrite was offered for "${PHRASE}"`);
    assert.ok(leftPlaceholders > 0, `no fix for "${PHRASE}" left placeholders or tab stops for the facts`);
  });

  test('"Disable … on this line" silences that finding only', async () => {
    const { doc, flagged } = await essayFindings();
    const target = flagged[0];
    const before = findingKeys(doc, realistDiagnostics(doc.uri));
    const disable = (await quickFixesFor(doc, target)).find((a) => /^Disable .* on this line/i.test(a.title));
    assert.ok(disable, `a "Disable ${ruleOf(target)} on this line" action`);
    const expected = [...before];
    expected.splice(expected.indexOf(findingKeys(doc, [target])[0]), 1);
    await applyAction(disable);
    assert.match(doc.getText(), /realist-disable/, 'the action inserts a control comment');
    let now: string[] = [];
    await waitFor(() => {
      now = findingKeys(doc, realistDiagnostics(doc.uri));
      return JSON.stringify(now) === JSON.stringify(expected);
    }, 'only that finding to go').catch(() => assert.deepEqual(now, expected, 'findings after disabling one'));
  });

  test('the status bar counts the essay\'s claims and its anchoring score', async () => {
    const api = await serverReady();
    const { doc } = await essayFindings();
    const summary = await waitFor(() => {
      const s = api.lastSummary(doc.uri);
      return s && s.version === doc.version && s.claims > 0 ? s : undefined;
    }, 'a summary with claims');
    assert.ok(summary.findings > 0);
    assert.ok(summary.anchoringScore >= 0 && summary.anchoringScore <= 100);
    await waitFor(() => api.statusBar().text === summaryText(summary), 'the status bar to show it');
    assert.match(api.statusBar().text, /^Realist: \d+ claims?, \d+% anchored$/);
  });
});

suite('Realist in VS Code: Markdown, untitled documents, settings', () => {
  teardown(revertAll);

  test('Markdown: prose is checked; front matter and code are not', async () => {
    await serverReady();
    const editor = await openFixture(STRATEGY);
    const doc = editor.document;
    const text = doc.getText();
    const found = await waitFor(() => {
      const d = realistDiagnostics(doc.uri);
      return d.some((x) => x.range.intersection(rangeOf(doc, PHRASE))) ? d : undefined;
    }, `a finding on "${PHRASE}" in Markdown`);
    const fence = rangeOf(doc, text.slice(text.indexOf('```text'), text.indexOf('```\n', text.indexOf('```text') + 3) + 3));
    const frontMatter = new vscode.Range(0, 0, 4, 0);
    const inlineCode = rangeOf(doc, '`seamless`');
    for (const d of found) {
      for (const [name, r] of [['code block', fence], ['front matter', frontMatter], ['inline code', inlineCode]] as const) {
        assert.ok(!d.range.intersection(r) || d.range.intersection(r)!.isEmpty, `${ruleOf(d)} flags "${doc.getText(d.range)}" inside the ${name}`);
      }
    }
  });

  test('"Turn off for this document" clears its findings', async () => {
    await serverReady();
    const editor = await openFixture(STRATEGY);
    await waitFor(() => realistDiagnostics(editor.document.uri).length > 0, 'findings in the strategy');
    await vscode.commands.executeCommand('realist.turnOff');
    await waitFor(() => realistDiagnostics(editor.document.uri).length === 0, 'the findings to clear');
  });

  test('an untitled Markdown document is checked as it is typed', async () => {
    await serverReady();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), `${PHRASE}.\n`));
    await waitFor(() => realistDiagnostics(doc.uri).length > 0, 'a finding in the untitled document');
  });

  test('a realist.rules setting applies without a restart', async () => {
    await serverReady();
    const editor = await openFixture(STRATEGY);
    const uri = editor.document.uri;
    const first = await waitFor(() => realistDiagnostics(uri)[0], 'a finding');
    const rule = ruleOf(first);
    const config = vscode.workspace.getConfiguration('realist', uri);
    // The runner opens a temporary copy of the workspace, so this never touches the repository.
    await config.update('rules', { [rule]: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => realistDiagnostics(uri).every((d) => ruleOf(d) !== rule), `${rule} to go quiet`);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => realistDiagnostics(uri).some((d) => ruleOf(d) === rule), `${rule} to come back`);
  });
});
