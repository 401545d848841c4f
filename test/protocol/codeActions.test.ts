// Quick fixes through the protocol: every action, applied to the text, gives exactly the text the
// core's fix (or control-comment edit) gives; snippets only for clients that announce them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { ClientCapabilities, CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyFix, type Finding } from '../../src/core';
import { disableFileEdit, disableLineEdit } from '../../src/core/controls';
import { ALLOW_TERM_COMMAND } from '../../src/shared/protocol';
import { analyse, applyTextEdits, editsFor, fixture, positionAt, rangeOfText, removeWorkspace, tempWorkspace } from './expectations';
import { EXPERIMENTAL_SNIPPET_CAPABILITIES, fileUri, PLAIN_CAPABILITIES, SNIPPET_CAPABILITIES, TestClient } from './lspClient';

const TERM_RULES = ['hype-term', 'vague-intensifier', 'absolute-claim'];

describe('language server: code actions', () => {
  let workspace: string;
  const clients: TestClient[] = [];
  const text = fixture('claims.md');

  // One plain client for the tests that need no special capability (each server start costs time).
  let plain: { client: TestClient; uri: string; diagnostics: Diagnostic[] };

  before(async () => {
    workspace = tempWorkspace();
    plain = await openWith(PLAIN_CAPABILITIES, 'plain.md');
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    removeWorkspace(workspace);
  });

  async function openWith(capabilities: ClientCapabilities, name: string): Promise<{ client: TestClient; uri: string; diagnostics: Diagnostic[] }> {
    const client = await TestClient.start({ capabilities, workspaceFolder: workspace });
    clients.push(client);
    const uri = fileUri(path.join(workspace, name));
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    return { client, uri, diagnostics };
  }

  async function actionsFor(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
    for (const a of actions) assert.ok('kind' in a, 'code actions, not bare commands');
    return actions as CodeAction[];
  }

  it('offers, for every finding, its fixes and the disable and allow actions, each giving the expected text', async () => {
    const { client, uri, diagnostics } = plain;
    const findings = analyse(text).findings;
    const flagged = diagnostics.filter((d) => d.code);
    assert.ok(flagged.length > 0, 'the fixture has findings');
    for (const diagnostic of flagged) {
      const finding = findings[diagnostic.data as number];
      const actions = await actionsFor(client, uri, diagnostic);
      const expected = expectedActions(text, finding);
      assert.deepEqual(actions.map((a) => a.title), expected.map((e) => e.title), `titles for ${finding.ruleId} at ${finding.range.start}`);
      actions.forEach((action, i) => {
        assert.equal(action.kind, 'quickfix');
        assert.deepEqual(action.diagnostics, [diagnostic]);
        const want = expected[i];
        if (want.text !== undefined) {
          const edited = applyTextEdits(text, editsFor(action.edit, uri));
          assert.equal(edited, want.text, action.title);
          assert.ok(!edited.includes('${'), `no snippet syntax for a plain client: ${action.title}`);
        } else {
          assert.equal(action.command?.command, ALLOW_TERM_COMMAND);
          assert.deepEqual(action.command?.arguments, [{ uri, term: want.term }]);
        }
      });
      const firstRewrite = finding.fixes.findIndex((f) => f.kind === 'rewrite');
      actions.forEach((a, i) => assert.equal(a.isPreferred === true, i === firstRewrite, `isPreferred of ${a.title}`));
    }
  });

  it('silences only the flagged rule on its line with "Disable <rule> on this line"', async () => {
    const { client, uri, diagnostics } = plain;
    const hype = diagnostics.find((d) => d.code === 'hype-term');
    assert.ok(hype);
    const action = (await actionsFor(client, uri, hype)).find((a) => a.title === 'Disable hype-term on this line');
    assert.ok(action);
    const edited = applyTextEdits(text, editsFor(action.edit, uri));
    const before = analyse(text).findings;
    const after = analyse(edited).findings;
    const onLine = (fs: Finding[], src: string, rule: string) => fs.filter((f) => f.ruleId === rule && positionAt(src, f.range.start).line === hype.range.start.line);
    assert.equal(onLine(after, edited, 'hype-term').length, 0, 'hype-term silenced on that line');
    for (const rule of ['optimistic-certainty', 'feature-focus', 'unmeasured-outcome']) {
      assert.equal(onLine(after, edited, rule).length, onLine(before, text, rule).length, `${rule} untouched`);
    }
  });

  it('sends LSP 3.18 snippet edits to clients with snippetEditSupport', async () => {
    const { client, uri, diagnostics } = await openWith(SNIPPET_CAPABILITIES, 'snippet.md');
    const findings = analyse(text).findings;
    let checked = 0;
    for (const diagnostic of diagnostics.filter((d) => d.code)) {
      const finding = findings[diagnostic.data as number];
      const actions = await actionsFor(client, uri, diagnostic);
      finding.fixes.forEach((fix, i) => {
        const change = actions[i].edit?.documentChanges?.[0] as TextDocumentEdit;
        assert.deepEqual(change.textDocument, { uri, version: 1 });
        const edit = change.edits[0] as unknown as { range: unknown; snippet: { kind: string; value: string } };
        assert.deepEqual(edit.snippet, { kind: 'snippet', value: fix.snippet });
        assert.equal(applyTextEdits(text, editsFor(actions[i].edit, uri)), applyFixSnippet(text, fix));
        checked++;
      });
    }
    assert.ok(checked > 0);
  });

  it("sends rust-analyzer's experimental snippet edits to clients that announce snippetTextEdit", async () => {
    const { client, uri, diagnostics } = await openWith(EXPERIMENTAL_SNIPPET_CAPABILITIES, 'experimental.md');
    const diagnostic = diagnostics.find((d) => d.code === 'hype-term');
    assert.ok(diagnostic);
    const finding = analyse(text).findings[diagnostic.data as number];
    const actions = await actionsFor(client, uri, diagnostic);
    const edit = (actions[0].edit?.documentChanges?.[0] as TextDocumentEdit).edits[0] as { newText: string; insertTextFormat?: number };
    assert.equal(edit.newText, finding.fixes[0].snippet);
    assert.equal(edit.insertTextFormat, 2);
  });

  it('uses plain `changes` with visible placeholders for clients without documentChanges, even if they claim snippets', async () => {
    const capabilities: ClientCapabilities = {
      ...PLAIN_CAPABILITIES,
      workspace: { ...PLAIN_CAPABILITIES.workspace, workspaceEdit: { snippetEditSupport: true } as object },
    };
    const { client, uri, diagnostics } = await openWith(capabilities, 'old-client.md');
    const diagnostic = diagnostics.find((d) => d.code === 'hype-term');
    assert.ok(diagnostic);
    const finding = analyse(text).findings[diagnostic.data as number];
    const actions = await actionsFor(client, uri, diagnostic);
    assert.equal(actions[0].edit?.documentChanges, undefined);
    assert.equal(applyTextEdits(text, actions[0].edit?.changes?.[uri] ?? []), applyFix(text, finding.fixes[0]));
  });

  it('finds the findings under the cursor when the client sends no diagnostics, or stale data', async () => {
    const { client, uri, diagnostics } = plain;
    const range = rangeOfText(text, 'revolutionise');
    const byCursor = ((await client.codeActions(uri, { start: range.start, end: range.start }, [])) ?? []) as CodeAction[];
    assert.ok(byCursor.some((a) => a.title === 'Disable hype-term on this line'));
    assert.ok(byCursor.some((a) => a.title === "Allow 'revolutionise' in this workspace"));

    const hype = diagnostics.find((d) => d.code === 'hype-term' && d.range.start.line === range.start.line);
    assert.ok(hype);
    const expected = (await actionsFor(client, uri, hype)).map((a) => a.title);
    // data of an older version may point at another finding, even one of the same rule: the
    // finding is the one with the diagnostic's rule and range.
    const sameRuleElsewhere = diagnostics.findIndex((d) => d.code === 'hype-term' && d.range.start.line !== range.start.line);
    const otherRule = diagnostics.findIndex((d) => d.code && d.code !== 'hype-term');
    assert.ok(sameRuleElsewhere >= 0 && otherRule >= 0, 'the fixture has other findings');
    for (const data of [sameRuleElsewhere, otherRule, 99_999, -1, 'x', { version: 999, index: 0 }, undefined]) {
      const withStale = await actionsFor(client, uri, { ...hype, data });
      assert.deepEqual(withStale.map((a) => a.title), expected, `data ${JSON.stringify(data)}`);
    }
  });
});

