// Front matter: a YAML (`---`) or TOML (`+++`) fence on the document's first line, closed by the
// same fence on a later line. Mirrors micromark-extension-frontmatter: the fences may carry
// trailing spaces or tabs, the opening fence must be followed by a line ending, and without a
// closing fence there is no front matter (the `---` is then a thematic break).

/** Offset just after the front matter's closing fence and its line ending, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = text.startsWith('---', bom) ? '---' : text.startsWith('+++', bom) ? '+++' : undefined;
  if (fence === undefined) return 0;
  let lineStart = bom;
  let first = true;
  while (lineStart < text.length) {
    let contentEnd = lineStart;
    while (contentEnd < text.length && text[contentEnd] !== '\n' && text[contentEnd] !== '\r') contentEnd++;
    const lineEnd = text.startsWith('\r\n', contentEnd) ? contentEnd + 2 : Math.min(contentEnd + 1, text.length);
    const isFence = isFenceLine(text, lineStart, contentEnd, fence);
    if (first) {
      if (!isFence || lineEnd === contentEnd) return 0; // the opening fence needs a line ending
      first = false;
    } else if (isFence) {
      return lineEnd;
    }
    lineStart = lineEnd;
  }
  return 0;
}

function isFenceLine(text: string, start: number, end: number, fence: string): boolean {
  if (!text.startsWith(fence, start)) return false;
  for (let k = start + fence.length; k < end; k++) {
    if (text[k] !== ' ' && text[k] !== '\t') return false;
  }
  return true;
}
