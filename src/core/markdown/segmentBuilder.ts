// Builds one prose segment's text together with its exact source mapping.
//
// The parser gives each text node a decoded `value` and the source span it came from, but not
// where each character of the value sits in that span. `appendAligned` recovers it by walking the
// value and the source together: equal characters map one to one; a backslash escape, a character
// reference or a line ending maps to its whole source span; source characters that are not in
// the value (block-quote markers, list indentation, trailing spaces before a line break) are
// skipped. The walk is linear and never backtracks.
import { decodeCharacterReference } from './processor';

/** Replaces inline code, inline HTML, images and URL autolinks, so no word is taken from them. */
export const OBJECT_REPLACEMENT = '\uFFFC';

/** Thrown when a value cannot be aligned with its source; extractProse turns it into a Notice. */
export class AlignmentError extends Error {}

// `&name;`, `&#123;` or `&#x1F;`: the longest named reference is 31 characters plus `&` and `;`.
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

export class SegmentBuilder {
  // The text so far is `pieces` joined, then the pending run source[runFrom, runTo): characters
  // copied one to one are sliced from the source in runs, not pushed one string each. The map
  // of code unit k is starts[k], ends[k] (typed arrays grown by doubling).
  private pieces: string[] = [];
  private runFrom = -1;
  private runTo = -1;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private count = 0;

  /**
   * `source` is what the parser read; `base` its offset of the block the segment belongs to
   * (several blocks may be parsed together), so the map is relative to that block.
   */
  constructor(
    private readonly source: string,
    private readonly base = 0,
  ) {}

  get length(): number {
    return this.count;
  }

  /** Appends `text`, every code unit of it mapped to the whole source range [start, end). */
  appendWhole(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.push(text[k], start, end);
  }

  /** Appends source text verbatim, each code unit mapped to itself. */
  appendVerbatim(start: number, end: number): void {
    for (let j = start; j < end; j++) this.pushSource(j);
  }

  /**
   * Appends a decoded text value that the parser read from source[start, end). Soft line breaks
   * (a line ending inside the value) become one space mapped to the line ending.
   */
  appendAligned(value: string, start: number, end: number): void {
    const source = this.source;
    let i = 0;
    let j = start;
    while (i < value.length) {
      if (j >= end) {
        throw new AlignmentError(`text ${JSON.stringify(value.slice(i, i + 20))} was not found in the source at ${start}-${end}`);
      }
      const v = value.charCodeAt(i);
      const s = source.charCodeAt(j);
      // A line ending in the value is a soft break: "\r\n", "\n" or "\r" in both value and source.
      if (v === 13 || v === 10) {
        if (s !== 13 && s !== 10) {
          j++; // trailing spaces or tabs before the line ending
          continue;
        }
        const valueBreak = v === 13 && value.charCodeAt(i + 1) === 10 ? 2 : 1;
        const sourceBreak = s === 13 && source.charCodeAt(j + 1) === 10 ? 2 : 1;
        this.push(' ', j, j + sourceBreak);
        i += valueBreak;
        j += sourceBreak;
        continue;
      }
      // A backslash escape: `\*` reads as `*` (and `\\` as `\`).
      if (s === 92 && j + 1 < end && isAsciiPunctuation(source.charCodeAt(j + 1)) && source.charCodeAt(j + 1) === v) {
        this.push(value[i], j, j + 2);
        i++;
        j += 2;
        continue;
      }
      // A character reference: every code unit it decodes to maps to the whole reference.
      if (s === 38) {
        CHARACTER_REFERENCE.lastIndex = j;
        const match = CHARACTER_REFERENCE.exec(source);
        if (match !== null && j + match[0].length <= end) {
          const decoded = decodeCharacterReference(match[0]);
          if (decoded !== undefined && value.startsWith(decoded, i)) {
            this.appendWhole(decoded, j, j + match[0].length);
            i += decoded.length;
            j += match[0].length;
            continue;
          }
        }
      }
      if (v === s) {
        this.pushSource(j);
        i++;
        j++;
        continue;
      }
      // The parser reads NUL as U+FFFD (CommonMark's rule for insecure characters).
      if (s === 0 && v === 0xfffd) {
        this.push(value[i], j, j + 1);
        i++;
        j++;
        continue;
      }
      // Not part of the value: a line prefix (`>`, indentation) or stripped whitespace. Anything
      // else means the tree and the source disagree, which must not pass silently.
      if (s !== 32 && s !== 9 && s !== 62) {
        throw new AlignmentError(`text ${JSON.stringify(value.slice(i, i + 20))} does not match the source at offset ${j}`);
      }
      j++;
    }
  }

