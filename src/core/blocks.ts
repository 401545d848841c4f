// Cuts a document into independent top-level blocks, so the language server re-parses only the
// block an edit touched and results can be cached by block text.
//
// One linear pass over the lines; no parsing. A block boundary is a blank line followed by a line
// that starts at column 0: CommonMark closes every open container and leaf block there, so the
// two sides parse the same apart as together. The exceptions are constructs that run past blank
// lines until an end marker (fenced code, HTML comments and kinds 1-5 HTML blocks, front matter),
// and these are tracked. Merging too much only costs speed; a wrong cut changes meaning, so when
// unsure the scanner does not cut.
import type { LanguageId } from './types';
import { frontMatterEnd } from './markdown/frontMatter';
import { isBlankPlainLine } from './markdown/plainText';
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

interface Open {
  construct: OpenConstruct;
  /**
   * Opened inside a container (after `> ` or a list marker, or indented 4+ columns): the
   * container, and the construct with it, ends at the next blank line + unindented line at latest.
   */
  nested: boolean;
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
  let open: Open | undefined;
  let lineStart = frontMatter;

  while (lineStart < text.length) {
    let contentEnd = lineStart;
    while (contentEnd < text.length) {
      const c = text.charCodeAt(contentEnd);
      if (c === 10 || c === 13) break;
      contentEnd++;
    }
    const lineEnd = text.startsWith('\r\n', contentEnd) ? contentEnd + 2 : Math.min(contentEnd + 1, text.length);
    const { column, offset: first } = indentation(text, lineStart, contentEnd);
    const blank = markdown ? first === contentEnd : isBlankPlainLine(text.slice(lineStart, contentEnd));
    const boundary = afterBlank && !blank && hasContent && (column === 0 || !markdown);

    if (open && open.nested && boundary) open = undefined; // its container has ended
    if (open) {
      if (!blank && closes(open, text, first, column, contentEnd)) open = undefined;
    } else if (!blank) {
      if (boundary) cut(lineStart);
      hasContent = true;
      if (markdown) open = opening(text, first, column, contentEnd);
    }
    afterBlank = blank;
    lineStart = lineEnd;
  }
  if (blockStart < text.length) cut(text.length);
  return blocks;
}

/** A fence or HTML block that starts on this line and does not end on it. */
function opening(text: string, first: number, column: number, end: number): Open | undefined {
  if (column >= 4) {
    // Indented code, or a fence inside a list item: only the latter needs tracking.
    const fence = fenceOpening(text, first, end);
    return fence ? { construct: fence, nested: true } : undefined;
  }
  const topLevel = fenceOpening(text, first, end) ?? htmlOpening(text, first, end);
  if (topLevel) return { construct: topLevel, nested: false };
  const inner = afterContainerPrefixes(text, first, end);
  if (inner === first) return undefined;
  const construct = fenceOpening(text, inner, end) ?? htmlOpening(text, inner, end);
  return construct ? { construct, nested: true } : undefined;
}

function closes(open: Open, text: string, first: number, column: number, end: number): boolean {
  const { construct, nested } = open;
  if (construct.kind === 'html') return closesHtml(construct, text, first, end);
  // A top-level fence closes only at an unprefixed fence indented 0-3 columns (CommonMark);
  // a nested one at any fence of its kind, since its container's indentation is not tracked.
  if (!nested) return column <= 3 && closesFence(construct, text, first, end);
  return closesFence(construct, text, afterContainerPrefixes(text, first, end), end);
}
