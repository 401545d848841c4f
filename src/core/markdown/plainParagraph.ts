// A fast path for the commonest block in a strategy document: one paragraph of plain words.
// When a block holds no character that can start Markdown syntax, the parser would return one
// paragraph whose text is the block's own text, so the prose is the block itself, mapped one to
// one. Parsing it anyway costs as much as everything else Realist does with the paragraph.
import type { BlockProse } from '../prose';

// Any of these may start inline or block syntax (emphasis, links, images, HTML, entities,
// escapes, code, tables, strikethrough, headings, setext underlines, footnotes, GFM autolinks).
// NUL is here because the parser reads it as U+FFFD.
const SYNTAX_CHARACTER = /[*_[\]!<>&\\`|~#=^@\u0000]|https?:|www\./i;
// Line starts that open a block: list items, indented code, block quotes (">" is caught above).
// A line starting with "-" may also be a thematic break ("---", "- - -").
const BLOCK_START = /^(?: {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|\t)|^ {4,}\S|^ {0,3}-|^\+\+\+/m;

export function plainParagraphProse(blockText: string): BlockProse | undefined {
  if (SYNTAX_CHARACTER.test(blockText) || BLOCK_START.test(blockText)) return undefined;
  let start = 0;
  let end = blockText.length;
  // Only what the parser strips: spaces, tabs and line endings (not no-break spaces).
  while (start < end && /[ \t\r\n]/.test(blockText[start])) start++;
  while (end > start && /[ \t\r\n]/.test(blockText[end - 1])) end--;
  // Like extractProse, no segment for a paragraph of only (no-break) spaces.
  if (!/\S/.test(blockText.slice(start, end))) return { segments: [], controls: [], notices: [] };
  // Only one-line paragraphs: how a soft line break and the indentation around it read is the
  // parser's business (and the prose module's), so wrapped paragraphs go the long way.
  for (let i = start; i < end; i++) {
    const c = blockText.charCodeAt(i);
    if (c === 10 || c === 13) return undefined;
  }
  const length = end - start;
  const sourceStart = new Int32Array(length);
  const sourceEnd = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    sourceStart[i] = start + i;
    sourceEnd[i] = start + i + 1;
  }
  return {
    segments: [{ kind: 'paragraph', text: blockText.slice(start, end), sourceStart, sourceEnd, quoted: false, listItem: false }],
    controls: [],
    notices: [],
  };
}
