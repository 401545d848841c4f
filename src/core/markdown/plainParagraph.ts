// A fast path for the commonest block in a strategy document: one paragraph of plain words.
// When a block holds no character that can start Markdown syntax, the parser would return one
// paragraph whose text is the block's own text, so the prose is the block itself, mapped one to
// one. Parsing it anyway costs as much as everything else Realist does with the paragraph.
import type { BlockProse } from '../prose';
import { decodeCharacterReference } from './processor';

// Any of these may start inline or block syntax (emphasis, links, images, HTML, escapes, code,
// tables, strikethrough, headings, setext underlines, footnotes, GFM autolinks). NUL is here
// because the parser reads it as U+FFFD. `&` is not: a character reference is read below.
const SYNTAX_CHARACTER = /[*_[\]!<>\\`|~#=^@\u0000]|https?:|www\./i;
// Line starts that open a block: list items, indented code, block quotes (">" is caught above).
// A line starting with "-" may also be a thematic break ("---", "- - -").
const BLOCK_START = /^(?: {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|\t)|^ {4,}\S|^ {0,3}-|^\+\+\+/m;
// `&name;`, `&#123;` or `&#x1F;`, as segmentBuilder.ts reads them.
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;

export function plainParagraphProse(blockText: string): BlockProse | undefined {
  if (SYNTAX_CHARACTER.test(blockText) || BLOCK_START.test(blockText)) return undefined;
  let start = 0;
  let end = blockText.length;
  // Only what the parser strips: spaces, tabs and line endings (not no-break spaces).
  while (start < end && /[ \t\r\n]/.test(blockText[start])) start++;
  while (end > start && /[ \t\r\n]/.test(blockText[end - 1])) end--;
  if (start === end) return { segments: [], controls: [], notices: [] };
  // A wrapped paragraph only when its lines are not indented and end without spaces or tabs:
  // each line ending is then a soft break, read as one space mapped to the line ending. Anything
  // else around a line ending (hard breaks, indentation, a blank line) is the parser's business.
  for (let i = start; i < end; i++) {
    const c = blockText.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const before = blockText.charCodeAt(i - 1);
    const next = c === 13 && blockText.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    const after = blockText.charCodeAt(next);
    if (before === 32 || before === 9 || after === 32 || after === 9 || after === 10 || after === 13) return undefined;
    i = next - 1;
  }
  const text: string[] = [];
  const sourceStart = new Int32Array(end - start);
  const sourceEnd = new Int32Array(end - start);
  let length = 0;
  let run = start; // characters from `run` on are copied as they are
  const map = (from: number, to: number): void => {
    sourceStart[length] = from;
    sourceEnd[length] = to;
    length++;
  };
  for (let i = start; i < end; ) {
    const c = blockText.charCodeAt(i);
    let replaced: string | undefined;
    let next = i + 1;
    if (c === 10 || c === 13) {
      replaced = ' ';
      if (c === 13 && blockText.charCodeAt(i + 1) === 10) next = i + 2;
    } else if (c === 38) {
      CHARACTER_REFERENCE.lastIndex = i;
      const match = CHARACTER_REFERENCE.exec(blockText);
      const decoded = match && i + match[0].length <= end ? decodeCharacterReference(match[0]) : undefined;
      // A reference to a line ending is not aligned like the rest (see SegmentBuilder): the long way.
      if (decoded !== undefined && /[\r\n]/.test(decoded)) return undefined;
      if (decoded !== undefined) {
        replaced = decoded;
        next = i + match![0].length;
      }
    }
    if (replaced === undefined) {
      map(i, i + 1);
      i++;
      continue;
    }
    text.push(blockText.slice(run, i), replaced);
    for (let k = 0; k < replaced.length; k++) map(i, next);
    run = i = next;
  }
  text.push(blockText.slice(run, end));
  const prose = text.join('');
  // Like extractProse, no segment for a paragraph of only (no-break) spaces, written or referenced.
  if (!/\S/.test(prose)) return { segments: [], controls: [], notices: [] };
  return {
    segments: [{
      kind: 'paragraph',
      text: prose,
      sourceStart: length === sourceStart.length ? sourceStart : sourceStart.slice(0, length),
      sourceEnd: length === sourceEnd.length ? sourceEnd : sourceEnd.slice(0, length),
      quoted: false,
      listItem: false,
    }],
    controls: [],
    notices: [],
  };
}
