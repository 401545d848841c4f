// Findings end to end, as a writer meets them: diagnostics on the essay, quick fixes applied
// through VS Code's own code-action command, the disable-line action, the summary, settings.
// These need the analyser to find things; they fail (by timing out) while it finds nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { summaryText } from '../../../src/client/statusBar';
import {
  applyAction,
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

/** The sentence around [start, end): from after the previous sentence end (or line start) to its own end. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !(/[.!?]/.test(text[from - 2] ?? '') && /\s/.test(text[from - 1]))) from--;
  const rest = /[.!?](?=\s|$)|\n/.exec(text.slice(end));
  return { start: from, end: rest ? end + rest.index + 1 : text.length };
}

/** Where two texts differ: [start, oldEnd) in `before` became `inserted`. */
function changedRegion(before: string, after: string): { start: number; oldEnd: number; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, oldEnd: before.length - tail, inserted: after.slice(start, after.length - tail) };
}

interface EssayFindings {
  editor: vscode.TextEditor;
  doc: vscode.TextDocument;
  all: vscode.Diagnostic[];
  /** The findings on PHRASE (empty while the analyser does not flag it). */
  flagged: vscode.Diagnostic[];
}

/** Opens the essay and waits for its findings (published all at once for a version). */
async function essayFindings(): Promise<EssayFindings> {
  await serverReady();
  const editor = await openFixture(ESSAY);
  const doc = editor.document;
  const phrase = rangeOf(doc, PHRASE);
  const all = await waitFor(() => {
    const d = realistDiagnostics(doc.uri);
    return d.length ? d : undefined;
  }, 'Realist findings on the essay');
  return { editor, doc, all, flagged: all.filter((x) => x.range.intersection(phrase)) };
}

/** The findings the fix tests work on: those on PHRASE, else one finding per rule. */
function fixTargets({ all, flagged }: EssayFindings): vscode.Diagnostic[] {
  if (flagged.length) return flagged;
  const perRule = new Map<string, vscode.Diagnostic>();
  for (const d of all) if (!perRule.has(ruleOf(d))) perRule.set(ruleOf(d), d);
  return [...perRule.values()];
}

suite('Realist in VS Code: findings on the essay', () => {
  teardown(revertAll);

  test(`opening the essay shows Realist diagnostics, one on "${PHRASE}"`, async () => {
    const { doc, all, flagged } = await essayFindings();
    console.log(`[e2e] essay: ${all.length} findings; on "${PHRASE}": ${flagged.map(ruleOf).join(', ') || 'none'}`);
    assert.ok(flagged.length > 0, `no finding on "${PHRASE}" among: ${all.map((d) => `${ruleOf(d)} "${doc.getText(d.range)}"`).join('; ')}`);
    for (const d of all) {
      assert.ok(ruleOf(d), 'every finding carries its rule id as the code');
      assert.ok(!d.range.isEmpty, `finding ${ruleOf(d)} flags some words`);
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      assert.ok(target?.toString().includes(`${ruleOf(d)}.md`), `finding ${ruleOf(d)} links to its docs page`);
    }
  });

  test('a quick fix changes only the flagged text, leaves placeholders or tab stops, invents no numbers', async () => {
    const findings = await essayFindings();
    const { editor, doc } = findings;
    const original = doc.getText();
    let leftPlaceholders = 0;
    let tried = 0;
    for (const diagnostic of fixTargets(findings)) {
      const [dStart, dEnd] = [doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end)];
      const sentence = sentenceAround(original, dStart, dEnd);
      for (const action of (await quickFixesFor(doc, diagnostic)).filter(isRewrite)) {
        tried++;
        // Snippet edits are invisible to WorkspaceEdit.entries(), so judge the applied result:
        // what changed is what lies between the longest common prefix and suffix.
        await applyAction(action);
        const after = doc.getText();
        const { start, oldEnd, inserted } = changedRegion(original, after);
        const what = `"${action.title}" (${ruleOf(diagnostic)}) changed "${original.slice(start, oldEnd)}" to "${inserted}"`;
        console.log(`[e2e] ${what}`);
        assert.notEqual(after, original, `"${action.title}" changes the document`);
        // Some fixes go at the flagged words (a hedge), some after the claim (its evidence): all
        // stay inside the flagged sentence.
        assert.ok(start >= sentence.start && oldEnd <= sentence.end,
          `${what}: outside the flagged sentence "${original.slice(sentence.start, sentence.end)}"`);
        assert.deepEqual(inventedNumbers(original.slice(sentence.start, sentence.end), inserted), [], `${what}: invented a number`);
        const sel = editor.selection;
        const onTabStop = vscode.window.activeTextEditor === editor && !sel.isEmpty &&
          doc.offsetAt(sel.start) >= start && doc.offsetAt(sel.end) <= start + inserted.length;
        if (onTabStop || /\[[^\]\n]+\]/.test(inserted)) leftPlaceholders++; // a snippet's tab stop, or [baseline]
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await waitFor(() => doc.getText() === original, 'the essay to revert');
      }
    }
    assert.ok(tried > 0, 'no rewrite was offered');
    assert.ok(leftPlaceholders > 0, 'no fix left placeholders or tab stops for the facts');
  });

  test('"Disable … on this line" silences that rule on that line only', async () => {
    const findings = await essayFindings();
    const { doc } = findings;
    const target = fixTargets(findings)[0];
    const before = findingKeys(doc, realistDiagnostics(doc.uri));
    const disable = (await quickFixesFor(doc, target)).find((a) => /^Disable .* on this line/i.test(a.title));
    assert.ok(disable, `a "Disable ${ruleOf(target)} on this line" action`);
    // The comment silences the rule on that line: the target and any other finding of the same
    // rule starting on the same line (the essay keeps a paragraph on one line). Nothing else.
    const sameRuleSameLine = (d: vscode.Diagnostic) =>
      ruleOf(d) === ruleOf(target) && d.range.start.line === target.range.start.line;
    const expected = findingKeys(doc, realistDiagnostics(doc.uri).filter((d) => !sameRuleSameLine(d)));
    assert.ok(expected.length < before.length && expected.length > 0, 'the action removes some findings and keeps others');
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
