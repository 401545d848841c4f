// Prose extraction: from one block of Markdown (or plain text), the runs of prose a reader sees,
// each with an exact map back to the source. Only prose is judged: paragraphs, headings, list
// items, block quotes and table cells. Code, HTML, front matter, URLs and images never are.
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import type { LanguageId, Notice, TextRange } from './types';
import { mayUseGfm, parseBody, parseMarkdown } from './markdown/processor';
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

/**
 * The prose of several blocks of `text` (given by offsets, in document order): the same as
 * extractProse on each, with fewer parser calls. A parser call has a fixed cost (setting up
 * micromark and its extensions) that for a short block exceeds the parsing itself, so blocks
 * that need the parser are parsed together, joined, and the tree's top-level nodes are dealt back
 * to the blocks they came from. A block reads the same followed by any other block as alone:
 * it ends where every construct has closed, after a blank line, and every block but the first
 * begins on an unindented line that continues nothing (see splitBlocks). So the blocks joined
 * need not be neighbours. Kept out of joint parses: a block with a definition (`]:`), whose
 * label would resolve references in other blocks, and the document's first and last blocks
 * (front matter, a byte-order mark, a construct left open at the end). Blocks are joined only
 * with blocks of the same parser (GFM or CommonMark: see mayUseGfm).
 */
export function extractProseOfBlocks(text: string, languageId: LanguageId, starts: readonly number[], ends: readonly number[]): BlockProse[] {
  const results: BlockProse[] = new Array(starts.length);
  const groups = { gfm: new JointGroup(true), commonMark: new JointGroup(false) };
  for (let k = 0; k < starts.length; k++) {
    const blockText = text.slice(starts[k], ends[k]);
    const alone = languageId !== 'markdown' || starts[k] === 0 || ends[k] === text.length
      || blockText.charCodeAt(0) === 0xfeff || blockText.includes(']:');
    const plain = alone ? undefined : plainParagraphProse(blockText);
    if (alone || plain) results[k] = plain ?? extractProse(blockText, languageId, starts[k] === 0);
    else (mayUseGfm(blockText) ? groups.gfm : groups.commonMark).add(k, blockText, results);
  }
  groups.gfm.flush(results);
  groups.commonMark.flush(results);
  return results;
}

/**
 * Up to this many characters are parsed in one go. Larger joint parses were slower, not faster
 * (measured on the 1 MB benchmark document): the parser's events and tree for a large text outlive
 * the young-generation collections and have to be promoted and collected as old objects. A few
 * KB already amortise the cost of a parser call; it also bounds the cost of a fallback.
 */
const JOINT_PARSE_LIMIT = 8 * 1024;

class JointGroup {
  private blocks: number[] = [];
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly gfm: boolean) {}

  add(block: number, blockText: string, results: BlockProse[]): void {
    if (this.length + blockText.length > JOINT_PARSE_LIMIT) this.flush(results);
    this.blocks.push(block);
    this.pieces.push(blockText);
    this.length += blockText.length;
  }

  flush(results: BlockProse[]): void {
    if (this.blocks.length === 1) results[this.blocks[0]] = extractProse(this.pieces[0], 'markdown', false);
    else if (this.blocks.length > 1) extractJointly(this.pieces, this.gfm, this.blocks, results);
    this.blocks = [];
    this.pieces = [];
    this.length = 0;
  }
}

