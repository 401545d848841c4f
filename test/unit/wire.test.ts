// The language server's own serialisation of publishDiagnostics (src/server/wire.ts) and the
// diagnostics it reuses between publishes (DiagnosticsCache): both are only speed, so the JSON
// must parse to exactly what JSON.stringify's would, and reused diagnostics must equal new ones.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { generateStrategyMarkdown } from '../../bench/generate';
import { BlockCache, createAnalyser, LineIndex } from '../../src/core';
import { DiagnosticsCache, FindingDiagnostic, toDiagnostics } from '../../src/server/diagnostics';
import { jsonEncoder, publishBytes } from '../../src/server/wire';

const analyser = createAnalyser();
const PUBLISH = 'textDocument/publishDiagnostics';

function publish(diagnostics: Diagnostic[], uri = 'file:///tmp/doc.md', version: number | undefined = 3) {
  return { jsonrpc: '2.0', method: PUBLISH, params: { uri, version, diagnostics } };
}

/** What vscode-jsonrpc's own encoder would send, parsed. */
const expected = (msg: unknown): unknown => JSON.parse(JSON.stringify(msg));

function assertAscii(bytes: Uint8Array): void {
  const high = bytes.findIndex((b) => b > 0x7f);
  assert.equal(high, -1, `non-ASCII byte at ${high}`);
}

describe('wire: publishDiagnostics written by the server itself', () => {
  it('parses to what JSON.stringify gives, in ASCII, for the diagnostics of real documents', () => {
    const texts = [
      readFileSync(join(__dirname, '..', 'fixtures', 'protocol', 'claims.md'), 'utf8'),
      generateStrategyMarkdown({ bytes: 30_000, seed: 3 }),
      '🚀 Café — the new platform will revolutionise “patient” care.\n\n<!-- realist-disabel hype-term -->\n',
    ];
    for (const text of texts) {
      for (const withLink of [true, false]) {
        const msg = publish(toDiagnostics(analyser.analyse(text, 'markdown'), new LineIndex(text), withLink));
        const bytes = publishBytes(msg);
        assertAscii(bytes);
        assert.deepEqual(JSON.parse(bytes.toString('utf8')), expected(msg));
      }
    }
  });

  it('escapes what JSON must, and leaves out undefined fields as JSON.stringify does', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } };
    const diagnostics: Diagnostic[] = [
      new FindingDiagnostic(range, 2, 'hype-term', { href: 'https://example.org/é' }, 'Quote " backslash \\ tab \t NUL \u0000 emoji 😀 lone \ud800 line\u2028end', 0),
      new FindingDiagnostic(range, 1, 'r', undefined, 'no link', 1),
      { range, severity: 3, source: 'realist', message: 'a notice “here”', code: undefined },
    ];
    const msg = { ...publish(diagnostics, 'file:///tmp/ünïcode doc.md', undefined), extra: undefined };
    const bytes = publishBytes(msg);
    assertAscii(bytes);
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), expected(msg));
    // Again, now from the bytes remembered for each diagnostic.
    assert.deepEqual(publishBytes(msg), bytes);
  });

  it('writes every other message, and diagnostics it cannot read, as vscode-jsonrpc does', async () => {
    const other = { jsonrpc: '2.0', id: 1, result: { contents: 'Café' } };
    assert.deepEqual(await jsonEncoder.encode(other as never, { charset: 'utf-8' }), Buffer.from(JSON.stringify(other), 'utf-8'));
    const odd = publish([new FindingDiagnostic({ start: { line: 0.5, character: 0 }, end: { line: 0, character: 0 } }, 2, 'r', undefined, 'm', 0)]);
    assert.deepEqual(await jsonEncoder.encode(odd as never, { charset: 'utf-8' }), Buffer.from(JSON.stringify(odd), 'utf-8'));
  });
});

describe('DiagnosticsCache: diagnostics reused between publishes', () => {
  it('gives after every edit what a fresh conversion gives, reusing the diagnostics of unchanged findings', () => {
    let text = generateStrategyMarkdown({ bytes: 40_000, seed: 5 });
    const cache = new BlockCache();
    const diagnostics = new DiagnosticsCache();
    let previous: Diagnostic[] = diagnostics.toDiagnostics(analyser.analyse(text, 'markdown', cache), new LineIndex(text), true);
    const edits: Array<[number, string]> = [[0.5, 'e'], [0.1, '\n\n'], [0.9, 'The seamless app will transform care. '], [0.3, '\n'], [0.7, '']];
    for (const [where, insert] of edits) {
      const at = text.indexOf(' ', Math.floor(text.length * where));
      text = insert === '' ? text.slice(0, at) + text.slice(at + 40) : text.slice(0, at) + insert + text.slice(at);
      const lines = new LineIndex(text);
      const result = analyser.analyse(text, 'markdown', cache);
      const reused = diagnostics.toDiagnostics(result, lines, true);
      assert.deepEqual(expected(reused), expected(toDiagnostics(result, lines, true)), `after inserting ${JSON.stringify(insert)}`);
      const kept = reused.filter((d) => previous.includes(d)).length;
      assert.ok(kept > 0, 'some diagnostics are the same objects as before');
      assert.deepEqual(JSON.parse(publishBytes(publish(reused)).toString('utf8')), expected(publish(reused)));
      previous = reused;
    }
  });
});
