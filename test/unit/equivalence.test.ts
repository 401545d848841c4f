// Incremental analysis gives exactly what a fresh analysis gives. A BlockCache keeps the results
// of the last document's blocks; after an edit, analyse() re-splits only around the change,
// re-analyses only blocks it has not seen and shifts the others. Every result here is compared,
// as JSON, with analyse() of the same text without a cache and with a new cache.
import { strict as assert } from 'node:assert';
import { BlockCache, createAnalyser, type AnalysisResult, type LanguageId } from '../../src/core';

const analyser = createAnalyser();

const DOCUMENT = [
  '---',
  'title: Digital strategy',
  'status: draft',
  '---',
  '',
  '# Our digital strategy',
  '',
  'The new platform will transform patient care and eliminate waiting lists. It offers real-time dashboards.',
  'AI will unblock backlogs, automation will free frontline time, and data platforms will fix unwarranted variation.',
  '',
  '- Seamless, world-class tools for every clinician.',
  '- We will significantly reduce readmissions.',
  '',
  'Every team will transform its services.',
  '',
  '```',
  'The platform will revolutionise everything.',
  '',
  'Still code after a blank line.',
  '```',
  '',
  '<!-- realist-disable hype-term -->',
  '',
  'A cutting-edge portal will deliver game-changing results.',
  '',
  '<!-- realist-enable -->',
  '',
  '| Measure | Target |',
  '|---|---|',
  '| The app will dramatically improve outcomes | none |',
  '',
  '> Digital pathways will dissolve the pressures on urgent care.',
  '',
  'We expect to reduce the median wait from 18 to 12 weeks by March 2027, measured by RTT data.',
  '',
  '---',
  '',
  'Cloud hosting enables seamless integration across the system.',
  '',
].join('\n');

function json(result: AnalysisResult): string {
  return JSON.stringify(result);
}

/** analyse(edited) with the warm cache equals fresh analyses, and the cache stays usable. */
function assertSameAsFresh(cache: BlockCache, text: string, languageId: LanguageId, what: string): void {
  const warm = json(analyser.analyse(text, languageId, cache));
  assert.equal(warm, json(analyser.analyse(text, languageId)), `${what}: warm cache vs no cache`);
  assert.equal(warm, json(analyser.analyse(text, languageId, new BlockCache())), `${what}: warm cache vs new cache`);
}

function insert(text: string, at: number, what: string): string {
  return text.slice(0, at) + what + text.slice(at);
}

function remove(text: string, at: number, length: number): string {
  return text.slice(0, at) + text.slice(at + length);
}

interface Edit {
  name: string;
  apply(text: string): string;
}

const EDITS: Edit[] = [
  { name: 'a character inside a paragraph', apply: (t) => insert(t, t.indexOf('transform') + 4, 'x') },
  { name: 'a word deleted inside a paragraph', apply: (t) => remove(t, t.indexOf('real-time '), 'real-time '.length) },
  { name: 'a blank line added, splitting a paragraph', apply: (t) => insert(t, t.indexOf('AI will unblock'), '\n') },
  { name: 'a blank line removed, joining two blocks', apply: (t) => remove(t, t.indexOf('\n\n- Seamless'), 1) },
  // The paragraph after the list becomes part of the list's last item: the block boundary
  // before it goes, which the re-split must notice although nothing before it changed.
  { name: 'a paragraph indented into the list above it', apply: (t) => insert(t, t.indexOf('Every team'), '    ') },
  { name: 'a character inside a code fence', apply: (t) => insert(t, t.indexOf('Still code') + 5, 'y') },
  { name: 'the closing fence removed', apply: (t) => remove(t, t.lastIndexOf('```'), 3) },
  { name: 'a fence opened in the middle', apply: (t) => insert(t, t.indexOf('> Digital'), '```\n\n') },
  { name: 'a character at the very start, breaking the front matter', apply: (t) => insert(t, 0, 'x') },
  { name: 'front matter added at the start', apply: (t) => insert(t, 0, '---\nauthor: me\n---\n\n') },
  { name: 'a character inside the front matter', apply: (t) => insert(t, t.indexOf('draft'), 'early ') },
  { name: 'the front matter closing fence removed', apply: (t) => remove(t, t.indexOf('---\n\n# Our'), 3) },
  { name: 'a control comment edited', apply: (t) => insert(t, t.indexOf('hype-term -->'), 'absolute-claim ') },
  { name: 'text appended at the end', apply: (t) => `${t}\nThe portal will transform care.` },
  { name: 'the end removed', apply: (t) => t.slice(0, t.length - 40) },
  { name: 'a table cell edited', apply: (t) => insert(t, t.indexOf('dramatically'), 'very ') },
  { name: 'CRLF line endings', apply: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'a paragraph moved to the end', apply: (t) => {
    const moved = 'We expect to reduce the median wait from 18 to 12 weeks by March 2027, measured by RTT data.\n\n';
    return `${remove(t, t.indexOf(moved), moved.length)}\n${moved}`;
  } },
  { name: 'everything replaced', apply: () => 'The platform offers dashboards.\n\nIt will transform care.\n' },
  { name: 'emptied', apply: () => '' },
];

