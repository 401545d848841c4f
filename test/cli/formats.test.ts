// The three report formats on the fixture folder test/fixtures/cli/docs, checked against what
// the core analyser returns for the same files (so these stay right as rules are tuned), plus a
// few stable expectations about clear hype.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ensureBuilt, expectedFindings, FIXTURES, HYPE_SENTENCE, makeTempDir, positionOf, removeTempDirs, runCli, runJson } from './helpers';

const CHECKED_FILES = ['docs/clean.md', 'docs/nested/plan.markdown', 'docs/notes.txt', 'docs/strategy.md'];
const fixture = (relative: string) => path.join(FIXTURES, relative);

/** `path:line:col  severity  rule  message`, as the spec and ESLint-style tools expect. */
const FINDING_LINE = /^(?<path>[^\s:][^:]*):(?<line>\d+):(?<column>\d+) {2}(?<severity>error|warning|info) {2}(?<rule>[a-z][a-z-]*) {2}(?<message>\S.*)$/;
const SUMMARY_LINE = /^(No findings in \d+ files? checked|\d+ findings? \((\d+ errors?|\d+ warnings?|\d+ info)(, (\d+ warnings?|\d+ info))*\) in \d+ of \d+ files? checked)(; .+)?$/;

describe('realist report formats', function () {
  // Each test starts node on the built bin, some several times: allow for a busy machine.
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeTempDirs);

  describe('text', () => {
    it('groups findings per file under a header, one line per finding, then a summary', () => {
      const r = runCli(['check', '--fail-on', 'info', 'docs']);
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
      const groups = r.stdout.trimEnd().split('\n\n');
      const summary = groups.pop()!;
      assert.match(summary, SUMMARY_LINE);
      const expectedLines: string[] = [];
      for (const file of CHECKED_FILES) {
        for (const f of expectedFindings(fixture(file))) {
          expectedLines.push(`${file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message.replace(/\s+/g, ' ').trim()}`);
        }
      }
      const seenLines: string[] = [];
      for (const group of groups) {
        const [header, ...lines] = group.split('\n');
        assert.ok(CHECKED_FILES.includes(header), `header '${header}' is a checked path`);
        for (const line of lines) {
          const match = FINDING_LINE.exec(line);
          assert.ok(match, `line shape: ${line}`);
          assert.equal(match.groups!.path, header);
          if (match.groups!.rule !== 'notice') seenLines.push(line);
        }
      }
      assert.deepEqual(seenLines, expectedLines);
      assert.equal(r.code, expectedLines.length > 0 ? 1 : 0);
    });

    it('reports a clear hype sentence as hype-term at the column of the word', () => {
      const dir = makeTempDir({ 'hype.md': `# Plan\n\n${HYPE_SENTENCE}\n` });
      const r = runCli(['check', 'hype.md'], { cwd: dir });
      const { line, column } = positionOf(fs.readFileSync(path.join(dir, 'hype.md'), 'utf8'), 'revolutionise');
      assert.match(r.stdout, new RegExp(`^hype\\.md:${line}:${column} {2}(warning|error|info) {2}hype-term {2}.*revolutionise`, 'm'));
    });

    it('counts columns in UTF-16 code units, so an emoji before a word counts as two', () => {
      const file = fixture('docs/nested/plan.markdown');
      const { line, column } = positionOf(fs.readFileSync(file, 'utf8'), 'seamless');
      assert.equal(column, 8, "the rocket emoji is two code units, then a space and 'Our '");
      const r = runCli(['check', 'docs/nested/plan.markdown']);
      assert.match(r.stdout, new RegExp(`^docs/nested/plan\\.markdown:${line}:${column} {2}\\w+ {2}hype-term `, 'm'));
    });

    it('says so when there is nothing to report', () => {
      const r = runCli(['check', 'docs/clean.md']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, 'No findings in 1 file checked\n');
    });

    it('--quiet shows only findings at or above --fail-on', () => {
      const r = runCli(['check', '--quiet', '--fail-on', 'error', 'docs']);
      for (const line of r.stdout.split('\n')) {
        const match = FINDING_LINE.exec(line);
        if (match) assert.equal(match.groups!.severity, 'error', line);
      }
    });
  });

  describe('json', () => {
    it('keeps the documented field names exactly', () => {
      const { report } = runJson(['docs/strategy.md']);
      assert.deepEqual(Object.keys(report).sort(), ['configProblems', 'files']);
      const [file] = report.files;
      assert.deepEqual(Object.keys(file).sort(), ['findings', 'notices', 'path']);
      assert.ok(file.findings.length > 0, 'the strategy fixture has findings');
      for (const finding of file.findings) {
        assert.deepEqual(Object.keys(finding), ['rule', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixes']);
        for (const fix of finding.fixes) {
          assert.deepEqual(Object.keys(fix), ['title', 'kind', 'text', 'snippet', 'line', 'column', 'endLine', 'endColumn']);
        }
      }
    });

    it('lists every checked file in order with the findings the core returns (1-based, end exclusive)', () => {
      const { result, report } = runJson(['docs']);
      assert.deepEqual(report.files.map((f: any) => f.path), CHECKED_FILES);
      for (const file of report.files) {
        assert.deepEqual(file.findings, expectedFindings(fixture(file.path)), file.path);
      }
      assert.equal(result.stderr, '');
    });

    it('gives the hype word its exact range', () => {
      const { report } = runJson(['docs/strategy.md']);
      const text = fs.readFileSync(fixture('docs/strategy.md'), 'utf8');
      const { line, column } = positionOf(text, 'revolutionise');
      const hype = report.files[0].findings.find((f: any) => f.rule === 'hype-term' && f.line === line && f.column === column);
      assert.ok(hype, JSON.stringify(report.files[0].findings, null, 1));
      assert.deepEqual([hype.endLine, hype.endColumn], [line, column + 'revolutionise'.length]);
      assert.equal(hype.category, 'optimistic');
    });

    it('flags nothing on an outcome-anchored sentence', () => {
      const { report } = runJson(['docs/clean.md']);
      assert.deepEqual(report.files[0].findings, []);
    });

    it('never flags words inside a code block', () => {
      const { report } = runJson(['docs/strategy.md']);
      const codeLine = positionOf(fs.readFileSync(fixture('docs/strategy.md'), 'utf8'), 'This code block').line;
      assert.deepEqual(report.files[0].findings.filter((f: any) => f.line === codeLine), []);
    });

    it('stays valid JSON when a .env file in the working directory tempts libraries to log', () => {
      // natural's storage backends run dotenv, which reads .env from the working directory and
      // logs to stdout: that must never reach the report.
      const dir = makeTempDir({ '.env': 'REALIST_TEST=1\nDEBUG=*\n', 'a.md': `${HYPE_SENTENCE}\n` });
      const { report } = runJson(['a.md'], { cwd: dir });
      assert.equal(report.files[0].path, 'a.md');
    });

    it('is not truncated when a large report is piped', function () {
      this.timeout(120_000);
      const big = Array.from({ length: 1500 }, (_, i) => `${i}. ${HYPE_SENTENCE} Our seamless, world-class portal will transform care.`).join('\n\n');
      const dir = makeTempDir({ 'big.md': big });
      const { result, report } = runJson(['big.md'], { cwd: dir });
      assert.ok(result.stdout.length > 1024 * 1024, `a report bigger than any pipe buffer (${result.stdout.length} bytes)`);
      assert.equal(report.files[0].findings.length, expectedFindings(path.join(dir, 'big.md')).length);
    });

    it('stops quietly when the reader closes the pipe early', function () {
      this.timeout(120_000);
      const big = Array.from({ length: 1000 }, () => `${HYPE_SENTENCE} Our seamless, world-class portal will transform care.`).join('\n\n');
      const dir = makeTempDir({ 'big.md': big });
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check --format json big.md | head -c 100 > /dev/null`], { cwd: dir, encoding: 'utf8' });
      assert.doesNotMatch(r.stderr, /EPIPE|Error/);
    });
  });
});
