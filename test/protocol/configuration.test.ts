// Configuration without a restart: `realist.*` settings pulled from the client, `.realist.json`
// on disk, a broken config file, and workspace trust. One trusted server serves the first four
// cases (each in its own folder of the workspace; settings are reset after each), a second
// server starts untrusted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TRUST_CHANGED_NOTIFICATION } from '../../src/shared/protocol';
import { comparable, expectedDiagnostics, fixture, removeWorkspace, tempWorkspace } from './expectations';
import { fileUri, sleep, startServerForSuite, TestClient } from './lspClient';

const text = 'The new platform will revolutionise patient care.\n\nWe will deploy a seamless, world-class AI platform.\n';

describe('language server: configuration', () => {
  let client: TestClient;
  let workspace: string;
  const others: TestClient[] = [];
  const otherWorkspaces: string[] = [];

  startServerForSuite((server) => ({ client, workspace } = server));
  afterEach(async () => {
    await client.setSettings({});
  });
  after(async () => {
    await Promise.all(others.map((c) => c.stop()));
    otherWorkspaces.forEach(removeWorkspace);
  });

  /** A folder of the workspace, with its own .realist.json when given. */
  function folder(name: string, config?: string): string {
    const dir = path.join(workspace, name);
    fs.mkdirSync(dir, { recursive: true });
    if (config !== undefined) fs.writeFileSync(path.join(dir, '.realist.json'), config);
    return dir;
  }

  async function openFresh(dir: string, name: string) {
    const uri = fileUri(path.join(dir, name));
    await client.open(uri, text);
    return { uri, first: await client.diagnosticsFor(uri, 1) };
  }

  /** Changes the settings and returns the next publish for `uri`. */
  async function afterSettings(uri: string, settings: Record<string, unknown>) {
    const mark = client.publishes.length;
    await client.setSettings(settings);
    return client.waitForPublish(uri, () => true, mark);
  }

  it('turning hype-term off in the settings removes its diagnostics without a restart, and back on restores them', async () => {
    const { uri, first } = await openFresh(folder('settings'), 'doc.md');
    assert.ok(first.diagnostics.some((d) => d.code === 'hype-term'), 'hype-term findings to begin with');

    const off = await afterSettings(uri, { rules: { 'hype-term': 'off' } });
    assert.equal(off.version, 1);
    assert.ok(!off.diagnostics.some((d) => d.code === 'hype-term'));
    assert.deepEqual(comparable(off.diagnostics), expectedDiagnostics(text, 'markdown', { rules: { 'hype-term': 'off' } }));

    const raised = await afterSettings(uri, { rules: { 'hype-term': 'error' } });
    const hype = raised.diagnostics.filter((d) => d.code === 'hype-term');
    assert.ok(hype.length > 0 && hype.every((d) => d.severity === 1), 'hype-term back, as errors');
    await client.close(uri);
  });

  it('realist.enable false clears the diagnostics; true brings them back', async () => {
    const { uri } = await openFresh(folder('enable'), 'doc.md');
    assert.deepEqual((await afterSettings(uri, { enable: false })).diagnostics, []);
    assert.deepEqual(comparable((await afterSettings(uri, { enable: true })).diagnostics), expectedDiagnostics(text));
    await client.close(uri);
  });

  it('a broken .realist.json shows one error and documents are still checked with the defaults', async () => {
    const dir = folder('broken', fixture('broken-realist.json'));
    const first = fileUri(path.join(dir, 'first.md'));
    const second = fileUri(path.join(dir, 'second.md'));
    await client.open(first, text);
    await client.open(second, text);
    const published = await client.diagnosticsFor(first, 1);
    assert.deepEqual(comparable(published.diagnostics), expectedDiagnostics(text));
    await client.diagnosticsFor(second, 1);
    // Typing does not repeat the message either.
    await client.change(first, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A' }]);
    await client.diagnosticsFor(first, 2);
    await sleep(50);
    const errors = client.messages.filter((m) => m.type === 1);
    assert.equal(errors.length, 1, `one error message, got ${JSON.stringify(client.messages)}`);
    assert.match(errors[0].message, /\.realist\.json/);
    assert.ok(client.logs.some((l) => l.type === 1 && l.message.includes('.realist.json')), 'the problem is in the log too');
    await client.close(first);
    await client.close(second);
  });

  it('applies .realist.json, and re-checks when the watched file changes', async () => {
    const dir = folder('watched', JSON.stringify({ rules: { 'hype-term': 'off' } }));
    const { uri, first } = await openFresh(dir, 'doc.md');
    assert.deepEqual(comparable(first.diagnostics), expectedDiagnostics(text, 'markdown', { rules: { 'hype-term': 'off' } }));

    const config = path.join(dir, '.realist.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'unmeasured-outcome': 'off' } }));
    const mark = client.publishes.length;
    await client.fileChanged(config);
    const again = await client.waitForPublish(uri, () => true, mark);
    assert.deepEqual(comparable(again.diagnostics), expectedDiagnostics(text, 'markdown', { rules: { 'unmeasured-outcome': 'off' } }));
    await client.close(uri);
  });

  it('user rule settings override the file; in an untrusted workspace the file is ignored until trusted', async () => {
    const untrustedWorkspace = tempWorkspace({ '.realist.json': JSON.stringify({ rules: { 'hype-term': 'off' } }) });
    otherWorkspaces.push(untrustedWorkspace);
    const untrustedClient = await TestClient.start({ workspaceFolder: untrustedWorkspace, initializationOptions: { trusted: false } });
    others.push(untrustedClient);
    const uri = fileUri(path.join(untrustedWorkspace, 'doc.md'));
    await untrustedClient.open(uri, text);
    const untrusted = await untrustedClient.diagnosticsFor(uri, 1);
    assert.deepEqual(comparable(untrusted.diagnostics), expectedDiagnostics(text), 'the file is not read');

    let mark = untrustedClient.publishes.length;
    await untrustedClient.connection.sendNotification(TRUST_CHANGED_NOTIFICATION, { trusted: true });
    const trusted = await untrustedClient.waitForPublish(uri, () => true, mark);
    assert.ok(!trusted.diagnostics.some((d) => d.code === 'hype-term'), 'the file applies once trusted');

    mark = untrustedClient.publishes.length;
    await untrustedClient.setSettings({ rules: { 'hype-term': 'warning' } });
    const overridden = await untrustedClient.waitForPublish(uri, () => true, mark);
    assert.ok(overridden.diagnostics.some((d) => d.code === 'hype-term' && d.severity === 2), 'the user setting wins for that rule');
  });
});