describe('incremental analysis equals fresh analysis', () => {
  for (const languageId of ['markdown', 'plaintext'] as const) {
    describe(languageId, () => {
      it('finds the same in the unedited document with or without a cache', () => {
        const cache = new BlockCache();
        assertSameAsFresh(cache, DOCUMENT, languageId, 'first analysis');
        assertSameAsFresh(cache, DOCUMENT, languageId, 'the same text again');
      });

      for (const edit of EDITS) {
        it(`after ${edit.name}`, () => {
          const cache = new BlockCache();
          analyser.analyse(DOCUMENT, languageId, cache);
          const edited = edit.apply(DOCUMENT);
          assertSameAsFresh(cache, edited, languageId, edit.name);
          // ... and undoing the edit gives the original results again.
          assertSameAsFresh(cache, DOCUMENT, languageId, `${edit.name}, undone`);
        });
      }

      it('after every edit in turn, with one cache throughout', () => {
        const cache = new BlockCache();
        let text = DOCUMENT;
        analyser.analyse(text, languageId, cache);
        for (const edit of EDITS.slice(0, -2)) {
          text = edit.apply(text);
          assertSameAsFresh(cache, text, languageId, edit.name);
        }
      });

      it('after typing a sentence one character at a time in the middle', () => {
        const cache = new BlockCache();
        let text = DOCUMENT;
        analyser.analyse(text, languageId, cache);
        let at = text.indexOf('It offers');
        for (const c of 'The tool will transform care. ') {
          text = insert(text, at++, c);
          assertSameAsFresh(cache, text, languageId, `typed ${JSON.stringify(c)}`);
        }
      });
    });
  }

  it('keeps only the current document\'s blocks', () => {
    const cache = new BlockCache();
    analyser.analyse(DOCUMENT, 'markdown', cache);
    const blocks = cache.size;
    analyser.analyse(insert(DOCUMENT, DOCUMENT.indexOf('transform'), 'x'), 'markdown', cache);
    assert.equal(cache.size, blocks);
    analyser.analyse('One paragraph.\n', 'markdown', cache);
    assert.equal(cache.size, 1);
  });

  it('starts afresh when the language or the analyser changes', () => {
    const cache = new BlockCache();
    analyser.analyse(DOCUMENT, 'markdown', cache);
    assertSameAsFresh(cache, DOCUMENT, 'plaintext', 'language changed');
    const other = createAnalyser({ config: { rules: { 'hype-term': 'off' } } });
    const fresh = json(other.analyse(DOCUMENT, 'markdown'));
    assert.equal(json(other.analyse(DOCUMENT, 'markdown', cache)), fresh);
  });

  it('returns results that later analyses do not change', () => {
    const cache = new BlockCache();
    const first = analyser.analyse(DOCUMENT, 'markdown', cache);
    const before = json(first);
    analyser.analyse(insert(DOCUMENT, 0, '# Title\n\n'), 'markdown', cache);
    analyser.analyse(insert(DOCUMENT, DOCUMENT.indexOf('transform'), 'x'), 'markdown', cache);
    assert.equal(json(first), before);
  });
});
