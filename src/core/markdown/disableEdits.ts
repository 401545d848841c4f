// Edits that add control comments for quick fixes. They must never change what the document
// says: in Markdown a comment line inserted inside a paragraph would split it, so the line
// comment is appended to the line as inline HTML, and every Markdown edit is checked by parsing
// the edited block again (same prose, and the comment read as a directive) before it is offered.
import type { LanguageId, TextRange } from '../types';
import { LineIndex } from '../lineIndex';
import { splitBlocks, type Block } from '../blocks';
import { extractProse } from '../prose';
import { OBJECT_REPLACEMENT } from './segmentBuilder';
import { parseMarkdown } from './processor';
import { frontMatterEnd } from './frontMatter';
import { parseControlComment } from './controlSyntax';

export interface TextEdit {
  range: TextRange;
  text: string;
}

const EXISTING_LINE_COMMENT = /<!--\s*realist-disable-line\b[^\r\n]*?-->/;

/** An edit that silences `ruleId` on the line containing `offset`. */
export function disableLineEdit(text: string, languageId: LanguageId, offset: number, ruleId: string): TextEdit {
  const lines = new LineIndex(text);
  const line = lines.positionAt(offset).line;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const lineText = text.slice(lineStart, lineEnd);
  const comment = `<!-- realist-disable-line ${ruleId} -->`;

  // The line already has a disable-line comment: name the rule in it too.
  const existing = EXISTING_LINE_COMMENT.exec(lineText);
  const parsed = existing ? parseControlComment(existing[0]) : undefined;
  if (existing && parsed) {
    const at = lineStart + existing.index + existing[0].length;
    if (parsed.rules.length === 0 || parsed.rules.includes(ruleId)) return { range: { start: at, end: at }, text: '' };
    const beforeClose = lineStart + existing.index + existing[0].search(/\s*-->$/);
    return { range: { start: beforeClose, end: beforeClose }, text: ` ${ruleId}` };
  }

  if (languageId === 'plaintext') return { range: { start: lineEnd, end: lineEnd }, text: ` ${comment}` };

  const block = splitBlocks(text, 'markdown').find((b) => offset >= b.start && offset < b.end)
    ?? { start: 0, end: text.length, text, atDocumentStart: true };
  for (const edit of lineCandidates(block, lineStart, lineEnd, comment)) {
    if (keepsMeaning(block, edit, 1)) return edit;
  }
  const wrapped = wrapBlock(text, block, ruleId);
  if (wrapped && keepsMeaning(block, wrapped, 2)) return wrapped;
  // Nothing safe was found (e.g. the block ends inside an unclosed code fence): change nothing.
  return { range: { start: lineEnd, end: lineEnd }, text: '' };
}

/** An edit that puts `<!-- realist-disable-file -->` at the top (after any front matter). */
export function disableFileEdit(text: string, languageId: LanguageId): TextEdit {
  const eol = lineEndingOf(text);
  const at = languageId === 'markdown' ? frontMatterEnd(text) : 0;
  const comment = '<!-- realist-disable-file -->';
  if (at === text.length) {
    // Empty document, or nothing after the front matter.
    const needsBreak = at > 0 && !/[\r\n]$/.test(text);
    return { range: { start: at, end: at }, text: `${needsBreak ? eol : ''}${comment}${eol}` };
  }
  // Followed by a blank line so the comment never reads as part of the next paragraph.
  const followedByBlank = /^[ \t]*(\r\n|\n|\r)/.test(text.slice(at, at + 200));
  return { range: { start: at, end: at }, text: `${comment}${eol}${followedByBlank ? '' : eol}` };
}

/** Where on the line the comment could go, best first. */
function* lineCandidates(block: Block, lineStart: number, lineEnd: number, comment: string): Generator<TextEdit> {
  const text = block.text;
  const start = lineStart - block.start;
  let end = lineEnd - block.start;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const tried = new Set<number>();
  const at = (offset: number, before: string, after: string): TextEdit | undefined => {
    if (tried.has(offset)) return undefined;
    tried.add(offset);
    return { range: { start: block.start + offset, end: block.start + offset }, text: `${before}${comment}${after}` };
  };
  const candidates: Array<TextEdit | undefined> = [];
  // A table row: inside the last cell, before the closing pipe.
  if (text[end - 1] === '|' && text[end - 2] !== '\\') {
    const spaced = text[end - 2] === ' ' || text[end - 2] === '\t';
    candidates.push(at(end - 1, spaced ? '' : ' ', ' '));
  }
  candidates.push(at(end, ' ', '')); // the end of the line's text, before a trailing hard break
  if (text[end - 1] === '\\') candidates.push(at(end - 1, ' ', '')); // before a backslash break
  // Then after each word, from the end of the line (an ATX closing `##`, a code span that
  // continues on the next line).
  let tries = 0;
  for (let k = end - 1; k > start && tries < 40; k--) {
    if ((text[k] === ' ' || text[k] === '\t') && text[k - 1] !== ' ' && text[k - 1] !== '\t') {
      candidates.push(at(k, ' ', ''));
      tries++;
    }
  }
  for (const candidate of candidates) if (candidate) yield candidate;
}

/** Wraps the block in disable/enable comments: one edit from the block's start to its content's end. */
function wrapBlock(text: string, block: Block, ruleId: string): TextEdit | undefined {
  const eol = lineEndingOf(text);
  const start = block.start === 0 ? frontMatterEnd(text) : block.start;
  let end = block.end;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return undefined;
  return {
    range: { start, end },
    text: `<!-- realist-disable ${ruleId} -->${eol}${text.slice(start, end)}${eol}<!-- realist-enable ${ruleId} -->`,
  };
}

/** Whether the edited block reads the same and the edit's comments parse as directives. */
function keepsMeaning(block: Block, edit: TextEdit, addedControls: number): boolean {
  const relative = { start: edit.range.start - block.start, end: edit.range.end - block.start };
  const edited = block.text.slice(0, relative.start) + edit.text + block.text.slice(relative.end);
  const before = extractProse(block.text, 'markdown', block.atDocumentStart);
  const after = extractProse(edited, 'markdown', block.atDocumentStart);
  if (after.notices.length > before.notices.length) return false;
  if (after.controls.length !== before.controls.length + addedControls) return false;
  const newComment = edit.text.indexOf('<!--') + relative.start;
  if (!after.controls.some((control) => control.range.start === newComment)) return false;
  return sameStructure(block.text, edited, block.atDocumentStart)
    && sameProse(before.segments.map((s) => s.text), after.segments.map((s) => s.text));
}

function sameProse(before: string[], after: string[]): boolean {
  const normalise = (texts: string[]): string =>
    JSON.stringify(texts.map((t) => t.split(OBJECT_REPLACEMENT).join('').replace(/\s+/g, ' ').trim()).filter((t) => t !== ''));
  return normalise(before) === normalise(after);
}

/** Node types in document order, leaving out HTML and the text nodes an inline comment splits. */
function sameStructure(before: string, after: string, atDocumentStart: boolean): boolean {
  const shape = (markdown: string): string => {
    const types: string[] = [];
    const stack: Array<{ type: string; children?: unknown[] }> = [parseMarkdown(markdown, atDocumentStart)];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type !== 'html' && node.type !== 'text') types.push(node.type);
      const children = (node.children ?? []) as Array<{ type: string; children?: unknown[] }>;
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
    }
    return types.join(' ');
  };
  return shape(before) === shape(after);
}

function lineEndingOf(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}