interface ExpectedAction {
  title: string;
  /** The document after the action's edit; undefined for the allow-term command. */
  text?: string;
  term?: string;
}

/** What the server should offer for one finding, from the core alone. */
function expectedActions(text: string, finding: Finding): ExpectedAction[] {
  const actions: ExpectedAction[] = finding.fixes.map((fix) => ({ title: fix.title, text: applyFix(text, fix) }));
  const line = disableLineEdit(text, 'markdown', finding.range.start, finding.ruleId);
  if (line.text !== '' || line.range.start !== line.range.end) {
    actions.push({ title: `Disable ${finding.ruleId} on this line`, text: splice(text, line.range, line.text) });
  }
  const file = disableFileEdit(text, 'markdown');
  const named = file.text.replace('realist-disable-file -->', `realist-disable-file ${finding.ruleId} -->`);
  actions.push({ title: `Disable ${finding.ruleId} in this file`, text: splice(text, file.range, named) });
  if (TERM_RULES.includes(finding.ruleId)) {
    const raw = finding.triggers[0] ?? text.slice(finding.range.start, finding.range.end);
    const term = raw === raw.toUpperCase() ? raw : raw.toLowerCase();
    actions.push({ title: `Allow '${term}' in this workspace`, term });
  }
  return actions;
}

function splice(text: string, range: { start: number; end: number }, insert: string): string {
  return text.slice(0, range.start) + insert + text.slice(range.end);
}

function applyFixSnippet(text: string, fix: { range: { start: number; end: number }; snippet: string }): string {
  return splice(text, fix.range, fix.snippet);
}
