// Re-splitting a document into blocks after an edit (the BlockCache's layout): only the text
// around the change is scanned again; the blocks before it are kept and those after it moved.
import { splitBlocks } from './blocks';
import type { ControlComment } from './controls';
import { frontMatterEnd } from './markdown/frontMatter';
import type { ClaimSummary, Finding, LanguageId, Notice } from './types';

/**
 * One block's results in document offsets, as placed at offset `at`. A block's results depend
 * only on its text, the language and whether it starts the document, so when the block moves
 * they are shifted, not recomputed; while it stays put, the same objects are returned again.
 */
export interface BlockEntry {
  key: string;
  /** How many blocks of the cached document have this entry (equal blocks share one). */
  refs: number;
  at: number;
  findings: Finding[];
  claims: ClaimSummary[];
  controls: ControlComment[];
  notices: Notice[];
}

/** Blocks of a document: offsets and results. */
export interface Layout {
  starts: number[];
  ends: number[];
  entries: BlockEntry[];
}

/** What a BlockCache remembers of the last document analysed with it. */
export interface CacheState extends Layout {
  owner: unknown;
  languageId: LanguageId;
  text: string;
  /** The entries of `entries` by key (language, document start, block text). */
  byKey: Map<string, BlockEntry>;
}

// ---- re-splitting after an edit ---------------------------------------------------------------
//
// splitBlocks is one pass of a line scanner whose state right after it cuts a block depends on
// nothing before the cut: the state is reset, and the cut line decides the rest. So after an
// edit, the blocks before the edit stay as they were, the text from a block boundary before the
// edit is re-split, and as soon as the new scan cuts where the old one cut, past the edit, every
// later block is the old block moved by the length change. Only the text between the two is
// scanned, in a window that widens until the scans meet.

export interface Relayout {
  layout: Layout;
  /** layout blocks [from, to) are new (their entries are to be filled in). */
  from: number;
  to: number;
  /** Entries of the old blocks replaced. */
  removed: BlockEntry[];
}

export function relayout(state: CacheState, text: string, languageId: LanguageId): Relayout {
  const old = state.text;
  const count = state.starts.length;
  if (count === 0) {
    const blocks = splitBlocks(text, languageId);
    const layout: Layout = { starts: blocks.map((b) => b.start), ends: blocks.map((b) => b.end), entries: [] };
    return { layout, from: 0, to: blocks.length, removed: [] };
  }
  const prefix = commonPrefix(old, text);
  if (prefix === old.length && prefix === text.length) {
    return { layout: { starts: state.starts.slice(), ends: state.ends.slice(), entries: state.entries.slice() }, from: 0, to: 0, removed: [] };
  }
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  const changeEnd = text.length - suffix; // in the new text

  // The first block to re-split: its first line, line ending and the character after (a CRLF
  // check looks one ahead) lie before the change, so the new scan cuts there too.
  let first = blockAt(state.starts, prefix);
  while (first > 0 && !(lineEndAt(old, state.starts[first]) + 1 < prefix)) first--;
  const markdown = languageId === 'markdown';
  // Front matter is where the scan starts: unless it closed before the change, the change may
  // open or close it (a `---` typed anywhere below an unclosed one), so re-split from the start.
  if (markdown && first > 0 && mayOpenFrontMatter(text)) {
    const closedAt = frontMatterEnd(old);
    if (!(closedAt > 0 && closedAt < prefix)) first = 0;
  }
  // A window of old blocks past the change, widened until the two scans meet.
  const last = blockAt(state.starts, old.length - suffix);
  for (let span = 2; ; span *= 2) {
    const windowEnd = Math.min(last + span, count - 1);
    let end = windowEnd === count - 1 ? text.length : state.ends[windowEnd] + delta;
    let start = state.starts[first];
    let sub = text.slice(start, end);
    // A block opening with a `---` fence is read as front matter only at the document start.
    while (markdown && start > 0 && frontMatterEnd(sub) > 0) {
      start = state.starts[--first];
      sub = text.slice(start, end);
    }
    if (markdown && start === 0 && end < text.length && mayOpenFrontMatter(text) && frontMatterEnd(sub) === 0) {
      end = text.length; // the front matter may close past the window
      sub = text;
    }
    const blocks = splitBlocks(sub, languageId);
    for (let k = 1; k < blocks.length; k++) {
      const at = start + blocks[k].start;
      // The scans meet at a cut past the change that the old scan made too (not at the old
      // document start, which differs), judged on a line wholly inside the window.
      if (at < changeEnd || (end < text.length && !(lineEndAt(text, at) + 1 < end))) continue;
      const same = blockAt(state.starts, at - delta);
      if (same === 0 || state.starts[same] !== at - delta) continue;
      return spliced(state, first, same, blocks.slice(0, k), start, delta);
    }
    if (end === text.length) return spliced(state, first, count, blocks, start, delta);
  }
}

/** Old blocks [0, first), then `blocks` (offsets from `start`), then old blocks [resume, ...) moved by `delta`. */
function spliced(state: CacheState, first: number, resume: number, blocks: { start: number; end: number }[], start: number, delta: number): Relayout {
  const starts = state.starts.slice(0, first);
  const ends = state.ends.slice(0, first);
  const entries = state.entries.slice(0, first);
  for (const block of blocks) {
    starts.push(start + block.start);
    ends.push(start + block.end);
  }
  const to = starts.length;
  entries.length = to;
  for (let k = resume; k < state.starts.length; k++) {
    starts.push(state.starts[k] + delta);
    ends.push(state.ends[k] + delta);
    entries.push(state.entries[k]);
  }
  return { layout: { starts, ends, entries }, from: first, to, removed: state.entries.slice(first, resume) };
}

/** Index of the last block starting at or before `offset` (0 if none). */
function blockAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offset of the line ending (or text end) of the line containing `offset`. */
function lineEndAt(text: string, offset: number): number {
  for (let k = offset; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return k;
  }
  return text.length;
}

function mayOpenFrontMatter(text: string): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.startsWith('---', bom) || text.startsWith('+++', bom);
}

// Texts arrive as V8 cons strings (an editor's document is pieced together by its edits), on
// which charCodeAt is slow; comparing slices is a native memory comparison. So both scans go in
// chunks and look at single characters only inside the chunk that differs.
const CHUNK = 4096;

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + CHUNK <= max && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
