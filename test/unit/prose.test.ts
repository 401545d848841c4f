import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBlocks } from '../../src/core/blocks';
import { extractProse, toSourceRange, type ProseSegment } from '../../src/core/prose';
import { decodeCharacterReference, parseMarkdown } from '../../src/core/markdown/processor';
import type { LanguageId } from '../../src/core/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'markdown');
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'docs');
const OBJ = '\uFFFC';

interface Expected {
  segments: Array<{ kind: string; text: string; quoted: boolean; listItem: boolean }>;
  controls: Array<{ directive: string; rules: string[]; source: string }>;
  sources: Array<{ segment: number; text: string; source: string }>;
}

/** Every segment of a document read block by block, with document-level source slices. */
function readDocument(doc: string, languageId: LanguageId = 'markdown') {
  const segments: Array<{ segment: ProseSegment; blockStart: number }> = [];
  const controls: Array<{ directive: string; rules: string[]; source: string }> = [];
  const notices: unknown[] = [];
  for (const block of splitBlocks(doc, languageId)) {
    const prose = extractProse(block.text, languageId, block.atDocumentStart);
    for (const segment of prose.segments) segments.push({ segment, blockStart: block.start });
    for (const c of prose.controls) controls.push({ directive: c.directive, rules: c.rules, source: block.text.slice(c.range.start, c.range.end) });
    notices.push(...prose.notices);
  }
  return { segments, controls, notices };
}

/**
 * Asserts the mapping contract: each code unit of `text` comes from a source range holding that
 * character, or the escape, character reference, line break or replaced construct that produced it.
 */
function assertExactMapping(blockText: string, segment: ProseSegment): void {
  const { text, sourceStart, sourceEnd } = segment;
  assert.equal(sourceStart.length, text.length);
  assert.equal(sourceEnd.length, text.length);
  for (let i = 0; i < text.length; i++) {
    const start = sourceStart[i];
    const end = sourceEnd[i];
    const where = `code unit ${i} (${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))})`;
    assert.ok(start >= 0 && end > start && end <= blockText.length, `${where}: range ${start}-${end}`);
    if (i > 0) assert.ok(start >= sourceStart[i - 1], `${where}: ranges go backwards`);
    const slice = blockText.slice(start, end);
    const char = text[i];
    if (slice === char || (slice === '\0' && char === '\uFFFD')) continue;
    if (/^[ \t]*\\?(\r\n|\n|\r)$/.test(slice)) {
      assert.ok(char === ' ' || char === '\n', `${where}: line break ${JSON.stringify(slice)} read as ${JSON.stringify(char)}`);
    } else if (/^\\[!-/:-@[-`{-~]$/.test(slice)) {
      assert.equal(char, slice[1], `${where}: escape`);
    } else if (slice.startsWith('&')) {
      const decoded = decodeCharacterReference(slice);
      assert.ok(decoded !== undefined && decoded.includes(char), `${where}: ${slice} does not decode to ${JSON.stringify(char)}`);
    } else {
      assert.equal(char, OBJ, `${where}: ${JSON.stringify(slice)} is not the source of ${JSON.stringify(char)}`);
      assert.match(slice, /^(`|<|!\[|https?:|www\.|[^\s@]+@)/, `${where}: placeholder for ${JSON.stringify(slice)}`);
    }
  }
}

function proseOf(text: string, languageId: LanguageId = 'markdown', atDocumentStart = true): string[] {
  return extractProse(text, languageId, atDocumentStart).segments.map((s) => s.text);
}

describe('extractProse: golden Markdown fixtures', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  it('has fixtures, one with CRLF line endings kept byte for byte', () => {
    assert.ok(fixtures.length >= 6);
    assert.ok(readFileSync(join(FIXTURES, 'crlf.md'), 'utf8').includes('\r\n'));
  });

  for (const file of fixtures) {
    const doc = readFileSync(join(FIXTURES, file), 'utf8');
    const expectedFile = join(FIXTURES, file.replace(/\.md$/, '.expected.json'));

    it(`${file}: segments, controls and chosen source slices`, () => {
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
      const read = readDocument(doc);
      assert.deepEqual(read.notices, []);
      assert.deepEqual(read.segments.map(({ segment: s }) => ({ kind: s.kind, text: s.text, quoted: s.quoted, listItem: s.listItem })), expected.segments);
      assert.deepEqual(read.controls, expected.controls);
      for (const { segment: index, text, source } of expected.sources) {
        const { segment, blockStart } = read.segments[index];
        const at = segment.text.indexOf(text);
        assert.ok(at >= 0, `${text} not in segment ${index}`);
        const range = toSourceRange(segment, at, at + text.length);
        assert.equal(doc.slice(blockStart + range.start, blockStart + range.end), source);
      }
    });

    it(`${file}: every code unit maps to the source that produced it`, () => {
      for (const block of splitBlocks(doc, 'markdown')) {
        for (const segment of extractProse(block.text, 'markdown', block.atDocumentStart).segments) {
          assertExactMapping(block.text, segment);
        }
      }
    });
  }
});

