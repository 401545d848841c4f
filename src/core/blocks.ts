// Cuts a document into independent top-level blocks, so the language server re-parses only the
// block an edit touched and results can be cached by block text.
//
// One linear pass over the lines. A block boundary is a blank line followed by a line that starts
// at column 0: CommonMark closes every open container and leaf block there, so the two sides parse
// the same apart as together. The exceptions are constructs that run past blank lines until an
// end marker: front matter, fenced code, and HTML blocks of kinds 1-5 (comments, script, pre ...).
// The scanner follows top-level fences and HTML blocks itself; when a block holds a line that
// might open one inside a list item or quote (which the scanner cannot judge), the parser decides
// whether the block ends inside an open construct (openAtEnd.ts). Merging too much only costs
// speed; a wrong cut changes meaning, so when unsure the scanner does not cut.
import type { LanguageId } from './types';
import { frontMatterEnd } from './markdown/frontMatter';
import { isBlankPlainLine } from './markdown/plainText';
import { openConstructAtEnd } from './markdown/openAtEnd';
import {
  afterContainerPrefixes,
  closesFence,
  closesHtml,
  fenceOpening,
  htmlOpening,
  indentation,
  type OpenConstruct,
} from './markdown/lineConstructs';

export interface Block {
  /** Offsets of the block in the document: [start, end). */
  start: number;
  end: number;
  /** The document's text in [start, end). Concatenating every block's text gives the document. */
  text: string;
  /** Only the first block: where front matter may appear. */
  atDocumentStart: boolean;
}

export function splitBlocks(text: string, languageId: LanguageId): Block[] {
  const markdown = languageId === 'markdown';
  const blocks: Block[] = [];
  let blockStart = 0;
  const cut = (at: number): void => {
    blocks.push({ start: blockStart, end: at, text: text.slice(blockStart, at), atDocumentStart: blockStart === 0 });
    blockStart = at;
  };

  const frontMatter = markdown ? frontMatterEnd(text) : 0;
  let hasContent = frontMatter > 0; // the current block has a non-blank line
  let afterBlank = false; // the previous line was blank
  let open: OpenConstruct | undefined; // a top-level fence or HTML block the scanner is inside
  // The current block has a line the scanner cannot judge alone. Front matter counts: the parser
  // has the last word on where it ends.
  let unsure = frontMatter > 0;
  let lineStart = frontMatter;

  // Next line feed and carriage return, found with native indexOf and reused until passed, so
  // the scan stays linear however long the lines.
  let nextLf = -1;
  let nextCr = -1;
  while (lineStart < text.length) {
    if (nextLf !== text.length && nextLf < lineStart) nextLf = indexOrEnd(text, '\n', lineStart);
    if (nextCr !== text.length && nextCr < lineStart) nextCr = indexOrEnd(text, '\r', lineStart);
    const contentEnd = Math.min(nextLf, nextCr);
    const lineEnd = text.startsWith('\r\n', contentEnd) ? contentEnd + 2 : Math.min(contentEnd + 1, text.length);
    const { column, offset: first } = indentation(text, lineStart, contentEnd);
    const blank = markdown ? first === contentEnd : isBlankPlainLine(text.slice(lineStart, contentEnd));

    if (!open && !blank && afterBlank && hasContent && (column === 0 || !markdown) && !(markdown && isEmptyListItem(text, first, contentEnd))) {
      // A candidate boundary. If the block holds a line the scanner could not judge, the parser
      // says whether the block really ends here.
      open = unsure ? openConstructAtEnd(text.slice(blockStart, lineStart), blockStart === 0) : undefined;
      if (!open) {
        cut(lineStart);
        unsure = false;
      } else if (closes(open, text, first, column, contentEnd)) {
        open = undefined;
        afterBlank = false;
        lineStart = lineEnd;
        continue;
      }
    }
    if (open) {
      if (!blank && closes(open, text, first, column, contentEnd)) open = undefined;
    } else if (!blank) {
      hasContent = true;
      if (markdown) {
        open = column <= 3 ? fenceOpening(text, first, contentEnd) ?? htmlOpening(text, first, contentEnd) : undefined;
        if (open || mayOpenNested(text, first, column, contentEnd)) unsure = true;
      }
    }
    afterBlank = blank;
    lineStart = lineEnd;
  }
  if (blockStart < text.length) cut(text.length);
  return blocks;
}

/**
 * A list marker with nothing after it. micromark reads one as a paragraph after indented code
 * and a blank line, but as an empty list item at the start of a block; not cutting before it
 * keeps the two readings the same (merging is always safe).
 */
function isEmptyListItem(text: string, first: number, end: number): boolean {
  return end - first <= 12 && /^(?:[-+*]|[0-9]{1,9}[.)])[ \t]*$/.test(text.slice(first, end));
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

/**
 * A top-level fence closes only at an unprefixed fence indented 0-3 columns; an HTML block at
 * the first line containing its end marker (CommonMark).
 */
function closes(open: OpenConstruct, text: string, first: number, column: number, end: number): boolean {
  if (open.kind === 'html') return closesHtml(open, text, first, end);
  return column <= 3 && closesFence(open, text, first, end);
}

/**
 * Whether a line might start a fence or HTML block inside a container or indented code (after
 * `> `, a list marker or 4+ columns): cheap to test, and rare in prose.
 */
function mayOpenNested(text: string, first: number, column: number, end: number): boolean {
  const inner = afterContainerPrefixes(text, first, end);
  if (inner === first && column <= 3) return false; // a top-level line: the scanner judged it
  const c = text[inner];
  if (c === '`' || c === '~') return text.startsWith(c.repeat(3), inner);
  return c === '<' && /^<(?:[!?]|script|pre|style|textarea)/i.test(text.slice(inner, inner + 10));
}
