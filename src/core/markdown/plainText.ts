// Prose of a plain-text block: each run of non-blank lines is one 'text' segment. Characters map
// to themselves, except that a line ending (CRLF as one) becomes '\n' and a Realist control
// comment becomes one U+FFFC, so the words of `<!-- realist-disable hype-term -->` are not read.
import type { BlockProse } from '../prose';
import {
  looksLikeControlComment,
  MISSPELT_DIRECTIVE_MESSAGE,
  parseControlComment,
} from './controlSyntax';
import { OBJECT_REPLACEMENT, SegmentBuilder } from './segmentBuilder';

// One comment on one line; the lazy body cannot run past the first `-->`.
const COMMENT = /<!--[^\r\n]*?-->/g;
const BLANK_LINE = /^[ \t\f\v\u00a0]*$/;

/** A plain-text line that looks empty (splitBlocks and extraction must agree on this). */
export function isBlankPlainLine(line: string): boolean {
  return BLANK_LINE.test(line);
}

export function extractPlainText(blockText: string): BlockProse {
  const result: BlockProse = { segments: [], controls: [], notices: [] };
  // Comments that are Realist directives (or typos of one) are hidden from the prose.
  const hidden: Array<{ start: number; end: number }> = [];
  for (const match of blockText.matchAll(COMMENT)) {
    const range = { start: match.index, end: match.index + match[0].length };
    const parsed = parseControlComment(match[0]);
    if (parsed) {
      result.controls.push({ ...parsed, range });
      hidden.push(range);
    } else if (looksLikeControlComment(match[0])) {
      result.notices.push({ severity: 'warning', message: MISSPELT_DIRECTIVE_MESSAGE, range });
      hidden.push(range);
    }
  }

  let builder: SegmentBuilder | undefined;
  let nextHidden = 0;
  const flush = (): void => {
    if (builder) {
      builder.trimEnd();
      const built = builder.build();
      if (/\S/.test(built.text)) result.segments.push({ kind: 'text', ...built, quoted: false, listItem: false });
    }
    builder = undefined;
  };

  let lineStart = 0;
  while (lineStart < blockText.length) {
    let contentEnd = lineStart;
    while (contentEnd < blockText.length && blockText[contentEnd] !== '\n' && blockText[contentEnd] !== '\r') contentEnd++;
    const lineEnd = blockText.startsWith('\r\n', contentEnd) ? contentEnd + 2 : Math.min(contentEnd + 1, blockText.length);

    if (isBlankPlainLine(blockText.slice(lineStart, contentEnd))) {
      flush();
    } else {
      builder ??= new SegmentBuilder(blockText);
      let j = lineStart;
      if (builder.length === 0) while (j < contentEnd && /\s/.test(blockText[j])) j++; // leading indentation
      while (j < contentEnd) {
        while (nextHidden < hidden.length && hidden[nextHidden].end <= j) nextHidden++;
        const comment = hidden[nextHidden];
        if (comment && comment.start <= j) {
          builder.appendWhole(OBJECT_REPLACEMENT, comment.start, comment.end);
          j = comment.end;
        } else {
          builder.appendVerbatim(j, j + 1);
          j++;
        }
      }
      if (lineEnd > contentEnd) builder.appendWhole('\n', contentEnd, lineEnd);
    }
    lineStart = lineEnd;
  }
  flush();
  return result;
}