describe('extractProse: block by block reads the same as the whole document', () => {
  const documents: Array<[string, string]> = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')]);
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).filter((name) => name.endsWith('.md'))) documents.push([`corpus/${f}`, readFileSync(join(CORPUS, f), 'utf8')]);
  }
  for (const [name, doc] of documents) {
    it(name, () => {
      const whole = extractProse(doc, 'markdown', true);
      const split = readDocument(doc);
      assert.deepEqual(split.segments.map(({ segment }) => segment.text), whole.segments.map((s) => s.text));
      // Same source offsets too, once shifted by the block's start.
      split.segments.forEach(({ segment, blockStart }, k) => {
        assert.deepEqual(Array.from(segment.sourceStart, (o) => o + blockStart), Array.from(whole.segments[k].sourceStart));
      });
    });
  }
});

describe('extractProse: what is and is not prose', () => {
  it('keeps paragraphs, headings, list items, quotes and table cells, with their kind and flags', () => {
    const segments = extractProse('# H\n\nP\n\n- L\n\n> Q\n\n| C |\n|---|\n| D |\n', 'markdown', true).segments;
    assert.deepEqual(segments.map((s) => [s.kind, s.text, s.quoted, s.listItem]), [
      ['heading', 'H', false, false], ['paragraph', 'P', false, false], ['paragraph', 'L', false, true],
      ['paragraph', 'Q', true, false], ['tableCell', 'C', false, false], ['tableCell', 'D', false, false],
    ]);
  });

  it('skips code blocks, HTML blocks, definitions and thematic breaks entirely', () => {
    assert.deepEqual(proseOf('```\nAI will fix it\n```\n\n    AI will fix it\n\n<div>\nAI will fix it\n</div>\n\n[a]: http://x\n\n***\n'), []);
  });

  it('replaces inline code, inline HTML, images and URLs with one placeholder over their source', () => {
    const [segment] = extractProse('Use `npm ci`, <b>x</b>, ![a seamless chart](c.png) and https://x.org/seamless.', 'markdown', true).segments;
    assert.equal(segment.text, `Use ${OBJ}, ${OBJ}x${OBJ}, ${OBJ} and ${OBJ}.`);
    const at = segment.text.indexOf(OBJ);
    assert.deepEqual(toSourceRange(segment, at, at + 1), { start: 4, end: 12 });
  });

  it('keeps link text and footnote markers, drops URLs and emphasis markers', () => {
    assert.deepEqual(proseOf('A [**bold** link](http://x "t") cites this[^n].\n\n[^n]: Source.'), ['A bold link cites this[^n].', 'Source.']);
  });

  it('reads front matter as front matter only at the start of the document', () => {
    assert.deepEqual(proseOf('---\ntitle: x\n---\nBody\n', 'markdown', true), ['Body']);
    assert.deepEqual(proseOf('---\ntitle: x\n---\nBody\n', 'markdown', false), ['title: x', 'Body']);
  });

  it('keeps lists and quotes after an opening thematic break that is not front matter', () => {
    const segments = extractProse('---\n\n> A quote.\n\n- An item.\n', 'markdown', true).segments;
    assert.deepEqual(segments.map((s) => [s.text, s.quoted, s.listItem]), [['A quote.', true, false], ['An item.', false, true]]);
  });

  it('reads one-line blocks as the parser does: thematic breaks, upper-case URLs, NUL, no-break spaces', () => {
    assert.deepEqual(proseOf('---\n\n', 'markdown', false), []);
    assert.deepEqual(proseOf('- - -\n', 'markdown', false), []);
    assert.deepEqual(proseOf('Visit WWW.EXAMPLE.COM or HTTPS://EXAMPLE.ORG today\n', 'markdown', false), [`Visit ${OBJ} or ${OBJ} today`]);
    assert.deepEqual(proseOf('Odd \u0000 byte\n', 'markdown', false), ['Odd \uFFFD byte']);
    assert.deepEqual(proseOf('\u00a0Spaced\u00a0\n', 'markdown', false), ['\u00a0Spaced\u00a0']);
  });

  it('turns soft breaks into spaces and hard breaks into newlines, mapped to the break', () => {
    const [segment] = extractProse('> one\r\n> two  \r\n> three', 'markdown', true).segments;
    assert.equal(segment.text, 'one two\nthree');
    assert.deepEqual(toSourceRange(segment, 3, 4), { start: 5, end: 7 });
    assert.deepEqual(toSourceRange(segment, 7, 8), { start: 12, end: 16 });
  });

  it('maps words exactly through list indentation, tabs and quote prefixes', () => {
    const source = '- item with\n\tcontinued text\n\n> > deep\n> > quote';
    const segments = extractProse(source, 'markdown', true).segments;
    for (const segment of segments) assertExactMapping(source, segment);
    const range = toSourceRange(segments[0], segments[0].text.indexOf('continued'), segments[0].text.indexOf('continued') + 9);
    assert.equal(source.slice(range.start, range.end), 'continued');
    assert.equal(segments[1].text, 'deep quote');
  });

  it('maps a surrogate pair and an astral entity to their whole source', () => {
    const [segment] = extractProse('Go 😀 &#x1F600; now', 'markdown', true).segments;
    assert.equal(segment.text, 'Go 😀 😀 now');
    assert.deepEqual(toSourceRange(segment, 3, 5), { start: 3, end: 5 });
    assert.deepEqual(toSourceRange(segment, 6, 8), { start: 6, end: 15 });
    assert.deepEqual(toSourceRange(segment, 7, 8), { start: 6, end: 15 });
  });

  it('gives an empty range at a segment boundary', () => {
    const [segment] = extractProse('ab', 'markdown', true).segments;
    assert.deepEqual(toSourceRange(segment, 2, 2), { start: 2, end: 2 });
    assert.deepEqual(toSourceRange(segment, 0, 0), { start: 0, end: 0 });
  });

  it('reads [text][label] whose definition is in another block as link text, but keeps citations', () => {
    assert.deepEqual(proseOf('See [the plan][p] and [1][2] and [^1][^2].'), ['See the plan and [1][2] and [^1][^2].']);
  });

  it('known limitation: a shortcut reference [text] keeps its brackets without its definition', () => {
    assert.deepEqual(proseOf('See [the plan].'), ['See [the plan].']);
    assert.deepEqual(proseOf('See [the plan].\n\n[the plan]: http://x'), ['See the plan.']);
  });
});

