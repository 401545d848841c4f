// The custom summary request and the notification the status bar listens to.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { summarise } from '../../src/core';
import { analyse, fixture } from './expectations';
import { fileUri, startServerForSuite, TestClient } from './lspClient';

describe('language server: document summary', () => {
  let client: TestClient;
  let workspace: string;

  startServerForSuite((server) => ({ client, workspace } = server));

  function expectedSummary(uri: string, version: number, text: string) {
    const s = summarise(analyse(text));
    return {
      uri,
      version,
      featureFocus: s.byCategory['feature-focus'],
      unmeasured: s.byCategory.unmeasured,
      optimistic: s.byCategory.optimistic,
      claims: s.claims,
      anchored: s.anchored,
      unanchored: s.unanchored,
      anchoringScore: s.anchoringScore,
      findings: s.findings,
    };
  }

  it('answers realist/documentSummary with the core summary of the current version', async () => {
    const text = fixture('claims.md');
    const uri = fileUri(path.join(workspace, 'summary.md'));
    await client.open(uri, text, 'markdown', 3);
    const summary = await client.summary(uri);
    assert.deepEqual(summary, expectedSummary(uri, 3, text));
    assert.ok(summary && summary.claims > 0 && summary.anchored >= 1, 'the fixture has claims, one anchored');
  });

  it('sends realist/documentSummaryChanged after each publish', async () => {
    const text = 'The new platform will revolutionise patient care.\n';
    const uri = fileUri(path.join(workspace, 'pushed.md'));
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const pushed = await client.waitFor('a summary notification', () => client.summaries.find((s) => s.uri === uri && s.version === 1));
    assert.deepEqual(pushed, expectedSummary(uri, 1, text));
  });

  it('returns null for a document that is not open', async () => {
    assert.equal(await client.summary(fileUri(path.join(workspace, 'never-opened.md'))), null);
  });
});
