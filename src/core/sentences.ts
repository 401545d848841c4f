// Sentence boundaries with positions. natural's SentenceTokenizer was tried first: it returns bare
// strings (positions lost), splits after "e.g." and "Dr." even when told they are abbreviations,
// and slows down sharply on long inputs (a 1 MB paragraph did not finish in minutes). This scanner
// is linear and keeps offsets.

export interface SentenceSpan {
  start: number;
  end: number;
}

// Lower-case forms of abbreviations that end with a full stop but do not end a sentence.
const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'etc', 'vs', 'v', 'cf', 'al', 'approx', 'ca', 'c', 'no', 'nos', 'fig', 'figs',
  'p', 'pp', 'para', 'paras', 'vol', 'ch', 'sec', 'dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'st', 'rt', 'hon',
  'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'est', 'min', 'max', 'op', 'ref', 'u.k', 'u.s', 'a.m', 'p.m',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/** /[\p{L}.]/u on one code unit. */
function isLetterOrDot(code: number): boolean {
  if (code < 128) return code === 46 || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}.]/u.test(String.fromCharCode(code));
}

/** The word (letters and inner dots) that ends just before `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && isLetterOrDot(text.charCodeAt(i - 1)) && dot - i < 12) i--;
  return text.slice(i, dot).toLowerCase().replace(/^\.+/, '');
}

/**
 * Splits prose into sentences. A sentence ends at . ! ? or … (plus closing quotes/brackets) that
 * is followed by white space and then a capital, digit, quote, bracket or bullet; or at a blank
 * line or a line that starts with a list marker; or at the end of the text.
 * Spans are trimmed of surrounding white space; empty spans are dropped.
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    // Most characters end neither a line nor a sentence: skip them on their code.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i];
    if (c === '\n') {
      // Blank line, or a new line that starts a bullet or numbered item, ends the sentence.
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= to || text[j] === '\n' || /^(?:[-*+•▪◦]\s|\d{1,3}[.)]\s)/.test(text.slice(j, j + 5))) {
        pushSentence(text, start, i, spans);
        start = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let end = i + 1;
    while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < to && CLOSERS.has(text[end])) end++;
    if (end < to && !isSpace(text[end])) continue;
    if (c === '.' && end === i + 1) {
      const word = wordBefore(text, i);
      if (ABBREVIATIONS.has(word)) continue;
      // A single capital letter with a dot is an initial ("J. Smith"), not a sentence end.
      if (/^\p{Lu}$/u.test(word)) continue;
    }
    let next = end;
    while (next < to && isSpace(text[next])) next++;
    if (next < to && !/[\p{Lu}\p{N}"'“‘(\[•\-*\uFFFC]/u.test(text[next])) continue;
    pushSentence(text, start, end, spans);
    start = end;
    i = end - 1;
  }
  pushSentence(text, start, to, spans);
  return spans;
}

/**
 * Adds text[s, e) trimmed of white space, unless empty. (A function, not a closure in
 * splitSentences: the bundle keeps function names, which makes creating closures costly.)
 */
function pushSentence(text: string, s: number, e: number, spans: SentenceSpan[]): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** A colon after at most this many words ends a label, not a clause. */
const LABEL_WORDS = 4;

const MODAL_WORDS = '(?:will|shall|can|could|may|might|must|would|should)\\b';
const MODALS = new RegExp(`\\b${MODAL_WORDS}`, 'i');
/** A piece that opens with its modal has no subject of its own: "everyone who can use them, will choose to". */
const OPENS_WITH_MODAL = new RegExp(`^\\s*${MODAL_WORDS}`, 'i');

/**
 * Clauses of one sentence that each make their own claim: split at semicolons and colons, and at
 * commas that separate clauses which each have a modal verb ("data platforms will fix variation,
 * AI will unblock backlogs, automation will free time"). Each clause is judged on its own, so a
 * list of promises gets a finding per promise. Offsets are into `text`.
 */
export function splitClauses(text: string, span: SentenceSpan): SentenceSpan[] {
  const parts: SentenceSpan[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    // A colon after a short label ("Smart routing: requests are sent ...", "Our mission: ...") stays:
    // the label is the sentence's topic, and the claim profile reads the two together.
    if ((c === 59 /* ; */ || (c === 58 /* : */ && hasWords(text, start, i, LABEL_WORDS + 1))) && isWhiteSpace(text.charCodeAt(i + 1))) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: span.end });
  const clauses: SentenceSpan[] = [];
  for (const part of parts) {
    // Comma-separated pieces; join them back unless both neighbours carry a modal. (A modal
    // cannot straddle a comma, so a joined piece has one when either of its pieces has.)
    let comma = text.indexOf(',', part.start);
    if (comma < 0 || comma >= part.end) {
      pushTrimmed(text, part.start, part.end, clauses);
      continue;
    }
    let currentStart = part.start;
    let currentEnd = comma;
    let currentModal = MODALS.test(text.slice(currentStart, currentEnd));
    while (currentEnd < part.end) {
      const nextStart = currentEnd + 1;
      comma = text.indexOf(',', nextStart);
      const nextEnd = comma < 0 || comma >= part.end ? part.end : comma;
      const nextModal = MODALS.test(text.slice(nextStart, nextEnd));
      if (currentModal && nextModal && hasWords(text, nextStart, nextEnd, 3) &&
        !OPENS_WITH_MODAL.test(text.slice(nextStart, nextEnd))) {
        pushTrimmed(text, currentStart, currentEnd, clauses);
        currentStart = nextStart;
        currentModal = nextModal;
      } else {
        currentModal ||= nextModal;
      }
      currentEnd = nextEnd;
    }
    pushTrimmed(text, currentStart, currentEnd, clauses);
  }
  return clauses;
}

/** Adds [start, end) trimmed, when it has two words or more. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  // Leading white space and , ; : go, trailing white space goes.
  while (start < end && (isWhiteSpace(text.charCodeAt(start)) || isClausePunctuation(text.charCodeAt(start)))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && hasWords(text, start, end, 2)) out.push({ start, end });
}

function isClausePunctuation(code: number): boolean {
  return code === 44 /* , */ || code === 59 /* ; */ || code === 58; /* : */
}

/** JavaScript's \s: white space and line terminators. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether text[start, end) has at least `n` words: runs of non-space characters with a letter
 * in them (what `.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length` counts), counted only as
 * far as needed.
 */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inRun = false;
  let runHasLetter = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      if (runHasLetter && ++words >= n) return true;
      inRun = false;
      runHasLetter = false;
      continue;
    }
    inRun = true;
    if (!runHasLetter && isLetterAt(text, i, end)) runHasLetter = true;
  }
  return inRun && runHasLetter && words + 1 >= n;
}

/** Is the code point starting at text[i] (within `end`) a letter? */
function isLetterAt(text: string, i: number, end: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  // A surrogate pair is one code point; a lone surrogate is no letter.
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return /\p{L}/u.test(text.slice(i, i + 2));
  }
  return /\p{L}/u.test(text[i]);
}
