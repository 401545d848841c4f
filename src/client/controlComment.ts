// Where "Realist: Turn off for this document" puts its control comment. It produces the same edit
// as the core's disableFileEdit (src/core/markdown/disableEdits.ts), but without importing that
// module, which pulls the Markdown parser into the client bundle: the client stays small and the
// front-matter rule is still the core's own (frontMatterEnd, a pure function).
import { frontMatterEnd } from '../core/markdown/frontMatter';

export const DISABLE_FILE_COMMENT = '<!-- realist-disable-file -->';
const DISABLE_FILE = /<!--\s*realist-disable-file\s*-->/;

/** True when the document already carries a file-level control comment that silences every rule. */
export function hasDisableFileComment(text: string): boolean {
  return DISABLE_FILE.test(text);
}

/**
 * The edit: at the top, or right after front matter in Markdown (front matter must stay the first
 * thing in the file for remark and static-site generators to see it).
 */
export function disableFileInsertion(text: string, languageId: string): { offset: number; insert: string } {
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const offset = languageId === 'markdown' ? frontMatterEnd(text) : 0;
  if (offset === text.length) {
    // Empty document, or nothing after the front matter.
    const needsBreak = offset > 0 && !/[\r\n]$/.test(text);
    return { offset, insert: `${needsBreak ? eol : ''}${DISABLE_FILE_COMMENT}${eol}` };
  }
  // Followed by a blank line so the comment never reads as part of the next paragraph.
  const followedByBlank = /^[ \t]*(\r\n|\n|\r)/.test(text.slice(offset, offset + 200));
  return { offset, insert: `${DISABLE_FILE_COMMENT}${eol}${followedByBlank ? '' : eol}` };
}
