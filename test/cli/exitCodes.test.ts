// Exit codes of the built `realist` bin: 0 nothing at or above --fail-on, 1 something is,
// 2 usage errors, unreadable files and broken configuration (other files still reported).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../src/core';
import { ANCHORED_SENTENCE, ensureBuilt, HYPE_SENTENCE, makeTempDir, removeTempDirs, runCli, runJson } from './helpers';

/** A .realist.json giving every rule one severity, so --fail-on tests do not depend on defaults. */
function allRulesAt(severity: string): string {
  return JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, severity])) });
}

function assertUsageError(result: { code: number | null; stdout: string; stderr: string }, mentions: RegExp): void {
  assert.equal(result.code, 2, result.stderr);
  assert.equal(result.stdout, '', 'usage errors print no report');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 2, `one message line and one hint line, got:\n${result.stderr}`);
  assert.match(lines[0], /^realist: /);
  assert.match(lines[0], mentions);
  assert.match(lines[1], /realist --help/);
}

describe('realist exit codes', function () {
  // Each test starts node on the built bin, some several times: allow for a busy machine.
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeTempDirs);

  describe('usage', () => {
    it('--help prints usage and exits 0', () => {
      const r = runCli(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage:/);
      assert.match(r.stdout, /realist check/);
      assert.match(r.stdout, /--fail-on/);
    });

    it('--version prints the package version and exits 0', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
      const r = runCli(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trim(), version);
    });

    it('an unknown option is a usage error (2)', () => {
      assertUsageError(runCli(['check', '--colour', 'docs']), /unknown option '--colour'/);
    });

    it('no paths is a usage error (2)', () => {
      assertUsageError(runCli(['check']), /no paths/);
    });

    it('no command is a usage error (2)', () => {
      assertUsageError(runCli([]), /no command/);
    });

    it('an unknown command is a usage error (2)', () => {
      assertUsageError(runCli(['lint', 'docs']), /unknown command 'lint'/);
    });

    it('a bad --format or --fail-on value is a usage error (2)', () => {
      assertUsageError(runCli(['check', '--format', 'xml', 'docs']), /'xml' is not a valid value for --format/);
      assertUsageError(runCli(['check', '--fail-on=fatal', 'docs']), /'fatal' is not a valid value for --fail-on/);
      assertUsageError(runCli(['check', '--format']), /needs a value/);
    });

    it('a glob that matches no files is a usage error (2)', () => {
      const dir = makeTempDir({ 'a.md': ANCHORED_SENTENCE });
      assertUsageError(runCli(['check', 'nothing/**/*.md'], { cwd: dir }), /nothing to check.*nothing\/\*\*\/\*\.md/);
    });

    it('a folder with no checkable files is a usage error (2)', () => {
      const dir = makeTempDir({ 'empty/readme.rst': HYPE_SENTENCE });
      assertUsageError(runCli(['check', 'empty'], { cwd: dir }), /nothing to check/);
    });
  });

  describe('--fail-on', () => {
    it('a clean file exits 0 even with --fail-on info', () => {
      const dir = makeTempDir({ 'clean.md': `${ANCHORED_SENTENCE}\n` });
      const r = runCli(['check', '--fail-on', 'info', 'clean.md'], { cwd: dir });
      assert.equal(r.code, 0, r.stdout + r.stderr);
    });

    it('findings below the threshold exit 0; at or above it exit 1', () => {
      const dir = makeTempDir({ '.realist.json': allRulesAt('info'), 'hype.md': `${HYPE_SENTENCE}\n` });
      assert.equal(runCli(['check', 'hype.md'], { cwd: dir }).code, 0, 'default --fail-on is error');
      assert.equal(runCli(['check', '--fail-on', 'warning', 'hype.md'], { cwd: dir }).code, 0);
      assert.equal(runCli(['check', '--fail-on', 'info', 'hype.md'], { cwd: dir }).code, 1);
    });

    it('warnings fail --fail-on warning but not the default', () => {
      const dir = makeTempDir({ '.realist.json': allRulesAt('warning'), 'hype.md': `${HYPE_SENTENCE}\n` });
      assert.equal(runCli(['check', 'hype.md'], { cwd: dir }).code, 0);
      assert.equal(runCli(['check', '--fail-on=warning', 'hype.md'], { cwd: dir }).code, 1);
    });

    it('errors fail the default threshold', () => {
      const dir = makeTempDir({ '.realist.json': allRulesAt('error'), 'hype.md': `${HYPE_SENTENCE}\n` });
      assert.equal(runCli(['check', 'hype.md'], { cwd: dir }).code, 1);
    });
  });

  describe('unreadable files', () => {
    it('a missing file next to a readable one: exit 2, the other still reported', () => {
      const dir = makeTempDir({ '.realist.json': allRulesAt('warning'), 'hype.md': `${HYPE_SENTENCE}\n` });
      const { result, report } = runJson(['missing.md', 'hype.md'], { cwd: dir });
      assert.equal(result.code, 2);
      const missing = report.files.find((f: any) => f.path === 'missing.md');
      assert.match(missing.error, /could not read: no such file/);
      const hype = report.files.find((f: any) => f.path === 'hype.md');
      assert.equal(hype.error, undefined);
      assert.ok(hype.findings.length > 0, 'the readable file is still checked');
      assert.match(result.stderr, /missing\.md: could not read/, 'named on stderr when the report is JSON');
    });

    it('a binary file is "binary: not checked" (exit 2); others still checked', () => {
      const binary = Buffer.concat([Buffer.from('PNG header'), Buffer.from([0, 1, 2, 0, 255]), Buffer.from(HYPE_SENTENCE)]);
      const dir = makeTempDir({ 'image.md': binary, 'hype.md': `${HYPE_SENTENCE}\n` });
      const { result, report } = runJson(['.'], { cwd: dir });
      assert.equal(result.code, 2);
      assert.deepEqual(report.files.map((f: any) => f.path), ['hype.md', 'image.md']);
      assert.equal(report.files[1].error, 'binary: not checked');
      assert.ok(report.files[0].findings.length > 0);
      const text = runCli(['check', '.'], { cwd: dir });
      assert.equal(text.code, 2);
      assert.match(text.stdout, /^image\.md {2}error {2}binary: not checked$/m);
      assert.match(text.stdout, /1 file could not be read/);
    });

    it('invalid UTF-8 is read with replacement characters and a warning naming the byte', () => {
      const bytes = Buffer.concat([Buffer.from(`${ANCHORED_SENTENCE}\nCaf`), Buffer.from([0xe9]), Buffer.from(' opening times are listed.\n')]);
      const badByte = bytes.indexOf(0xe9);
      const dir = makeTempDir({ 'latin1.md': bytes });
      const { result, report } = runJson(['latin1.md'], { cwd: dir });
      assert.equal(result.code, 0, 'a warning about the encoding does not fail the run');
      const [file] = report.files;
      assert.equal(file.error, undefined);
      const notice = file.notices.find((n: any) => /invalid UTF-8/.test(n.message));
      assert.ok(notice, JSON.stringify(file.notices));
      assert.equal(notice.severity, 'warning');
      assert.match(notice.message, new RegExp(`byte ${badByte}\\b`));
      assert.deepEqual([notice.line, notice.column], [2, 4]);
      const text = runCli(['check', 'latin1.md'], { cwd: dir });
      assert.match(text.stdout, /^latin1\.md:2:4 {2}warning {2}notice {2}invalid UTF-8 from byte \d+/m);
    });

    it('a file over the size limit is skipped with a clear message (exit 2)', () => {
      const dir = makeTempDir({ 'hype.md': `${HYPE_SENTENCE}\n` });
      const huge = path.join(dir, 'huge.md');
      fs.writeFileSync(huge, '');
      fs.truncateSync(huge, 21 * 1024 * 1024); // sparse: instant to make
      const { result, report } = runJson(['huge.md', 'hype.md'], { cwd: dir });
      assert.equal(result.code, 2);
      assert.match(report.files[0].error, /not checked: the file is 21\.0 MB, over the 20\.0 MB limit/);
      assert.equal(report.files[1].error, undefined);
    });

    it('a glob that matches nothing next to a real file: exit 2, the file still reported', () => {
      const dir = makeTempDir({ 'hype.md': `${HYPE_SENTENCE}\n` });
      const { result, report } = runJson(['hype.md', 'drafts/*.md'], { cwd: dir });
      assert.equal(result.code, 2);
      assert.equal(report.files[0].path, 'hype.md');
      assert.match(report.files[1].error, /no \.md, \.markdown or \.txt files match/);
    });
  });

  describe('configuration problems', () => {
    it('are printed once on stderr, the files checked with defaults, and the exit code is 2', () => {
      const dir = makeTempDir({
        '.realist.json': '{ "rules": { "hype-term": "loud" } }\n',
        'a.md': `${HYPE_SENTENCE}\n`,
        'b.md': `${ANCHORED_SENTENCE}\n`,
      });
      const { result, report } = runJson(['a.md', 'b.md'], { cwd: dir });
      assert.equal(result.code, 2);
      const problemLines = result.stderr.split('\n').filter((l) => l.includes('/rules/hype-term'));
      assert.equal(problemLines.length, 1, result.stderr);
      assert.match(problemLines[0], /\.realist\.json(:\d+:\d+)? at \/rules\/hype-term: /);
      assert.deepEqual(report.files.map((f: any) => [f.path, f.error]), [['a.md', undefined], ['b.md', undefined]]);
      assert.equal(report.configProblems.length, 1);
    });

    it('a JSON syntax error names the file, line and column', () => {
      const dir = makeTempDir({ '.realist.json': '{\n  "rules": {\n', 'a.md': `${ANCHORED_SENTENCE}\n` });
      const r = runCli(['check', 'a.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.realist\.json:\d+:\d+/);
      assert.match(r.stdout, /No findings in 1 file checked; 1 configuration problem/);
    });
  });

  describe('paths', () => {
    it('a folder is searched recursively for .md, .markdown and .txt, skipping node_modules and dot-folders', () => {
      const dir = makeTempDir({
        'docs/a.md': ANCHORED_SENTENCE,
        'docs/sub/b.markdown': ANCHORED_SENTENCE,
        'docs/sub/deeper/c.txt': ANCHORED_SENTENCE,
        'docs/d.rst': HYPE_SENTENCE,
        'docs/node_modules/pkg/readme.md': HYPE_SENTENCE,
        'docs/.drafts/secret.md': HYPE_SENTENCE,
      });
      const { result, report } = runJson(['docs'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(report.files.map((f: any) => f.path), ['docs/a.md', 'docs/sub/b.markdown', 'docs/sub/deeper/c.txt']);
    });

    it('globs are expanded (quoted, so the shell leaves them alone) and files are listed once', () => {
      const dir = makeTempDir({
        'docs/a.md': ANCHORED_SENTENCE,
        'docs/sub/b.md': ANCHORED_SENTENCE,
        'docs/sub/c.txt': ANCHORED_SENTENCE,
        'docs/node_modules/x.md': HYPE_SENTENCE,
      });
      const { result, report } = runJson(['docs/**/*.md', 'docs/a.md'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(report.files.map((f: any) => f.path), ['docs/a.md', 'docs/sub/b.md']);
    });

    it("'-' reads Markdown from standard input", () => {
      const dir = makeTempDir();
      const { result, report } = runJson(['-'], { cwd: dir, input: `# Plan\n\n${ANCHORED_SENTENCE}\n` });
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(report.files.map((f: any) => f.path), ['<stdin>']);
    });

    it('--output writes the report to a file and nothing to stdout', () => {
      const dir = makeTempDir({ 'a.md': `${HYPE_SENTENCE}\n` });
      const r = runCli(['check', '--format', 'json', '--output', 'report.json', 'a.md'], { cwd: dir });
      assert.equal(r.stdout, '');
      const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
      assert.equal(report.files[0].path, 'a.md');
    });
  });
});
