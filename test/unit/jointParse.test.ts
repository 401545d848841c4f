// The analyser reads many blocks with one parser call (extractProseOfBlocks) and picks plain
// CommonMark for blocks where GFM cannot differ (mayUseGfm). Both are only speed: a block must
// read exactly as extractProse reads it alone, and GFM and CommonMark must give the same tree
// wherever mayUseGfm says CommonMark will do.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateStrategyMarkdown } from '../../bench/generate';
import { splitBlocks } from '../../src/core/blocks';
import { mayUseGfm, parseBody } from '../../src/core/markdown/processor';
import { plainParagraphProse } from '../../src/core/markdown/plainParagraph';
import { extractMarkdownProse, extractProse, extractProseOfBlocks } from '../../src/core/prose';
import type { LanguageId } from '../../src/core/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'markdown');
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'docs');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Snippets that stress what could leak between blocks parsed together. */
const SNIPPETS = [
  'The platform will transform care.', 'See [the plan][plan] and [plan].', '[plan]: https://example.org/plan',
  '[^1]: A footnote *with* text.', 'A claim[^1] with a note.', 'Footnote call [^2] and [^1].', '[^2]:\n    Indented note.',
  '- item one\n- item two', '- [ ] task\n- [x] done', '1. first\n2. second', '1. again\n2. more', '* star item',
  '> quoted text\n> more', '```\ncode\n\nmore code\n```', '~~~\nunclosed fence', '    indented code',
  '<!-- comment\n\nstill comment -->', '<!-- realist-disable-line hype-term -->', '<div>\nhtml block\n</div>',
  '| a | b |\n|---|---|\n| c | d |', 'Title\n=====', 'Sub\n---', '---', '***', '* * *',
  'Email someone@example.org or www.example.com now.', 'https://example.org/x?y=1', '~~struck~~ text',
  'Tab\tseparated\ttext', '&amp; &#64; &copy; entities', 'Escaped \\* star \\[ bracket', 'Line one  \nline two',
  '- \n', '-', '<pre>\n\nx\n</pre>', '  - nested\n    - deeper', '> - quote list\n>   ```\n>   code',
  '- item\n\n  continued para', 'text with\r\nCRLF line', 'lone\rCR', '# Heading #', '## [link](u) heading',
  '![img](x.png) alt', '[x]: <u> "t"\n[y]:\n  /url', '\u00a0nbsp start', 'a\u0000nul', '<https://auto.link>',
  '**bold** and _em_', '`code` span', '[3] a citation [4][5]', '[a](b) [^c](d) [ ^e]',
  'Wrapped\nparagraph\r\nof three\rlines', 'Trailing \nspace', 'Hard  \nbreak', 'Tab\t\nend', 'Indented\n  continuation',
  'Entities &mdash; &amp; &bogus; &#0; &#x1F600; &#10; &#13; &nbsp; &copy', '&nbsp;', '\u00a0\n\u00a0', 'a &amp;\nb &lt; c', '2 + 2\n+3',
];

/** Documents joined from SNIPPETS with varied separators, reproducibly. */
function fuzzDocuments(count: number): string[] {
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const docs: string[] = [];
  for (let d = 0; d < count; d++) {
    const parts: string[] = [];
    const n = 2 + Math.floor(random() * 30);
    for (let i = 0; i < n; i++) {
      parts.push(SNIPPETS[Math.floor(random() * SNIPPETS.length)]);
      const sep = random();
      parts.push(sep < 0.6 ? '\n\n' : sep < 0.8 ? '\n' : sep < 0.9 ? '\n\n\n' : '\r\n\r\n');
    }
    docs.push(parts.join(''));
  }
  return docs;
}

const DOCUMENTS = [
  ...markdownFiles(FIXTURES),
  ...markdownFiles(CORPUS),
  ...[1, 7, 42].map((seed) => generateStrategyMarkdown({ bytes: 40_000, seed })),
  ...fuzzDocuments(250),
];

const asJson = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v));

describe('extractProseOfBlocks: several blocks per parser call', () => {
  for (const languageId of ['markdown', 'plaintext'] as LanguageId[]) {
    it(`reads every block of ${DOCUMENTS.length} documents (${languageId}) exactly as extractProse reads it alone`, () => {
      for (const doc of DOCUMENTS) {
        const blocks = splitBlocks(doc, languageId);
        const alone = blocks.map((b) => extractProse(b.text, languageId, b.atDocumentStart));
        const joint = extractProseOfBlocks(doc, languageId, blocks.map((b) => b.start), blocks.map((b) => b.end));
        assert.equal(asJson(joint), asJson(alone), JSON.stringify(doc.slice(0, 300)));
      }
    }).timeout(60_000); // a few seconds on a loaded machine
  }

  it('deals out a list that continues into the next block, and keeps definitions to their own block', () => {
    const doc = 'Intro.\n\n1. The app will transform care.\n\n1. Seamless tools for all.\n\n[x]: /u\n\nSee [x] and **[y][x]**.\n\nEnd.\n';
    const blocks = splitBlocks(doc, 'markdown');
    const joint = extractProseOfBlocks(doc, 'markdown', blocks.map((b) => b.start), blocks.map((b) => b.end));
    assert.equal(asJson(joint), asJson(blocks.map((b) => extractProse(b.text, 'markdown', b.atDocumentStart))));
    assert.deepEqual(joint.flatMap((p) => p.segments.map((s) => s.text)), ['Intro.', 'The app will transform care.', 'Seamless tools for all.', 'See [x] and y.', 'End.']);
  });
});

describe('plainParagraphProse: paragraphs read without the parser', () => {
  it('reads every block it takes exactly as the parser does', () => {
    let taken = 0;
    for (const doc of DOCUMENTS) {
      for (const block of splitBlocks(doc, 'markdown')) {
        const fast = plainParagraphProse(block.text);
        if (!fast || block.text.charCodeAt(0) === 0xfeff) continue;
        taken++;
        assert.equal(asJson(fast), asJson(extractMarkdownProse(block.text, block.atDocumentStart)), JSON.stringify(block.text));
      }
    }
    assert.ok(taken > 300, `only ${taken} blocks taken`);
  });
});

describe('mayUseGfm: CommonMark only where GFM reads the same', () => {
  it('gives the same tree, positions included, with GFM and CommonMark for every block it sends to CommonMark', () => {
    let checked = 0;
    for (const doc of DOCUMENTS) {
      for (const block of splitBlocks(doc, 'markdown')) {
        if (mayUseGfm(block.text) || !/[[]/.test(block.text)) continue;
        checked++;
        assert.deepEqual(parseBody(block.text, false), parseBody(block.text, true), JSON.stringify(block.text));
      }
    }
    assert.ok(checked > 100, `only ${checked} blocks with brackets checked`);
  });

  it('keeps GFM for footnote definitions, task-list checks and text an entity or escape could turn into a link', () => {
    for (const text of ['[^1]: A note.', '- [ ] open', '- [x] done', '- [X] done', '[a] user&#64;example.org', '[a] www\\.example.org']) {
      assert.ok(mayUseGfm(text), text);
    }
    for (const text of ['See [3].', 'A claim[^1].', '[text](/local/path)', '[a][b]']) assert.ok(!mayUseGfm(text), text);
  });
});
