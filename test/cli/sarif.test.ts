// SARIF output: valid against the SARIF 2.1.0 (rtm.5) schema, with what GitHub code scanning
// needs: rule metadata and help links, regions, stable fingerprints and fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import { LineIndex, RULE_IDS, ruleDocsUrl } from '../../src/core';
import { analyser, ensureBuilt, expectedFindings, FIXTURES, HYPE_SENTENCE, makeTempDir, removeTempDirs, REPO_ROOT, runCli } from './helpers';

const SCHEMA_FILE = path.join(REPO_ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function runSarif(args: string[], cwd = FIXTURES): any {
  const r = runCli(['check', '--format', 'sarif', ...args], { cwd });
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(log: unknown): void {
  if (!validator) {
    // unicodeRegExp: false because one pattern in the published rtm.5 schema is not valid with
    // the 'u' flag; logger: false silences notes about formats we add ourselves below.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
    const isUrl = (value: string, base?: string) => {
      try {
        return !/\s/.test(value) && new URL(value, base) !== undefined;
      } catch {
        return false;
      }
    };
    ajv.addFormat('uri', (v: string) => isUrl(v));
    ajv.addFormat('uri-reference', (v: string) => isUrl(v, 'file:///base/'));
    ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
    validator = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
  }
  assert.ok(validator(log), JSON.stringify(validator.errors, null, 2));
}

/** Converts a SARIF region back to offsets in `text`, to compare with the core's ranges. */
function regionOffsets(text: string, region: any): { start: number; end: number } {
  const lines = new LineIndex(text);
  return {
    start: lines.offsetAt({ line: region.startLine - 1, character: region.startColumn - 1 }),
    end: lines.offsetAt({ line: region.endLine - 1, character: region.endColumn - 1 }),
  };
}

describe('realist --format sarif', function () {
  // Each test starts node on the built bin, some several times: allow for a busy machine.
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeTempDirs);

  it('validates against the SARIF 2.1.0 schema', () => {
    validate(runSarif(['docs']));
  });

  it('rejects an invalid log, so the schema check is real', () => {
    const log = runSarif(['docs']);
    log.runs[0].tool.driver.rules.push({ id: 'x', defaultConfiguration: { level: 'fatal' } });
    assert.throws(() => validate(log), /level/);
  });

  it('also validates with unreadable files and configuration problems in the run', () => {
    const dir = makeTempDir({ '.realist.json': '{ "rules": { "hype-term": "loud" } }', 'a.md': `${HYPE_SENTENCE}\n`, 'bin.md': Buffer.from([0, 1, 2]) });
    const log = runSarif(['a.md', 'bin.md', 'missing.md', 'nothing/*.md'], dir);
    validate(log);
    const [invocation] = log.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    const texts = invocation.toolExecutionNotifications.map((n: any) => n.message.text);
    assert.ok(texts.some((t: string) => t === 'bin.md: binary: not checked'), texts.join('\n'));
    assert.ok(texts.some((t: string) => /^missing\.md: could not read/.test(t)), texts.join('\n'));
    assert.match(invocation.toolConfigurationNotifications[0].message.text, /\/rules\/hype-term/);
  });

  it('has the log header and tool metadata GitHub code scanning reads', () => {
    const log = runSarif(['docs']);
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'Realist');
    assert.equal(driver.version, version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(FIXTURES).href}/` } });
  });

  it('describes every rule: id, name, descriptions, help link, default level, category tag', () => {
    const { rules } = runSarif(['docs']).runs[0].tool.driver;
    assert.deepEqual(rules.map((r: any) => r.id).sort(), [...RULE_IDS].sort());
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    for (const rule of rules) {
      const meta = analyser().rules.find((m) => m.id === rule.id)!;
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(rule.fullDescription.text.length > 0);
      assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
      assert.equal(rule.defaultConfiguration.level, levels[meta.defaultSeverity]);
      assert.deepEqual(rule.properties.tags, [meta.category]);
    }
  });

  it('reports the core findings as results with ruleIndex, level, message, region and fixes', () => {
    const run = runSarif(['docs']).runs[0];
    const rules = run.tool.driver.rules;
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    const expected = ['docs/clean.md', 'docs/nested/plan.markdown', 'docs/notes.txt', 'docs/strategy.md'].flatMap((file) =>
      expectedFindings(path.join(FIXTURES, file)).map((f) => ({ file, ...f })),
    );
    assert.equal(run.results.length, expected.length);
    run.results.forEach((result: any, i: number) => {
      const want = expected[i];
      assert.equal(result.ruleId, want.rule);
      assert.equal(rules[result.ruleIndex].id, want.rule);
      assert.equal(result.level, levels[want.severity]);
      assert.equal(result.message.text, want.message);
      const [location] = result.locations;
      assert.deepEqual(location.physicalLocation.artifactLocation, { uri: want.file, uriBaseId: '%SRCROOT%' });
      assert.deepEqual(location.physicalLocation.region, { startLine: want.line, startColumn: want.column, endLine: want.endLine, endColumn: want.endColumn });
      assert.equal(typeof Object.values(result.partialFingerprints)[0], 'string');
      assert.equal((result.fixes ?? []).length, want.fixes.length);
    });
  });

  it('turns each fix into a replacement of the same range with the plain-text version', () => {
    const file = path.join(FIXTURES, 'docs', 'strategy.md');
    const text = fs.readFileSync(file, 'utf8');
    const coreFindings = analyser().analyse(text, 'markdown').findings;
    const results = runSarif(['docs/strategy.md']).runs[0].results;
    const withFixes = results.filter((r: any) => r.fixes?.length);
    assert.ok(withFixes.length > 0, 'some findings on the strategy fixture offer fixes');
    for (const result of withFixes) {
      for (const fix of result.fixes) {
        assert.ok(fix.description.text.length > 0);
        const [change] = fix.artifactChanges;
        assert.deepEqual(change.artifactLocation, { uri: 'docs/strategy.md', uriBaseId: '%SRCROOT%' });
        const [replacement] = change.replacements;
        const range = regionOffsets(text, replacement.deletedRegion);
        const match = coreFindings.flatMap((f) => f.fixes).find((c) => c.range.start === range.start && c.range.end === range.end && c.text === replacement.insertedContent.text);
        assert.ok(match, `a core fix replaces ${range.start}-${range.end} with '${replacement.insertedContent.text}'`);
      }
    }
  });

  it('keeps fingerprints stable when lines are added above a finding', () => {
    const dir = makeTempDir({ 'a.md': `${HYPE_SENTENCE}\n` });
    const before = runSarif(['a.md'], dir).runs[0].results;
    fs.writeFileSync(path.join(dir, 'a.md'), `# A new heading\n\nSome context first.\n\n${HYPE_SENTENCE}\n`);
    const after = runSarif(['a.md'], dir).runs[0].results;
    assert.ok(before.length > 0, 'the hype sentence has findings');
    assert.deepEqual(after.map((r: any) => r.partialFingerprints), before.map((r: any) => r.partialFingerprints));
    assert.notDeepEqual(after.map((r: any) => r.locations[0].physicalLocation.region.startLine), before.map((r: any) => r.locations[0].physicalLocation.region.startLine));
  });

  it('gives the same claim repeated in one file distinct fingerprints', () => {
    const dir = makeTempDir({ 'a.md': `${HYPE_SENTENCE}\n\n${HYPE_SENTENCE}\n` });
    const results = runSarif(['a.md'], dir).runs[0].results;
    const prints = results.map((r: any) => JSON.stringify(r.partialFingerprints));
    assert.ok(results.length >= 2);
    assert.equal(new Set(prints).size, prints.length);
  });
});
