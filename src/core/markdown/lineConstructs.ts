// Line-level recognisers for the Markdown constructs that may contain blank lines: fenced code and
// the HTML blocks of CommonMark kinds 1-5 (script/pre/style/textarea, comments, processing
// instructions, declarations, CDATA), which end at a marker rather than at a blank line.
// splitBlocks must never cut inside them. All functions look at one line [start, end) of `text`.

export interface OpenFence {
  kind: 'fence';
  char: string;
  length: number;
}

export interface OpenHtml {
  kind: 'html';
  /** A line containing this ends the block (tested case-insensitively for kind 1). */
  endMarker: RegExp;
}

export type OpenConstruct = OpenFence | OpenHtml;

/** Column of the first non-blank character (tabs advance to the next multiple of 4) and its offset. */
export function indentation(text: string, start: number, end: number): { column: number; offset: number } {
  let column = 0;
  let k = start;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else break;
  }
  return { column, offset: k };
}

/** A fence opening at `at`: 3+ backticks or tildes; a backtick fence's info string has no backtick. */
export function fenceOpening(text: string, at: number, end: number): OpenFence | undefined {
  const char = text[at];
  if (char !== '`' && char !== '~') return undefined;
  let k = at;
  while (k < end && text[k] === char) k++;
  if (k - at < 3) return undefined;
  if (char === '`') {
    for (let m = k; m < end; m++) if (text[m] === '`') return undefined;
  }
  return { kind: 'fence', char, length: k - at };
}

/** A closing fence at `at`: the fence's character, at least as long, then only spaces or tabs. */
export function closesFence(fence: OpenFence, text: string, at: number, end: number): boolean {
  let k = at;
  while (k < end && text[k] === fence.char) k++;
  if (k - at < fence.length) return false;
  for (; k < end; k++) {
    if (text[k] !== ' ' && text[k] !== '\t') return false;
  }
  return true;
}

const RAW_TAG_START = /<(?:script|pre|style|textarea)(?=[\s>]|$)/iy;
const RAW_TAG_END = /<\/(?:script|pre|style|textarea)>/i;
const DECLARATION_START = /<![A-Za-z]/y;

/**
 * An HTML block of kinds 1-5 starting at `at` whose end marker is not on the same line, or
 * undefined (kinds 6 and 7 end at a blank line, so they need no tracking).
 */
export function htmlOpening(text: string, at: number, end: number): OpenHtml | undefined {
  if (text.charCodeAt(at) !== 60 /* < */) return undefined;
  const line = text.slice(at, end);
  let endMarker: RegExp;
  let searchFrom: number;
  RAW_TAG_START.lastIndex = 0;
  DECLARATION_START.lastIndex = 0;
  if (line.startsWith('<!--')) {
    endMarker = /-->/;
    searchFrom = 2; // `<!-->` and `<!--->` are complete comments
  } else if (line.startsWith('<![CDATA[')) {
    endMarker = /\]\]>/;
    searchFrom = 9;
  } else if (line.startsWith('<?')) {
    endMarker = /\?>/;
    searchFrom = 2;
  } else if (DECLARATION_START.test(line)) {
    endMarker = />/;
    searchFrom = 2;
  } else if (RAW_TAG_START.test(line)) {
    endMarker = RAW_TAG_END;
    searchFrom = 1;
  } else {
    return undefined;
  }
  return endMarker.test(line.slice(searchFrom)) ? undefined : { kind: 'html', endMarker };
}

export function closesHtml(html: OpenHtml, text: string, start: number, end: number): boolean {
  return html.endMarker.test(text.slice(start, end));
}

/**
 * Offset after any block-quote markers and list-item markers at the start of a line's content
 * (`> `, `- `, `12. `), or `at` itself when there are none. A fence or HTML block opened after such
 * a prefix lives inside a container, which a blank line followed by an unindented line closes.
 */
export function afterContainerPrefixes(text: string, at: number, end: number): number {
  let k = at;
  for (;;) {
    if (k >= end) return k;
    const c = text[k];
    if (c === '>') {
      k++;
    } else if ((c === '-' || c === '+' || c === '*') && (text[k + 1] === ' ' || text[k + 1] === '\t')) {
      k += 2;
    } else {
      let d = k;
      while (d < end && d - k < 9 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
      if (d === k || (text[d] !== '.' && text[d] !== ')') || (text[d + 1] !== ' ' && text[d + 1] !== '\t')) return k;
      k = d + 2;
    }
    while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  }
}
