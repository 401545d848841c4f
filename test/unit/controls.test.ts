import { strict as assert } from 'node:assert';
import {
  applyControls,
  disableFileEdit,
  disableLineEdit,
  parseControlComment,
  type ControlComment,
} from '../../src/core/controls';
import { splitBlocks } from '../../src/core/blocks';
import { extractProse } from '../../src/core/prose';
import { applyEdit } from '../../src/core/edits';
import type { Finding, LanguageId } from '../../src/core/types';

const RULES = ['feature-focus', 'unmeasured-outcome', 'optimistic-certainty', 'hype-term', 'vague-intensifier', 'absolute-claim'];

function finding(ruleId: string, start: number, end = start + 1): Finding {
  return {
    ruleId, category: 'optimistic', severity: 'warning', message: ruleId, range: { start, end },
    sentence: { start, end }, triggers: [], question: '', fixes: [],
  };
}

/** Control comments of a whole document, shifted to document offsets as the analyser does. */
function controlsOf(text: string, languageId: LanguageId = 'markdown'): ControlComment[] {
  return splitBlocks(text, languageId).flatMap((block) =>
    extractProse(block.text, languageId, block.atDocumentStart).controls.map((c) => ({
      ...c, range: { start: c.range.start + block.start, end: c.range.end + block.start },
    })));
}

/** Rule ids of the findings left after applying the document's own control comments. */
function surviving(text: string, findings: Finding[], languageId: LanguageId = 'markdown'): string[] {
  return applyControls(text, findings, controlsOf(text, languageId), RULES).findings.map((f) => `${f.ruleId}@${f.range.start}`);
}

function at(text: string, word: string, from = 0): number {
  const index = text.indexOf(word, from);
  assert.ok(index >= 0, `${word} not in text`);
  return index;
}

describe('parseControlComment', () => {
  it('reads each directive with its rules', () => {
    assert.deepEqual(parseControlComment('<!-- realist-disable hype-term feature-focus -->'), { directive: 'disable', rules: ['hype-term', 'feature-focus'] });
    assert.deepEqual(parseControlComment('<!-- realist-enable -->'), { directive: 'enable', rules: [] });
    assert.deepEqual(parseControlComment('<!--realist-disable-line hype-term,absolute-claim-->'), { directive: 'disable-line', rules: ['hype-term', 'absolute-claim'] });
    assert.deepEqual(parseControlComment(' <!-- realist-disable-next-line --> '), { directive: 'disable-next-line', rules: [] });
    assert.deepEqual(parseControlComment('<!-- realist-disable-file -->'), { directive: 'disable-file', rules: [] });
  });

  it('ignores words that are not rule ids and a reason after --', () => {
    assert.deepEqual(parseControlComment('<!-- realist-disable hype-term Because: X1 -- quoting the vendor brochure -->'), { directive: 'disable', rules: ['hype-term'] });
  });

  it('rejects other comments, misspelt directives and more than one comment', () => {
    assert.equal(parseControlComment('<!-- a note -->'), undefined);
    assert.equal(parseControlComment('<!-- realist-disabled -->'), undefined);
    assert.equal(parseControlComment('<!-- realist-disable --> <!-- realist-enable -->'), undefined);
    assert.equal(parseControlComment('<b>realist-disable</b>'), undefined);
  });
});

describe('applyControls', () => {
  it('disable silences every rule until enable', () => {
    const text = 'Seamless one.\n\n<!-- realist-disable -->\n\nSeamless two.\n\n<!-- realist-enable -->\n\nSeamless three.\n';
    const findings = ['one', 'two', 'three'].map((w) => finding('hype-term', at(text, w)));
    assert.deepEqual(surviving(text, findings), [`hype-term@${at(text, 'one')}`, `hype-term@${at(text, 'three')}`]);
  });

  it('disable with rules silences only those rules, and enable can lift one of a general disable', () => {
    const text = '<!-- realist-disable hype-term -->\nA.\n\n<!-- realist-disable -->\n<!-- realist-enable absolute-claim -->\nB.\n';
    const a = at(text, 'A.');
    const b = at(text, 'B.');
    const findings = [finding('hype-term', a), finding('absolute-claim', a), finding('hype-term', b), finding('absolute-claim', b), finding('feature-focus', b)];
    assert.deepEqual(surviving(text, findings), [`absolute-claim@${a}`, `absolute-claim@${b}`]);
  });

  it('disable-line silences findings that start on the comment\'s line only', () => {
    const text = 'A seamless, world-class plan. <!-- realist-disable-line hype-term -->\nAnother seamless line.\n';
    const findings = [finding('hype-term', at(text, 'seamless')), finding('absolute-claim', 2), finding('hype-term', at(text, 'seamless', 40))];
    assert.deepEqual(surviving(text, findings), ['absolute-claim@2', `hype-term@${at(text, 'seamless', 40)}`]);
  });

  it('disable-next-line silences the next non-blank line', () => {
    const text = '<!-- realist-disable-next-line -->\n\n   \nSeamless.\nSeamless again.\n';
    const first = at(text, 'Seamless.');
    const second = at(text, 'Seamless again');
    assert.deepEqual(surviving(text, [finding('hype-term', first), finding('hype-term', second)]), [`hype-term@${second}`]);
  });

  it('disable-file anywhere silences the whole document, or only the rules it names', () => {
    const text = 'Seamless.\n\nEvery patient.\n\n<!-- realist-disable-file hype-term -->\n';
    const findings = [finding('hype-term', 0), finding('absolute-claim', at(text, 'Every'))];
    assert.deepEqual(surviving(text, findings), [`absolute-claim@${at(text, 'Every')}`]);
    assert.deepEqual(surviving(`${text}<!-- realist-disable-file -->\n`, findings), []);
  });

  it('ignores examples of control comments inside code', () => {
    const text = '```\n<!-- realist-disable-file -->\n```\n\nSeamless `<!-- realist-disable-line -->`.\n';
    assert.deepEqual(surviving(text, [finding('hype-term', at(text, 'Seamless'))]), [`hype-term@${at(text, 'Seamless')}`]);
  });

  it('reads control comments in plain text', () => {
    const text = 'Seamless. <!-- realist-disable-line -->\nSeamless.\n';
    assert.deepEqual(surviving(text, [finding('hype-term', 0), finding('hype-term', at(text, 'Seamless', 5))], 'plaintext'), [`hype-term@${at(text, 'Seamless', 5)}`]);
  });

  it('warns about unknown rules on the comment, and still applies the known ones', () => {
    const text = 'Seamless. <!-- realist-disable-line hype-term buzzwords -->\n\n<!-- realist-disable jargon -->\nEvery.\n';
    const result = applyControls(text, [finding('hype-term', 0), finding('absolute-claim', at(text, 'Every'))], controlsOf(text), RULES);
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['absolute-claim']);
    assert.deepEqual(result.notices, [
      {
        severity: 'warning',
        message: `Unknown rule 'buzzwords' in realist-disable-line comment; known rules: ${RULES.join(', ')}.`,
        range: { start: 10, end: 59 },
      },
      {
        severity: 'warning',
        message: `Unknown rule 'jargon' in realist-disable comment; known rules: ${RULES.join(', ')}.`,
        range: { start: at(text, '<!-- realist-disable jargon'), end: at(text, 'Every') - 1 },
      },
    ]);
  });
});