/** Parses `pieces` (the texts of blocks `group`) as one text; any surprise falls back to parsing them one by one. */
function extractJointly(pieces: string[], gfm: boolean, group: number[], results: BlockProse[]): void {
  const bases: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    bases.push(length);
    length += piece.length;
  }
  const alone = (): void => {
    for (let g = 0; g < group.length; g++) results[group[g]] = extractProse(pieces[g], 'markdown', false);
  };
  const source = pieces.join('');
  let nodes: RootContent[];
  try {
    nodes = parseBody(source, gfm).children;
  } catch {
    return alone(); // the block that throws gets its notice from extractProse
  }
  // Top-level nodes by block. A node without a position or across a boundary would mean the
  // blocks do not read apart as together: then they are read apart.
  const byBlock: RootContent[][] = pieces.map(() => []);
  let g = 0;
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return alone();
    while (g + 1 < group.length && start >= bases[g + 1]) g++;
    if (end <= bases[g] + pieces[g].length) {
      byBlock[g].push(node);
      continue;
    }
    // A list goes on past a blank line when the next block starts with an item of the same
    // kind: its items are dealt out instead (a list only passes its context on to its items).
    if (node.type !== 'list') return alone();
    for (const item of node.children) {
      const from = item.position?.start.offset;
      const to = item.position?.end.offset;
      if (from === undefined || to === undefined) return alone();
      while (g + 1 < group.length && from >= bases[g + 1]) g++;
      if (from < bases[g] || to > bases[g] + pieces[g].length) return alone();
      byBlock[g].push(item);
    }
  }
  for (let i = 0; i < group.length; i++) {
    try {
      results[group[i]] = proseOfNodes(byBlock[i], source, bases[i]);
    } catch {
      results[group[i]] = extractProse(pieces[i], 'markdown', false); // with its notice
    }
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

/** The prose of a Markdown block as the parser reads it (no fast path): exported for tests. */
export function extractMarkdownProse(blockText: string, atDocumentStart: boolean): BlockProse {
  return proseOfNodes(parseMarkdown(blockText, atDocumentStart).children, blockText, 0);
}

/** The prose of top-level nodes parsed from `source`, with offsets relative to `base` in it. */
function proseOfNodes(nodes: readonly RootContent[], source: string, base: number): BlockProse {
  const result: BlockProse = { segments: [], controls: [], notices: [] };
  // An explicit stack, not recursion: 1,000 nested block quotes must not exhaust the call stack.
  const stack: Pending[] = [];
  const pushChildren = (children: readonly RootContent[], context: Context): void => {
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], context });
  };
  pushChildren(nodes, { quoted: false, listItem: false });
  while (stack.length > 0) {
    const { node, context } = stack.pop()!;
    switch (node.type) {
      case 'blockquote':
        pushChildren(node.children, { ...context, quoted: true });
        break;
      case 'listItem':
        pushChildren(node.children, { ...context, listItem: true });
        break;
      case 'list':
      case 'footnoteDefinition':
        pushChildren(node.children, context);
        break;
      case 'paragraph':
      case 'heading':
        addSegment(result, source, base, node.type, node, context);
        break;
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) addSegment(result, source, base, 'tableCell', cell, context);
        }
        break;
      case 'html':
        noteControlComment(result, source, base, node);
        break;
      // code, yaml, toml, definition, thematicBreak: not prose.
      default:
        break;
    }
  }
  return result;
}

function addSegment(result: BlockProse, source: string, base: number, kind: ProseKind, container: Parent, context: Context): void {
  const builder = new SegmentBuilder(source, base);
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
        noteControlComment(result, source, base, node);
        builder.appendWhole(OBJECT_REPLACEMENT, start, end);
        break;
      case 'link':
        // `<https://…>`, a bare `www.…`/`https://…` or an e-mail address is a URL, not prose;
        // `[text](url)` keeps its text.
        if (source.charCodeAt(start) !== 91 /* [ */) builder.appendWhole(OBJECT_REPLACEMENT, start, end);
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

function noteControlComment(result: BlockProse, source: string, base: number, node: Nodes): void {
  if (node.type !== 'html' || !node.position) return;
  const start = node.position.start.offset;
  const end = node.position.end.offset;
  if (start === undefined || end === undefined) return;
  const parsed = parseControlComment(node.value);
  const written = source.slice(start, end);
  const from = start - base + Math.max(0, written.indexOf('<!--'));
  const to = start - base + (written.lastIndexOf('-->') >= 0 ? written.lastIndexOf('-->') + 3 : written.length);
  if (parsed) result.controls.push({ ...parsed, range: { start: from, end: to } });
  else if (looksLikeControlComment(node.value)) {
    result.notices.push({ severity: 'warning', message: MISSPELT_DIRECTIVE_MESSAGE, range: { start: from, end: to } });
  }
}
