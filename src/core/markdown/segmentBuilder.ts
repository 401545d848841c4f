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
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  /**
   * `source` is what the parser read; `base` its offset of the block the segment belongs to
   * (several blocks may be parsed together), so the map is relative to that block.
   */
  constructor(
    private readonly source: string,
    private readonly base = 0,
  ) {}

  get length(): number {
    return this.chars.length;
  }

  /** Appends `text`, every code unit of it mapped to the whole source range [start, end). */
  appendWhole(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.push(text[k], start, end);
  }

  /** Appends source text verbatim, each code unit mapped to itself. */
  appendVerbatim(start: number, end: number): void {
    for (let j = start; j < end; j++) this.push(this.source[j], j, j + 1);
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
      // The parser reads NUL as U+FFFD (CommonMark's rule for insecure characters).
      if (v === s || (s === 0 && v === 0xfffd)) {
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
    const text = this.chars.join('');
    if (!text.includes('][')) return;
    const pattern = /(!?)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;
    const chars: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let kept = 0;
    const keep = (from: number, to: number): void => {
      for (let k = from; k < to; k++) {
        chars.push(this.chars[k]);
        starts.push(this.starts[k]);
        ends.push(this.ends[k]);
      }
    };
    for (const match of text.matchAll(pattern)) {
      if (!/\p{L}/u.test(match[2]) || match[2].startsWith('^') || match[3].startsWith('^')) continue;
      const at = match.index;
      const last = at + match[0].length - 1;
      keep(kept, at);
      if (match[1] === '!') {
        chars.push(OBJECT_REPLACEMENT);
        starts.push(this.starts[at]);
        ends.push(this.ends[last]);
      } else {
        keep(at + 1, at + 1 + match[2].length);
      }
      kept = last + 1;
    }
    keep(kept, this.chars.length);
    this.chars = chars;
    this.starts = starts;
    this.ends = ends;
  }

  /** Drops trailing whitespace (the parser keeps none, but joined inline pieces may). */
  trimEnd(): void {
    while (this.chars.length > 0 && /\s/.test(this.chars[this.chars.length - 1])) {
      this.chars.pop();
      this.starts.pop();
      this.ends.pop();
    }
  }

  build(): { text: string; sourceStart: Int32Array; sourceEnd: Int32Array } {
    return { text: this.chars.join(''), sourceStart: Int32Array.from(this.starts), sourceEnd: Int32Array.from(this.ends) };
  }

  private push(char: string, start: number, end: number): void {
    this.chars.push(char);
    this.starts.push(start - this.base);
    this.ends.push(end - this.base);
  }
}