  /**
   * Reads `[text][label]` and `[text][]` left as literal text as links, keeping only `text`, and
   * `![alt][label]` as an image (one placeholder). The parser leaves them literal when the
   * definition of `label` is in another block; a document whose definitions sit at the end
   * would otherwise read differently block by block than whole. Shortcut references (`[text]`)
   * are left alone: they cannot be told apart from bracketed citations such as "[3]"; so are
   * pairs with no letter in the text or a caret (`[1][2]`, `[^1][^2]`), which are evidence markers.
   */
  resolveLiteralReferences(): void {
    const text = this.text();
    if (!text.includes('][')) return;
    const pattern = /(!?)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;
    const old = { starts: this.starts, ends: this.ends, count: this.count };
    this.pieces = [];
    this.starts = new Int32Array(old.starts.length);
    this.ends = new Int32Array(old.ends.length);
    this.count = 0;
    let kept = 0;
    const keep = (from: number, to: number): void => {
      this.pieces.push(text.slice(from, to));
      this.starts.set(old.starts.subarray(from, to), this.count);
      this.ends.set(old.ends.subarray(from, to), this.count);
      this.count += to - from;
    };
    for (const match of text.matchAll(pattern)) {
      if (!/\p{L}/u.test(match[2]) || match[2].startsWith('^') || match[3].startsWith('^')) continue;
      const at = match.index;
      const last = at + match[0].length - 1;
      keep(kept, at);
      if (match[1] === '!') {
        this.pieces.push(OBJECT_REPLACEMENT);
        this.starts[this.count] = old.starts[at];
        this.ends[this.count] = old.ends[last];
        this.count++;
      } else {
        keep(at + 1, at + 1 + match[2].length);
      }
      kept = last + 1;
    }
    keep(kept, old.count);
  }

  /** Drops trailing whitespace (the parser keeps none, but joined inline pieces may). */
  trimEnd(): void {
    const text = this.text();
    let n = text.length;
    while (n > 0 && /\s/.test(text[n - 1])) n--;
    this.pieces = [text.slice(0, n)];
    this.count = n;
  }

  build(): { text: string; sourceStart: Int32Array; sourceEnd: Int32Array } {
    return { text: this.text(), sourceStart: this.starts.slice(0, this.count), sourceEnd: this.ends.slice(0, this.count) };
  }

  /** The text so far, as one string (kept as the only piece). */
  private text(): string {
    this.endRun();
    if (this.pieces.length !== 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0];
  }

  private endRun(): void {
    if (this.runFrom < 0) return;
    this.pieces.push(this.source.slice(this.runFrom, this.runTo));
    this.runFrom = -1;
  }

  private reserve(): void {
    if (this.count < this.starts.length) return;
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  /** One code unit of text, mapped to source[start, end). */
  private push(char: string, start: number, end: number): void {
    this.endRun();
    this.pieces.push(char);
    this.reserve();
    this.starts[this.count] = start - this.base;
    this.ends[this.count] = end - this.base;
    this.count++;
  }

  /** source[j] itself, mapped to itself. */
  private pushSource(j: number): void {
    if (this.runTo !== j || this.runFrom < 0) {
      this.endRun();
      this.runFrom = j;
    }
    this.runTo = j + 1;
    this.reserve();
    this.starts[this.count] = j - this.base;
    this.ends[this.count] = j + 1 - this.base;
    this.count++;
  }
}
