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

/** The word (letters and inner dots) that ends just before `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]) && dot - i < 12) i--;
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
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      // Blank line, or a new line that starts a bullet or numbered item, ends the sentence.
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= to || text[j] === '\n' || /^(?:[-*+•▪◦]\s|\d{1,3}[.)]\s)/.test(text.slice(j, j + 5))) {
        push(i);
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
    push(end);
    start = end;
    i = end - 1;
  }
  push(to);
  return spans;
}

const MODALS = /\b(?:will|shall|can|could|may|might|must|would|should)\b/i;

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
    const c = text[i];
    if ((c === ';' || c === ':') && /\s/.test(text[i + 1] ?? '')) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: span.end });
  const clauses: SentenceSpan[] = [];
  for (const part of parts) {
    // Comma-separated pieces; join them back unless both neighbours carry a modal.
    const pieces: SentenceSpan[] = [];
    let from = part.start;
    for (let i = part.start; i < part.end; i++) {
      if (text[i] === ',') {
        pieces.push({ start: from, end: i });
        from = i + 1;
      }
    }
    pieces.push({ start: from, end: part.end });
    let current = pieces[0];
    for (let k = 1; k < pieces.length; k++) {
      const next = pieces[k];
      if (MODALS.test(text.slice(current.start, current.end)) && MODALS.test(text.slice(next.start, next.end)) && wordCount(text, next) >= 3) {
        clauses.push(current);
        current = next;
      } else {
        current = { start: current.start, end: next.end };
      }
    }
    clauses.push(current);
  }
  return clauses
    .map((c) => trimSpan(text, c))
    .filter((c) => c.end > c.start && wordCount(text, c) >= 2);
}

function wordCount(text: string, span: SentenceSpan): number {
  return text.slice(span.start, span.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function trimSpan(text: string, span: SentenceSpan): SentenceSpan {
  let { start, end } = span;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
