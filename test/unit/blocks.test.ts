import { strict as assert } from 'node:assert';
import { splitBlocks } from '../../src/core/blocks';
import { extractProse } from '../../src/core/prose';
import type { LanguageId } from '../../src/core/types';

function texts(doc: string, languageId: LanguageId = 'markdown'): string[] {
  return splitBlocks(doc, languageId).map((b) => b.text);
}

/** Blocks tile the document: contiguous, non-empty, in order, first one at the start. */
function assertTiles(doc: string, languageId: LanguageId = 'markdown'): void {
  const blocks = splitBlocks(doc, languageId);
  assert.equal(blocks.map((b) => b.text).join(''), doc);
  let at = 0;
  blocks.forEach((block, k) => {
    assert.equal(block.start, at);
    assert.ok(block.end > block.start);
    assert.equal(block.text, doc.slice(block.start, block.end));
    assert.equal(block.atDocumentStart, k === 0);
    at = block.end;
  });
  assert.equal(at, doc.length);
}

/** Prose read block by block equals prose read from the whole document. */
function assertSplitReadsSame(doc: string): void {
  const whole = extractProse(doc, 'markdown', true).segments.map((s) => s.text);
  const split = splitBlocks(doc, 'markdown').flatMap((b) => extractProse(b.text, 'markdown', b.atDocumentStart).segments.map((s) => s.text));
  assert.deepEqual(split, whole, JSON.stringify(doc));
}

