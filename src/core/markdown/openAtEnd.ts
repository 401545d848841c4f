// The parser as referee for splitBlocks. A line scanner cannot always tell whether a fence or
// HTML block sits inside a list item or block quote (where the container's end closes it) or at
// the top level (where it runs on past blank lines). When a candidate block holds such a line,
// splitBlocks asks this module: does the block, parsed on its own, end inside an unclosed
// top-level fenced code or HTML block? Since every block starts where the document's own parse
// is at the top level, the answer is exact. Answers are cached by block text, so re-splitting a
// document after an edit parses only the block that changed.
import type { RootContent } from 'mdast';
import { parseMarkdown } from './processor';
import { closesFence, fenceOpening, htmlOpening, indentation, type OpenConstruct } from './lineConstructs';

const cache = new Map<string, OpenConstruct | null>();
const CACHE_LIMIT = 5_000;

/** The top-level construct still open at the end of `blockText`, if any. */
export function openConstructAtEnd(blockText: string, atDocumentStart: boolean): OpenConstruct | undefined {
  const key = (atDocumentStart ? '1' : '0') + blockText;
  let answer = cache.get(key);
  if (answer === undefined) {
    // The parser drops a byte-order mark and counts offsets without it.
    const text = blockText.charCodeAt(0) === 0xfeff ? blockText.slice(1) : blockText;
    const children = parseMarkdown(text, atDocumentStart).children;
    answer = children.length > 0 ? openConstructOf(text, children[children.length - 1]) ?? null : null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, answer);
  }
  return answer ?? undefined;
}

function openConstructOf(text: string, node: RootContent): OpenConstruct | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const first = indentation(text, start, end).offset;
  const firstLineEnd = lineEndAt(text, first, end);
  if (node.type === 'code') {
    const fence = fenceOpening(text, first, firstLineEnd);
    if (!fence) return undefined; // indented code ends at the first unindented line
    if (firstLineEnd >= end) return fence; // only the opening line
    let lastLineStart = end;
    while (lastLineStart > firstLineEnd && text[lastLineStart - 1] !== '\n' && text[lastLineStart - 1] !== '\r') lastLineStart--;
    const lastLineEnd = lineEndAt(text, lastLineStart, end);
    const { column, offset } = indentation(text, lastLineStart, lastLineEnd);
    const closed = lastLineStart > firstLineEnd && column <= 3 && closesFence(fence, text, offset, lastLineEnd);
    return closed ? undefined : fence;
  }
  if (node.type === 'html') {
    const html = htmlOpening(text, first, firstLineEnd);
    if (!html) return undefined; // closed on its first line, or a kind that ends at a blank line
    return html.endMarker.test(text.slice(firstLineEnd, end)) ? undefined : html;
  }
  return undefined;
}

function lineEndAt(text: string, from: number, limit: number): number {
  let k = from;
  while (k < limit && text[k] !== '\n' && text[k] !== '\r') k++;
  return k;
}
