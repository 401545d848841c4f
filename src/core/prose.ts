// Prose extraction: from one block of Markdown (or plain text), the runs of prose a reader sees,
// each with an exact map back to the source. Only prose is judged: paragraphs, headings, list
// items, block quotes and table cells. Code, HTML, front matter, URLs and images never are.
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { LanguageId, Notice, TextRange } from './types';
import { parseMarkdown } from './markdown/processor';
import { AlignmentError, OBJECT_REPLACEMENT, SegmentBuilder } from './markdown/segmentBuilder';
import {
  looksLikeControlComment,
  MISSPELT_DIRECTIVE_MESSAGE,
  parseControlComment,
  type ControlComment,
} from './markdown/controlSyntax';
import { extractPlainText } from './markdown/plainText';
import { plainParagraphProse } from './markdown/plainParagraph';

export type ProseKind = 'paragraph' | 'heading' | 'tableCell' | 'text';

export interface ProseSegment {
  kind: ProseKind;
  /** Prose as a reader sees it: markup removed, entities and escapes decoded. */
  text: string;
  /** For each UTF-16 code unit i of `text`: the source range [sourceStart[i], sourceEnd[i]) it came from, relative to blockText. */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
  /** Whether the segment is inside a block quote / list item (rules may treat quotes differently). */
  quoted: boolean;
  listItem: boolean;
}

export interface BlockProse {
  segments: ProseSegment[];
  controls: ControlComment[];
  notices: Notice[];
}

/** Maps a plain-text range [start, end) of a segment to the source range it came from. */
export function toSourceRange(segment: ProseSegment, start: number, end: number): TextRange {
  const length = segment.text.length;
  if (length === 0) return { start: 0, end: 0 };
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  if (from === to) {
    const at = from < length ? segment.sourceStart[from] : segment.sourceEnd[length - 1];
    return { start: at, end: at };
  }
  return { start: segment.sourceStart[from], end: segment.sourceEnd[to - 1] };
}

/**
 * The prose of one block (see splitBlocks), with the control comments found in it. Never throws:
 * input it cannot read gives no segments and a Notice saying so.
 */
export function extractProse(blockText: string, languageId: LanguageId, atDocumentStart: boolean): BlockProse {
  try {
    if (languageId === 'plaintext') return extractPlainText(blockText);
    // The parser drops a byte-order mark and counts offsets without it.
    if (blockText.charCodeAt(0) === 0xfeff) return shifted(extractMarkdownProse(blockText.slice(1), atDocumentStart), 1);
    return plainParagraphProse(blockText) ?? extractMarkdownProse(blockText, atDocumentStart);
  } catch (error) {
    const reason = error instanceof AlignmentError ? 'its text could not be matched to the source' : String(error);
    return {
      segments: [],
      controls: [],
      notices: [{
        severity: 'warning',
        message: `Realist could not read this part of the document, so it was not checked (${reason}).`,
        range: { start: 0, end: blockText.length },
      }],
    };
  }
}

function shifted(prose: BlockProse, by: number): BlockProse {
  const move = (range: TextRange): TextRange => ({ start: range.start + by, end: range.end + by });
  for (const segment of prose.segments) {
    for (let i = 0; i < segment.text.length; i++) {
      segment.sourceStart[i] += by;
      segment.sourceEnd[i] += by;
    }
  }
  return {
    segments: prose.segments,
    controls: prose.controls.map((control) => ({ ...control, range: move(control.range) })),
    notices: prose.notices.map((notice) => (notice.range ? { ...notice, range: move(notice.range) } : notice)),
  };
}

interface Context {
  quoted: boolean;
  listItem: boolean;
}

interface Pending {
  node: RootContent;
  context: Context;
}

function extractMarkdownProse(blockText: string, atDocumentStart: boolean): BlockProse {
  const tree: Root = parseMarkdown(blockText, atDocumentStart);
  const result: BlockProse = { segments: [], controls: [], notices: [] };
  // An explicit stack, not recursion: 1,000 nested block quotes must not exhaust the call stack.
  const stack: Pending[] = [];
  const pushChildren = (parent: Parent, context: Context): void => {
    for (let k = parent.children.length - 1; k >= 0; k--) stack.push({ node: parent.children[k] as RootContent, context });
  };
  pushChildren(tree, { quoted: false, listItem: false });
  while (stack.length > 0) {
    const { node, context } = stack.pop()!;
    switch (node.type) {
      case 'blockquote':
        pushChildren(node, { ...context, quoted: true });
        break;
      case 'listItem':
        pushChildren(node, { ...context, listItem: true });
        break;
      case 'list':
      case 'footnoteDefinition':
        pushChildren(node, context);
        break;
      case 'paragraph':
      case 'heading':
        addSegment(result, blockText, node.type, node, context);
        break;
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) addSegment(result, blockText, 'tableCell', cell, context);
        }
        break;
      case 'html':
        noteControlComment(result, blockText, node);
        break;
      // code, yaml, toml, definition, thematicBreak: not prose.
      default:
        break;
    }
  }
  return result;
}

function addSegment(result: BlockProse, blockText: string, kind: ProseKind, container: Parent, context: Context): void {
  const builder = new SegmentBuilder(blockText);
  const stack: Nodes[] = [];
  for (let k = container.children.length - 1; k >= 0; k--) stack.push(container.children[k] as Nodes);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'text':
        builder.appendAligned(node.value, start, end);
        break;
      case 'break':
        builder.appendWhole('\n', start, end);
        break;
      case 'footnoteReference':
        // Evidence markers: kept exactly as written.
        builder.appendVerbatim(start, end);
        break;
      case 'html':
        noteControlComment(result, blockText, node);
        builder.appendWhole(OBJECT_REPLACEMENT, start, end);
        break;
      case 'link':
        // `<https://…>`, a bare `www.…`/`https://…` or an e-mail address is a URL, not prose;
        // `[text](url)` keeps its text.
        if (blockText.charCodeAt(start) !== 91 /* [ */) builder.appendWhole(OBJECT_REPLACEMENT, start, end);
        else pushPhrasing(stack, node.children);
        break;
      case 'linkReference':
      case 'emphasis':
      case 'strong':
      case 'delete':
        pushPhrasing(stack, node.children);
        break;
      default:
        // inlineCode, image, imageReference and anything unknown: kept as one placeholder so
        // the sentence keeps its shape but no word is read from it.
        builder.appendWhole(OBJECT_REPLACEMENT, start, end);
        break;
    }
  }
  if (builder.length === 0) return;
  builder.resolveLiteralReferences();
  const built = builder.build();
  if (!/\S/.test(built.text)) return;
  result.segments.push({ kind, ...built, quoted: context.quoted, listItem: context.listItem });
}

function pushPhrasing(stack: Nodes[], children: PhrasingContent[]): void {
  for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
}

function noteControlComment(result: BlockProse, blockText: string, node: Nodes): void {
  if (node.type !== 'html' || !node.position) return;
  const start = node.position.start.offset;
  const end = node.position.end.offset;
  if (start === undefined || end === undefined) return;
  const parsed = parseControlComment(node.value);
  const source = blockText.slice(start, end);
  const from = start + Math.max(0, source.indexOf('<!--'));
  const to = start + (source.lastIndexOf('-->') >= 0 ? source.lastIndexOf('-->') + 3 : source.length);
  if (parsed) result.controls.push({ ...parsed, range: { start: from, end: to } });
  else if (looksLikeControlComment(node.value)) {
    result.notices.push({ severity: 'warning', message: MISSPELT_DIRECTIVE_MESSAGE, range: { start: from, end: to } });
  }
}