describe('disableLineEdit', () => {
  function applied(text: string, languageId: LanguageId, word: string, rule = 'hype-term'): string {
    const edit = disableLineEdit(text, languageId, at(text, word), rule);
    return applyEdit(text, edit.range, edit.text);
  }

  it('appends an inline comment to a paragraph line without splitting the paragraph', () => {
    const text = 'Our seamless platform\nwill transform care.\n';
    const result = applied(text, 'markdown', 'seamless');
    assert.equal(result, 'Our seamless platform <!-- realist-disable-line hype-term -->\nwill transform care.\n');
    assert.deepEqual(extractProse(result, 'markdown', true).segments.map((s) => s.text), ['Our seamless platform \uFFFC will transform care.']);
    assert.deepEqual(surviving(result, [finding('hype-term', at(result, 'seamless'))]), []);
  });

  it('appends to a list item line', () => {
    assert.equal(applied('- First\n- A seamless item\n  continued\n', 'markdown', 'seamless'), '- First\n- A seamless item <!-- realist-disable-line hype-term -->\n  continued\n');
  });

  it('puts the comment inside the last cell of a table row', () => {
    assert.equal(applied('| a | b |\n|---|---|\n| x | seamless |\n', 'markdown', 'seamless'), '| a | b |\n|---|---|\n| x | seamless <!-- realist-disable-line hype-term --> |\n');
    assert.equal(applied('a | b\n--|--\nx | seamless\n', 'markdown', 'seamless'), 'a | b\n--|--\nx | seamless <!-- realist-disable-line hype-term -->\n');
  });

  it('keeps hard breaks, heading closing sequences and code spans intact', () => {
    assert.equal(applied('Seamless line  \nnext\n', 'markdown', 'Seamless'), 'Seamless line <!-- realist-disable-line hype-term -->  \nnext\n');
    assert.equal(applied('# A seamless title ##\n', 'markdown', 'seamless'), '# A seamless title <!-- realist-disable-line hype-term --> ##\n');
    assert.equal(applied('Seamless `code\nmore` text\n', 'markdown', 'Seamless'), 'Seamless <!-- realist-disable-line hype-term --> `code\nmore` text\n');
  });

  it('adds the rule to a disable-line comment already on the line', () => {
    assert.equal(applied('Seamless. <!-- realist-disable-line absolute-claim -->\n', 'markdown', 'Seamless'), 'Seamless. <!-- realist-disable-line absolute-claim hype-term -->\n');
    assert.equal(applied('Seamless. <!-- realist-disable-line hype-term -->\n', 'markdown', 'Seamless'), 'Seamless. <!-- realist-disable-line hype-term -->\n');
  });

  it('appends the same comment in plain text', () => {
    assert.equal(applied('Plain seamless text\r\nmore\r\n', 'plaintext', 'seamless'), 'Plain seamless text <!-- realist-disable-line hype-term -->\r\nmore\r\n');
  });
});

describe('disableFileEdit', () => {
  function applied(text: string, languageId: LanguageId = 'markdown'): string {
    const edit = disableFileEdit(text, languageId);
    return applyEdit(text, edit.range, edit.text);
  }

  it('inserts the comment at the top, followed by a blank line', () => {
    assert.equal(applied('# Strategy\n\nText.\n'), '<!-- realist-disable-file -->\n\n# Strategy\n\nText.\n');
    assert.equal(applied('Line one\r\nLine two\r\n', 'plaintext'), '<!-- realist-disable-file -->\r\n\r\nLine one\r\nLine two\r\n');
    assert.equal(applied(''), '<!-- realist-disable-file -->\n');
  });

  it('goes after front matter', () => {
    assert.equal(applied('---\ntitle: x\n---\n\nText.\n'), '---\ntitle: x\n---\n<!-- realist-disable-file -->\n\nText.\n');
    assert.equal(applied('---\ntitle: x\n---'), '---\ntitle: x\n---\n<!-- realist-disable-file -->\n');
  });

  it('silences the document once applied', () => {
    const result = applied('Seamless.\n');
    assert.deepEqual(surviving(result, [finding('hype-term', at(result, 'Seamless'))]), []);
  });
});