describe('extractProse: control comments', () => {
  it('reads block and inline realist comments, not examples in code', () => {
    const source = '<!-- realist-disable -->\n\nText <!-- realist-enable hype-term --> here.\n\n```\n<!-- realist-disable-file -->\n```\n\n`<!-- realist-disable-file -->`\n';
    const { controls } = extractProse(source, 'markdown', true);
    assert.deepEqual(controls.map((c) => [c.directive, c.rules, source.slice(c.range.start, c.range.end)]), [
      ['disable', [], '<!-- realist-disable -->'],
      ['enable', ['hype-term'], '<!-- realist-enable hype-term -->'],
    ]);
  });

  it('warns about a comment that looks like a directive but is not one', () => {
    const { notices, controls } = extractProse('<!-- realist-disabel hype-term -->\n', 'markdown', true);
    assert.equal(controls.length, 0);
    assert.equal(notices.length, 1);
    assert.equal(notices[0].severity, 'warning');
    assert.deepEqual(notices[0].range, { start: 0, end: 34 });
  });
});

describe('extractProse: plain text', () => {
  it('gives one text segment per paragraph, line breaks as newlines, CRLF as one', () => {
    const source = '  First line\r\nsecond line.\r\n\r\nNext para.  \r\n';
    const segments = extractProse(source, 'plaintext', true).segments;
    assert.deepEqual(segments.map((s) => [s.kind, s.text]), [['text', 'First line\nsecond line.'], ['text', 'Next para.']]);
    assert.deepEqual(toSourceRange(segments[0], 10, 11), { start: 12, end: 14 });
  });

  it('reads control comments and hides them from the prose', () => {
    const source = 'A seamless plan. <!-- realist-disable-line hype-term -->\nMarkup like <b> is text here.';
    const { segments, controls } = extractProse(source, 'plaintext', true);
    assert.equal(segments[0].text, `A seamless plan. ${OBJ}\nMarkup like <b> is text here.`);
    assert.deepEqual(controls, [{ directive: 'disable-line', rules: ['hype-term'], range: { start: 17, end: 56 } }]);
  });
});

describe('extractProse: hostile input', () => {
  it('survives 1,000 nested block quotes', () => {
    const segments = extractProse(`${'> '.repeat(1000)}deep claim\n`, 'markdown', true).segments;
    assert.deepEqual(segments.map((s) => [s.text, s.quoted]), [['deep claim', true]]);
  });

  it('never throws on binary or malformed input', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      let junk = '';
      for (let k = 0; k < 200; k++) junk += String.fromCharCode(Math.floor(random() * (random() < 0.5 ? 128 : 65536)));
      for (const languageId of ['markdown', 'plaintext'] as const) {
        const prose = extractProse(junk, languageId, round % 2 === 0);
        assert.deepEqual(prose.notices.filter((n) => n.message.includes('could not read')), [], JSON.stringify(junk));
        for (const segment of prose.segments) if (languageId === 'markdown') assertExactMapping(junk, segment);
      }
    }
  });

  it('reads a 200 KB single line in little more than the parser\'s own time', () => {
    const line = 'The seamless platform will transform care &amp; *outcomes*. '.repeat(3300);
    extractProse(line.slice(0, 5000), 'markdown', true); // warm up
    let started = performance.now();
    parseMarkdown(line, true);
    const parseTime = performance.now() - started;
    started = performance.now();
    const { segments } = extractProse(line, 'markdown', true);
    const extractTime = performance.now() - started;
    assert.equal(segments.length, 1);
    assert.equal(segments[0].text.length, 'The seamless platform will transform care & outcomes. '.repeat(3300).length - 1);
    assert.ok(extractTime < 2 * parseTime + 250, `extraction took ${extractTime.toFixed(0)} ms, parsing alone ${parseTime.toFixed(0)} ms`);
  });
});
