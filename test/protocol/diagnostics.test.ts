// Diagnostics through the protocol: exact ranges (UTF-16, as LSP counts), messages, codes,
// links and severities, compared with the core's analysis of the same text; and a few literal
// expectations written by hand.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../../src/core';
import { comparable, expectedDiagnostics, fixture, offsetAt, positionAt, rangeOfText } from './expectations';
import { fileUri, startServerForSuite, TestClient } from './lspClient';

describe('language server: diagnostics', () => {
  let client: TestClient;
  let workspace: string;
  let n = 0;
  const newUri = (ext = 'md'): string => fileUri(path.join(workspace, `doc${++n}.${ext}`));

  startServerForSuite((server) => ({ client, workspace } = server));

  async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
    const uri = newUri();
    await client.open(uri, text);
    return (await client.diagnosticsFor(uri, 1)).diagnostics;
  }

  it('flags "revolutionise" as a hype term, at exactly its range, with code, link and source', async () => {
    const text = 'The new platform will revolutionise patient care.\n';
    const diagnostics = await diagnosticsOf(text);
    const hype = diagnostics.find((d) => d.code === 'hype-term');
    assert.ok(hype, `no hype-term diagnostic in ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(hype.range, { start: { line: 0, character: 22 }, end: { line: 0, character: 35 } });
    assert.deepEqual(hype.range, rangeOfText(text, 'revolutionise'));
    assert.equal(hype.source, 'realist');
    assert.deepEqual(hype.codeDescription, { href: ruleDocsUrl('hype-term') });
    assert.match(hype.message, /revolutionise/);
  });

  it('flags the unhedged "will revolutionise" as optimistic certainty', async () => {
    const diagnostics = await diagnosticsOf('The new platform will revolutionise patient care.\n');
    const certainty = diagnostics.filter((d) => d.code === 'optimistic-certainty');
    assert.equal(certainty.length, 1, `codes: ${diagnostics.map((d) => d.code).join(', ')}`);
    assert.equal(certainty[0].range.start.line, 0);
  });

  it('counts positions in UTF-16 code units after emoji and accented letters', async () => {
    const text = '🚀 Café — the new platform will revolutionise patient care.\n';
    const diagnostics = await diagnosticsOf(text);
    const hype = diagnostics.find((d) => d.code === 'hype-term');
    assert.ok(hype);
    // 🚀 is two UTF-16 code units: "revolutionise" starts at character 32, not 31.
    assert.deepEqual(hype.range, { start: { line: 0, character: 32 }, end: { line: 0, character: 45 } });
  });

  it('matches a fresh analysis of the fixture exactly: ranges, messages, codes and severities', async () => {
    const text = fixture('claims.md');
    const diagnostics = await diagnosticsOf(text);
    assert.deepEqual(comparable(diagnostics), expectedDiagnostics(text));
    assert.ok(diagnostics.length >= 4, `expected several findings in claims.md, got ${diagnostics.length}`);
    // Nothing inside the fenced code block, nothing on the anchored sentence.
    const fenceLine = text.split('\n').indexOf('```text') + 1;
    const anchoredLine = text.split('\n').findIndex((l) => l.startsWith('We expect to reduce'));
    assert.ok(!diagnostics.some((d) => d.range.start.line === fenceLine), 'nothing flagged inside code');
    assert.ok(!diagnostics.some((d) => d.range.start.line === anchoredLine), 'nothing flagged on the anchored claim');
  });

  it('maps rule severity to LSP severity, and carries the finding index in data', async () => {
    const text = fixture('claims.md');
    const uri = newUri();
    await client.open(uri, text, 'markdown', 7);
    const published = await client.diagnosticsFor(uri, 7);
    assert.equal(published.version, 7);
    published.diagnostics.forEach((d, index) => {
      assert.ok([1, 2, 3].includes(d.severity ?? 0));
      if (d.code) assert.equal(d.data, index);
    });
  });

  it('keeps ranges exact after incremental edits, with CRLF line endings', async () => {
    const text = 'Intro line.\r\n\r\nThe new platform will revolutionise patient care.\r\n\r\nClosing line.\r\n';
    const uri = newUri();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    // Insert a paragraph before the claim: its diagnostics move down two lines.
    const inserted = 'We will deploy a seamless app.\r\n\r\n';
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: inserted }]);
    const after = text.replace('The new', `${inserted}The new`);
    const published = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(comparable(published.diagnostics), expectedDiagnostics(after));
    const hype = published.diagnostics.find((d) => d.code === 'hype-term' && d.message.includes('revolutionise'));
    assert.equal(hype?.range.start.line, 4);
  });

  it('stays exact through edits that move lines and add and remove findings, data included', async () => {
    let text = fixture('claims.md');
    const uri = newUri();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const lines = (): string[] => text.split('\n');
    // [line, character, characters to delete, text to insert]
    const edits: Array<[number, number, number, string]> = [
      [0, 0, 0, 'x'], // a character on the first line
      [2, 0, 0, 'The seamless app will revolutionise care.\n\n'], // new lines and findings before the others
      [2, 4, 9, 'plain'], // 'seamless' becomes 'plain': a finding goes, those after move back in the list
      [lines().length - 2, 0, 0, 'Another world-class tool.\n'], // near the end
      [1, 0, lines()[1].length + 1, ''], // a line deleted
    ];
    let version = 1;
    for (const [line, character, remove, insert] of edits) {
      const at = offsetAt(text, { line, character });
      const end = positionAt(text, at + remove);
      const start = positionAt(text, at);
      text = text.slice(0, at) + insert + text.slice(at + remove);
      await client.change(uri, ++version, [{ range: { start, end }, text: insert }]);
      const published = await client.diagnosticsFor(uri, version);
      assert.deepEqual(comparable(published.diagnostics), expectedDiagnostics(text), `after edit ${version - 1}`);
      published.diagnostics.forEach((d, index) => d.code && assert.equal(d.data, index));
    }
  });

  it('analyses plain text as plain text', async () => {
    const text = fixture('plain.txt');
    const uri = newUri('txt');
    await client.open(uri, text, 'plaintext');
    const published = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(comparable(published.diagnostics), expectedDiagnostics(text, 'plaintext'));
  });

  it('handles a 5 MB document', async function () {
    this.timeout(60_000);
    // Repeated paragraphs: the core analyses a block text once per run, so this stays quick while
    // the server still converts, sends and versions some 10,000 diagnostics over 5 MB of text.
    const neutral = 'The committee met on 4 March 2024 to review the budget for the year ahead, and the minutes were published on the intranet. ';
    const paragraph = `${neutral.repeat(8)}The new platform will revolutionise patient care.\n\n`;
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const uri = newUri();
    await client.open(uri, text);
    const published = await client.waitFor('diagnostics for the 5 MB document', () => client.publishes.find((p) => p.uri === uri), 55_000);
    assert.equal(published.version, 1);
    assert.equal(published.diagnostics.length, expectedDiagnostics(paragraph).length * (text.length / paragraph.length));
    // Then an edit at the end is checked quickly: only the changed block is analysed again.
    const lines = text.split('\n').length - 1;
    const started = Date.now();
    await client.change(uri, 2, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: 'A seamless end.\n' }]);
    await client.waitFor('diagnostics for version 2', () => client.publishes.find((p) => p.uri === uri && p.version === 2), 55_000);
    assert.ok(Date.now() - started < 5000, `the edit took ${Date.now() - started} ms`);
    await client.close(uri);
  });
});
