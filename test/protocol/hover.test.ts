// Hover on a flagged span: why, the reviewer's question, an anchored rewrite, the docs link.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { createAnalyser, ruleDocsUrl } from '../../src/core';
import { GENERIC_ANCHORED_REWRITE } from '../../src/server/hover';
import { analyse, rangeOfText } from './expectations';
import { fileUri, startServerForSuite, TestClient } from './lspClient';

describe('language server: hover', () => {
  let client: TestClient;
  let workspace: string;
  let uri: string;
  const text = 'Our plan has three parts.\n\nThe new platform will revolutionise patient care.\n';

  startServerForSuite((server) => ({ client, workspace } = server));
  before(async () => {
    uri = fileUri(path.join(workspace, 'hover.md'));
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
  });

  it('explains a flagged word: why, the question, an anchored rewrite and the docs link', async () => {
    const range = rangeOfText(text, 'revolutionise');
    const hover = await client.hover(uri, { line: range.start.line, character: range.start.character + 3 });
    assert.ok(hover, 'a hover on "revolutionise"');
    const content = hover.contents as MarkupContent;
    assert.equal(content.kind, 'markdown');
    const offset = text.indexOf('revolutionise') + 3;
    const findings = analyse(text).findings;
    const here = findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
    assert.ok(here.some((f) => f.ruleId === 'hype-term'));
    const rules = createAnalyser().rules;
    const plain = content.value.replace(/\\(.)/g, '$1'); // undo Markdown escapes before comparing
    for (const finding of here) {
      const rule = rules.find((r) => r.id === finding.ruleId);
      assert.ok(rule && plain.includes(rule.description), `why ${finding.ruleId} was flagged`);
      assert.ok(plain.includes(finding.question), `the reviewer's question for ${finding.ruleId}`);
      assert.ok(content.value.includes(`(${ruleDocsUrl(finding.ruleId)})`), `the ${finding.ruleId} docs link`);
      // Its own first rewrite, else one offered for its sentence, else the generic shape.
      const sentenceFindings = findings.filter((f) => f.sentence.start === finding.sentence.start);
      const rewrite = [finding, ...sentenceFindings].flatMap((f) => f.fixes).find((f) => f.kind === 'rewrite');
      assert.ok(plain.includes(rewrite ? rewrite.text.trim() : GENERIC_ANCHORED_REWRITE), `an anchored rewrite for ${finding.ruleId}`);
    }
    assert.match(content.value, /anchored rewrite/i);
    assert.deepEqual(hover.range?.start.line, range.start.line);
  });

  it('shows nothing over words that were not flagged', async () => {
    const hover = await client.hover(uri, { line: 0, character: 4 });
    assert.equal(hover, null);
  });

  it('answers for the current text right after a change', async () => {
    const inserted = 'The app offers a seamless experience.\n\n';
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: inserted }]);
    const hover = await client.hover(uri, { line: 0, character: 20 }); // "seamless", at once
    assert.ok(hover, 'a hover on "seamless" in the new text');
    assert.match((hover.contents as MarkupContent).value, /seamless/);
  });
});
