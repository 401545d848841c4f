// "Allow '<term>' in this workspace": the server writes the term into .realist.json (creating
// it, or keeping the keys it already has) and re-checks the open documents. One server, one
// workspace; each case works in its own subfolder, whose own .realist.json governs it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { ALLOW_TERM_COMMAND } from '../../src/shared/protocol';
import { rangeOfText } from './expectations';
import { fileUri, startServerForSuite, TestClient } from './lspClient';

const text = 'The new platform will revolutionise patient care.\n';

describe('language server: allow-term command', () => {
  let client: TestClient;
  let workspace: string;

  startServerForSuite((server) => ({ client, workspace } = server));

  function folder(name: string, config?: string): { dir: string; config: string } {
    const dir = path.join(workspace, name);
    fs.mkdirSync(dir, { recursive: true });
    if (config !== undefined) fs.writeFileSync(path.join(dir, '.realist.json'), config);
    return { dir, config: path.join(dir, '.realist.json') };
  }

  it('adds the term to an existing .realist.json, keeping its other keys, and the finding goes away', async () => {
    const existing = { rules: { 'feature-focus': 'info' }, packs: ['health'] };
    const { dir, config } = folder('existing', JSON.stringify(existing));
    const uri = fileUri(path.join(dir, 'doc.md'));
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);

    const range = rangeOfText(text, 'revolutionise');
    const actions = ((await client.codeActions(uri, range, [])) ?? []) as CodeAction[];
    const allow = actions.find((a) => a.command?.command === ALLOW_TERM_COMMAND);
    assert.ok(allow, `an allow action among ${actions.map((a) => a.title)}`);
    assert.equal(allow.title, "Allow 'revolutionise' in this workspace");

    const mark = client.publishes.length;
    const result = await client.executeCommand(ALLOW_TERM_COMMAND, allow.command?.arguments ?? []);
    assert.deepEqual(result, { configFile: config, added: true, created: false });
    assert.equal(fs.readFileSync(config, 'utf8'), `${JSON.stringify({ ...existing, allow: ['revolutionise'] }, null, 2)}\n`);
    const rechecked = await client.waitForPublish(uri, () => true, mark);
    assert.ok(!rechecked.diagnostics.some((d) => d.code === 'hype-term' && d.message.includes('revolutionise')));
  });

  it('leaves a broken .realist.json untouched and says why', async () => {
    const broken = '{ "allow": [ "seamless", }';
    const { dir, config } = folder('broken', broken);
    const uri = fileUri(path.join(dir, 'doc.md'));
    await client.open(uri, text);
    const result = await client.executeCommand(ALLOW_TERM_COMMAND, [{ uri, term: 'revolutionise' }]);
    assert.equal(result, null);
    assert.equal(fs.readFileSync(config, 'utf8'), broken);
    const error = await client.waitForMessage((m) => m.type === 1 && m.message.includes('could not allow'));
    assert.match(error.message, /not valid JSON/);
  });

  it('creates .realist.json at the workspace root for a document in a folder without one', async () => {
    const { dir } = folder('drafts/2025');
    const rootConfig = path.join(workspace, '.realist.json');
    const uri = fileUri(path.join(dir, 'doc.md'));
    await client.open(uri, text);
    const result = await client.executeCommand(ALLOW_TERM_COMMAND, [{ uri, term: 'seamless' }]);
    assert.deepEqual(result, { configFile: rootConfig, added: true, created: true });
    assert.equal(fs.readFileSync(rootConfig, 'utf8'), '{\n  "allow": [\n    "seamless"\n  ]\n}\n');
    // A second time (in any case) changes nothing.
    const again = await client.executeCommand(ALLOW_TERM_COMMAND, [{ uri, term: 'Seamless' }]);
    assert.deepEqual(again, { configFile: rootConfig, added: false, created: false });
  });
});
