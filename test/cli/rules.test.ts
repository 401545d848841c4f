// `realist rules`: every rule with its category, default severity and docs link.
import * as assert from 'node:assert/strict';
import { RULE_IDS, ruleDocsUrl } from '../../src/core';
import { analyser, ensureBuilt, runCli } from './helpers';

describe('realist rules', function () {
  // Each test starts node on the built bin, some several times: allow for a busy machine.
  this.timeout(60_000);
  before(ensureBuilt);

  it('lists every rule with category, default severity and docs link', () => {
    const r = runCli(['rules']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^rule\s+category\s+default\s+docs$/);
    for (const id of RULE_IDS) {
      const meta = analyser().rules.find((m) => m.id === id);
      assert.ok(meta, `the analyser describes ${id}`);
      const row = lines.find((l) => l.startsWith(`${id} `));
      assert.ok(row, `a row for ${id}`);
      assert.deepEqual(row.split(/\s{2,}/), [id, meta.category, meta.defaultSeverity, ruleDocsUrl(id)]);
    }
  });

  it('--format json gives the same list as data', () => {
    const r = runCli(['rules', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(r.stdout);
    assert.deepEqual(list.map((x: any) => x.id).sort(), [...RULE_IDS].sort());
    for (const rule of list) {
      assert.deepEqual(Object.keys(rule), ['id', 'category', 'defaultSeverity', 'description', 'docsUrl']);
    }
  });

  it('rejects paths and unknown options as usage errors', () => {
    assert.equal(runCli(['rules', 'docs']).code, 2);
    assert.equal(runCli(['rules', '--fail-on', 'info']).code, 2);
  });
});
