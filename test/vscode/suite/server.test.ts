// The client and the language server together, independent of what the analyser finds: the
// server starts from the bundle, answers the summary request, and the status bar shows it.
import * as assert from 'node:assert/strict';
import { summaryText } from '../../../src/client/statusBar';
import { openFixture, revertAll, serverReady, STRATEGY, waitFor } from './helpers';

suite('Realist in VS Code: the language server', () => {
  teardown(revertAll);

  test('the bundled server starts', async () => {
    await serverReady();
  });

  test('the status bar shows the summary the server computed for the active document', async () => {
    const api = await serverReady();
    const editor = await openFixture(STRATEGY);
    const doc = editor.document;
    const summary = await waitFor(() => {
      const s = api.lastSummary(doc.uri);
      return s && s.version === doc.version ? s : undefined;
    }, 'a summary for the current version');
    assert.equal(summary.claims, summary.anchored + summary.unanchored);
    const status = await waitFor(() => {
      const s = api.statusBar();
      return s.visible && s.text === summaryText(summary) ? s : undefined;
    }, `status bar text "${summaryText(summary)}"`);
    assert.match(status.tooltip, /Anchoring score/);
    assert.match(status.tooltip, /Feature-focused/);
  });
});