describe('splitBlocks', () => {
  it('cuts at a blank line followed by an unindented line; blank lines stay with the block before', () => {
    assert.deepEqual(texts('# Title\n\nOne.\nStill one.\n\n\nTwo.\n'), ['# Title\n\n', 'One.\nStill one.\n\n\n', 'Two.\n']);
  });

  it('returns no blocks for an empty document and one for a blank one', () => {
    assert.deepEqual(splitBlocks('', 'markdown'), []);
    assert.deepEqual(texts('\n\n  \n'), ['\n\n  \n']);
  });

  it('tiles varied documents exactly (CRLF, lone CR, no final newline, leading blank lines)', () => {
    const docs = [
      'a\r\n\r\nb\r\n', 'a\r\rb\r', 'a\n\nb', '\n\n\na\n\nb\n\n', 'a\r\n\nb\n\r\nc', ' indented start\n\nnext',
      '```\nx\n\ny\n```\n\nz', '> q\n\n> r', '- a\n\n  b\n\n- c\n', '\uFEFF# BOM\n\ntext', '\t\n\t\nx',
    ];
    for (const doc of docs) {
      assertTiles(doc);
      assertTiles(doc, 'plaintext');
    }
  });

  it('handles CRLF and lone CR line endings as line breaks', () => {
    assert.deepEqual(texts('One.\r\n\r\nTwo.\r\n'), ['One.\r\n\r\n', 'Two.\r\n']);
    assert.deepEqual(texts('One.\r\rTwo.\r'), ['One.\r\r', 'Two.\r']);
  });

  it('keeps indented continuation lines, loose list paragraphs and indented code with their block', () => {
    assert.deepEqual(texts('- item\n\n  second paragraph\n\n      code in item\n\nAfter.\n'), ['- item\n\n  second paragraph\n\n      code in item\n\n', 'After.\n']);
    assert.deepEqual(texts('Para.\n\n    indented code\n\n    more code\n'), ['Para.\n\n    indented code\n\n    more code\n']);
  });

  it('splits between the items of a loose list without changing what they say', () => {
    const doc = '- First item.\n\n- Second item.\n\n  Its second paragraph.\n\n1. One\n\n2. Two\n';
    assert.deepEqual(texts(doc), ['- First item.\n\n', '- Second item.\n\n  Its second paragraph.\n\n', '1. One\n\n', '2. Two\n']);
    assertSplitReadsSame(doc);
  });

  it('never cuts inside fenced code, whatever its fence', () => {
    const doc = 'Before.\n\n````js\nline\n\nnot a block\n```\nstill code\n````\n\n~~~~\n~~~\n\nx\n~~~~~\n\nAfter.\n';
    assert.deepEqual(texts(doc), ['Before.\n\n', '````js\nline\n\nnot a block\n```\nstill code\n````\n\n', '~~~~\n~~~\n\nx\n~~~~~\n\n', 'After.\n']);
    // An unclosed fence runs to the end of the document.
    assert.deepEqual(texts('a\n\n```\n\nb\n\nc'), ['a\n\n', '```\n\nb\n\nc']);
    // A fence of 4+ spaces is indented code, and cannot be closed by an indented fence line.
    assert.deepEqual(texts('```\nx\n    ```\n\ny\n```\n\nz'), ['```\nx\n    ```\n\ny\n```\n\n', 'z']);
  });

  it('never cuts inside fences within list items and block quotes', () => {
    const docs = [
      '- item\n\n  ```\n  code\n\n  more\n  ```\n\nAfter.\n',
      '- ```\n  code\n\n  more\n  ```\n\n```\nreal\n\nfence\n```\n\nAfter.\n',
      '> ```\n> quoted code\n```\ntop-level fence\n\nstill code\n```\n\nAfter.\n',
      '- a\n  ```\n  code\nfoo\n```\nx\n\ny\n```\n\nAfter.\n',
      '1. <pre\ne\n<!--\n\n_\n-->\n\nAfter.\n',
    ];
    for (const doc of docs) {
      assertTiles(doc);
      assertSplitReadsSame(doc);
      assert.ok(texts(doc).at(-1) === 'After.\n', JSON.stringify(texts(doc)));
    }
  });

  it('never cuts inside an HTML comment or a script/pre/style/textarea block', () => {
    const doc = '<!-- realist-disable\n\nstill a comment\n-->\n\n<pre>\n\nkept\n</pre>\n\n<style>\n\nx\n</style>\n\n<!-->\n\nShort comment above.\n';
    assert.deepEqual(texts(doc), ['<!-- realist-disable\n\nstill a comment\n-->\n\n', '<pre>\n\nkept\n</pre>\n\n', '<style>\n\nx\n</style>\n\n', '<!-->\n\n', 'Short comment above.\n']);
    assertSplitReadsSame(doc);
  });

  it('never cuts inside YAML or TOML front matter, and only reads it at the start', () => {
    assert.deepEqual(texts('---\ntitle: x\n\nnotes: y\n---\n\n# Body\n'), ['---\ntitle: x\n\nnotes: y\n---\n\n', '# Body\n']);
    assert.deepEqual(texts('+++\na = 1\n\nb = 2\n+++\nBody\n\nMore\n'), ['+++\na = 1\n\nb = 2\n+++\nBody\n\n', 'More\n']);
    // No closing fence: not front matter, so the thematic break is an ordinary block.
    assert.deepEqual(texts('---\n\nText\n'), ['---\n\n', 'Text\n']);
    assert.equal(splitBlocks('---\na: 1\n---\n\nx\n', 'markdown')[0].atDocumentStart, true);
  });

  it('splits plain text at every blank line, indented or not', () => {
    assert.deepEqual(texts('One\n\n  Two\n \nThree', 'plaintext'), ['One\n\n', '  Two\n \n', 'Three']);
    assert.deepEqual(texts('```\n\nnot code in plain text', 'plaintext'), ['```\n\n', 'not code in plain text']);
  });

  it('reads the same block by block as whole on generated Markdown', () => {
    const pieces = [
      '---\n', '+++\n', '\n```\n', '\n    ```\n', '\n- ```\n', '\n  ```\n', '\n~~~~\n', '<!--\n\n', '\n-->\n', '\n<pre>\n\n', '\n> ```\n',
      '\n1. ', '\n   ', '\n\n  ', '\n\n', '\n\n', '<?', '?>', '<!X', '<![CDATA[', ']]>', '\n<script>', '</script>',
      '> ', '- ', '* ', '1. ', '\n', '\r\n', '\r', '  ', '\t', '*', '_', '`', '```', '~~~', '[', ']', '(', ')', '![',
      '<', '>', '&amp;', '&#8217;', '\\', '# ', '|', '---', '<!-- realist-disable -->', 'http://x.y', 'www.a.b',
      'a@b.co', 'word', 'é', '😀', '    ', '<div>', '</div>', '=', '~', ' ', 'text ', '|---|', '\\|', '"', '\u0000', 'WWW.A.B', '\u00a0',
    ];
    let seed = 20240611;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 400; round++) {
      // Some documents open with a fence that may or may not start front matter.
      let doc = round % 5 === 0 ? '---\n' : round % 7 === 0 ? '+++\n' : '';
      const length = 5 + Math.floor(random() * 80);
      for (let k = 0; k < length; k++) doc += pieces[Math.floor(random() * pieces.length)];
      assertTiles(doc);
      assertSplitReadsSame(doc);
    }
  });

  it('splits 5 MB in linear time, and a 200 KB single line', () => {
    const paragraph = 'The platform will transform care for every patient by 2027.\nIt is seamless.\n\n';
    const fence = '```\ncode\n\nmore\n```\n\n';
    const small = (paragraph.repeat(9) + fence).repeat(1_000);
    const large = (paragraph.repeat(9) + fence).repeat(10_000);
    splitBlocks(small, 'markdown'); // warm up
    let started = performance.now();
    const smallBlocks = splitBlocks(small, 'markdown').length;
    const smallTime = performance.now() - started;
    started = performance.now();
    const largeBlocks = splitBlocks(large, 'markdown');
    const largeTime = performance.now() - started;
    assert.equal(largeBlocks.length, smallBlocks * 10);
    assert.ok(large.length > 5_000_000);
    assert.ok(largeTime < 30 * smallTime + 500, `10x input took ${largeTime.toFixed(0)} ms vs ${smallTime.toFixed(0)} ms`);
    const line = 'word '.repeat(40_000);
    assert.deepEqual(texts(line), [line]);
    assert.deepEqual(texts('\n'.repeat(200_000) + 'x'), ['\n'.repeat(200_000) + 'x']);
  });
});
