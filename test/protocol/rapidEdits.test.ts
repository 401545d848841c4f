// Typing fast: twenty changes in quick succession must never leave diagnostics for an older
// version on screen. The last publish is for the last version and matches a fresh analysis.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { comparable, expectedDiagnostics, fixture, positionAt } from './expectations';
import { fileUri, sleep, startServerForSuite, TestClient } from './lspClient';

describe('language server: rapid edits', () => {
  let client: TestClient;
  let workspace: string;

  startServerForSuite((server) => ({ client, workspace } = server));

  async function typeQuickly(uri: string, start: string, typed: string, pauseMs: number, fromVersion = 1): Promise<string> {
    let text = start;
    let version = fromVersion;
    for (const ch of typed) {
      const at = positionAt(text, text.length - 1); // before the final newline
      text = `${text.slice(0, -1)}${ch}\n`;
      await client.change(uri, ++version, [{ range: { start: at, end: at }, text: ch }]);
      if (pauseMs) await sleep(pauseMs);
    }
    return text;
  }

  for (const [label, pauseMs] of [['back to back', 0], ['at about the debounce interval', 20]] as const) {
    it(`twenty changes ${label}: no stale publish, and the last one is fresh`, async () => {
      const uri = fileUri(path.join(workspace, `rapid-${pauseMs}.md`));
      const start = fixture('claims.md');
      await client.open(uri, start);
      await client.diagnosticsFor(uri, 1);
      const mark = client.publishes.length;
      const typed = ' The new app will revolutionise care!';
      const finalText = await typeQuickly(uri, start, typed.slice(0, 20), pauseMs);
      const finalVersion = 21;
      const last = await client.diagnosticsFor(uri, finalVersion);
      await sleep(150); // anything still in flight would arrive now
      const after = client.publishes.slice(mark).filter((p) => p.uri === uri);
      const versions = after.map((p) => p.version ?? -1);
      assert.ok(versions.every((v) => v > 1), `every publish carries a version: ${versions}`);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions never go back: ${versions}`);
      assert.equal(after[after.length - 1].version, finalVersion, 'the last publish is for the last version');
      assert.deepEqual(comparable(last.diagnostics), expectedDiagnostics(finalText));
    });
  }

  it('checks a change after a pause at once, without the debounce; a burst after its last change', async function () {
    this.timeout(30_000);
    const uri = fileUri(path.join(workspace, 'leading-edge.md'));
    let text = fixture('claims.md');
    await client.setSettings({ debounceMs: 4000 });
    try {
      await client.open(uri, text);
      await client.diagnosticsFor(uri, 1);
      await sleep(4100); // a quiet spell longer than the debounce
      const at = positionAt(text, 0);
      text = `A seamless start. ${text}`;
      const sent = Date.now();
      await client.change(uri, 2, [{ range: { start: at, end: at }, text: 'A seamless start. ' }]);
      const single = await client.diagnosticsFor(uri, 2);
      // Far below the 4 s debounce (a generous bound: this is not a speed test).
      assert.ok(Date.now() - sent < 2000, `a lone change waited ${Date.now() - sent} ms`);
      assert.deepEqual(comparable(single.diagnostics), expectedDiagnostics(text));
      // A burst right after it: only its end is the latest version, published after the debounce.
      const mark = client.publishes.length;
      text = await typeQuickly(uri, text, ' Bold claims!', 0, 2);
      const last = await client.diagnosticsFor(uri, 15);
      const versions = client.publishes.slice(mark).filter((p) => p.uri === uri).map((p) => p.version ?? -1);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions never go back: ${versions}`);
      assert.deepEqual(comparable(last.diagnostics), expectedDiagnostics(text));
    } finally {
      await client.setSettings({});
    }
  });
});
