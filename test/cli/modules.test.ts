// Unit tests of the CLI's small modules, imported from source: argument parsing, UTF-8
// checking and path display. The behaviour they add up to is tested on the built bin.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseArgs, UsageError } from '../../src/cli/args';
import { displayPath } from '../../src/cli/files';
import { decodeBytes, firstInvalidUtf8Byte } from '../../src/cli/read';

describe('cli modules', () => {
  describe('parseArgs', () => {
    it('reads check options in both --name value and --name=value forms', () => {
      assert.deepEqual(parseArgs(['check', '--format=sarif', '--fail-on', 'warning', '-o', 'r.sarif', '-q', 'a.md', '-']), {
        kind: 'check', format: 'sarif', failOn: 'warning', output: 'r.sarif', quiet: true, paths: ['a.md', '-'],
      });
    });

    it('treats everything after -- as paths', () => {
      const command = parseArgs(['check', '--', '--odd-name.md']);
      assert.equal(command.kind, 'check');
      assert.deepEqual(command.kind === 'check' && command.paths, ['--odd-name.md']);
    });

    it('lets --help and --version win anywhere before --', () => {
      assert.deepEqual(parseArgs(['check', 'docs', '--help']), { kind: 'help' });
      assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
    });

    it('throws plain-English usage errors', () => {
      assert.throws(() => parseArgs(['check', '--quiet=yes', 'a.md']), (e: unknown) => e instanceof UsageError && /does not take a value/.test(e.message));
      assert.throws(() => parseArgs(['check', '-', '-']), /standard input/);
      assert.throws(() => parseArgs(['check', '--output']), /needs a value/);
    });
  });

  describe('UTF-8', () => {
    it('finds the first invalid byte, or -1', () => {
      assert.equal(firstInvalidUtf8Byte(Buffer.from('café 😀 ok')), -1);
      assert.equal(firstInvalidUtf8Byte(Buffer.from([0x61, 0x62, 0xe9, 0x63])), 2);
      assert.equal(firstInvalidUtf8Byte(Buffer.from([0x61, 0xc0, 0xaf])), 1, 'overlong encoding');
      assert.equal(firstInvalidUtf8Byte(Buffer.from([0x61, 0xed, 0xa0, 0x80])), 1, 'surrogate');
      assert.equal(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe2, 0x82])), 1, 'truncated at the end');
    });

    it('decodes with replacement characters and points the warning at the first one', () => {
      const result = decodeBytes(Buffer.from([0x41, 0x0a, 0x42, 0xff, 0x43]), 'markdown');
      assert.ok(result.ok);
      assert.equal(result.text, 'A\nB\uFFFDC');
      assert.equal(result.warnings[0].offset, 3);
      assert.match(result.warnings[0].message, /byte 3/);
    });

    it('strips a UTF-8 byte-order mark and reads UTF-16 with one', () => {
      const bom = decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'markdown');
      assert.ok(bom.ok && bom.text === 'A');
      const utf16 = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi é', 'utf16le')]), 'markdown');
      assert.ok(utf16.ok && utf16.text === 'Hi é');
      const utf16be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Hi é', 'utf16le').swap16()]), 'markdown');
      assert.ok(utf16be.ok && utf16be.text === 'Hi é');
    });

    it('calls a NUL byte in the first 8 KB binary', () => {
      assert.deepEqual(decodeBytes(Buffer.from([0x41, 0x00, 0x42]), 'markdown'), { ok: false, error: 'binary: not checked' });
    });
  });

  it('displays paths relative to the working directory with forward slashes', () => {
    const cwd = path.resolve('/work/project');
    assert.equal(displayPath(path.join(cwd, 'docs', 'a.md'), cwd), 'docs/a.md');
    assert.equal(displayPath(path.resolve('/elsewhere/b.md'), cwd), path.resolve('/elsewhere/b.md'));
    assert.equal(displayPath('-', cwd), '<stdin>');
  });
});
