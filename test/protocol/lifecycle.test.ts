// The server's life cycle through the real protocol: start, initialize, open, change, close,
// and what happens when it is started wrongly.
import * as assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { createProtocolConnection, InitializeRequest, IPCMessageReader, IPCMessageWriter, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { ALLOW_TERM_COMMAND } from '../../src/shared/protocol';
import { comparable, expectedDiagnostics, fixture } from './expectations';
import { fileUri, SERVER_PATH, sleep, startServerForSuite, TestClient } from './lspClient';

describe('language server: life cycle', () => {
  let client: TestClient;
  let workspace: string;

  startServerForSuite((server) => ({ client, workspace } = server));

  it('answers initialize with incremental sync, quick fixes, hover and the allow-term command', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    assert.equal(serverInfo?.name, 'realist-language-server');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.executeCommandProvider?.commands, [ALLOW_TERM_COMMAND]);
  });

  it('registers a watcher for .realist.json and for configuration changes', async () => {
    await client.waitFor('registrations', () => (client.registrations.length >= 2 ? true : undefined));
    assert.ok(client.registrations.includes('workspace/didChangeWatchedFiles'));
    assert.ok(client.registrations.includes('workspace/didChangeConfiguration'));
  });

  it('publishes versioned diagnostics on open, again on change, and clears them on close', async () => {
    const uri = fileUri(path.join(workspace, 'lifecycle.md'));
    const text = fixture('claims.md');
    await client.open(uri, text, 'markdown', 1);
    const opened = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(comparable(opened.diagnostics), expectedDiagnostics(text));

    const appended = `${text}\nThe app offers a cutting-edge dashboard.\n`;
    const end = { line: text.split('\n').length - 1, character: 0 };
    await client.change(uri, 2, [{ range: { start: end, end }, text: '\nThe app offers a cutting-edge dashboard.\n' }]);
    const changed = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(comparable(changed.diagnostics), expectedDiagnostics(appended));

    const before = client.publishes.length;
    await client.close(uri);
    const cleared = await client.waitForPublish(uri, () => true, before);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('checks plain text documents, including the "text" language id other editors use', async () => {
    const text = fixture('plain.txt');
    for (const [name, languageId] of [['a.txt', 'plaintext'], ['b.txt', 'text']]) {
      const uri = fileUri(path.join(workspace, name));
      await client.open(uri, text, languageId, 1);
      const published = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(comparable(published.diagnostics), expectedDiagnostics(text, 'plaintext'));
    }
  });

  it('leaves documents of other languages alone', async () => {
    const json = fileUri(path.join(workspace, 'package.json'));
    const md = fileUri(path.join(workspace, 'after.md'));
    await client.open(json, '{"description": "The new platform will revolutionise patient care."}', 'json', 1);
    await client.open(md, 'Hello.\n', 'markdown', 1);
    await client.diagnosticsFor(md, 1);
    await sleep(100); // both were scheduled with the same debounce
    assert.equal(client.publishes.filter((p) => p.uri === json).length, 0);
  });

  it('writes nothing but the protocol to stdout, and logs through the client', () => {
    // The protocol has worked throughout, so stdout was clean; the start-up line came as a log message.
    assert.ok(client.logs.some((l) => l.message.includes('realist-language-server')), 'start-up log line');
  });
});

describe('language server: command line', () => {
  it('explains how to start it when no transport is given, and exits with code 2', () => {
    const run = spawnSync(process.execPath, [SERVER_PATH], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--stdio/);
  });

  it('speaks the protocol over --node-ipc too (how VS Code starts it)', async () => {
    const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'realist-language-server');
      await connection.sendRequest(ShutdownRequest.type);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
