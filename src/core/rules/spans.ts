// Small helpers shared by the rules: turning token matches into text spans and quoting them.
import type { ClaimProfile } from '../profile';
import type { LexiconMatch } from '../lexicon';
import type { RuleContext } from './rule';

export interface Span {
  start: number;
  end: number;
}

export function spanOfTokens(p: ClaimProfile, startToken: number, endToken: number): Span {
  return { start: p.tokens[startToken].start, end: p.tokens[endToken - 1].end };
}

export function spanOfMatch(p: ClaimProfile, m: LexiconMatch): Span {
  return spanOfTokens(p, m.startToken, m.endToken);
}

/** The words of a span as written, with line breaks folded to spaces, for messages. */
export function wordsOf(p: ClaimProfile, span: Span): string {
  return p.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

export function overlapsTaken(ctx: RuleContext, span: Span): boolean {
  return ctx.taken.some((t) => span.start < t.end && t.start < span.end);
}

/** Where to insert text at the end of the sentence's words: before closing punctuation. */
export function sentenceEndInsertion(p: ClaimProfile): number {
  let end = p.text.length;
  while (end > 0 && /[\s.!?…"'”’)\]\uFFFC:;,]/.test(p.text[end - 1])) end--;
  return end;
}

/** Does the subject read as plural ("platforms", "these tools")? Used for verb agreement in hedges. */
export function subjectIsPlural(p: ClaimProfile): boolean {
  const before = p.tokens.slice(0, Math.max(1, p.verbIndex));
  const last = before[before.length - 1];
  if (!last) return false;
  if (/^(we|they|these|those|both|many)$/.test(last.lower)) return true;
  return /[^s]s$/.test(last.lower) && !/(ss|us|is)$/.test(last.lower);
}

/** The token index of the main effect or strong-effect verb, if any. */
export function effectMatch(p: ClaimProfile): LexiconMatch | undefined {
  const all = [...(p.byKind.get('strong-effect-verb') ?? []), ...(p.byKind.get('effect-verb') ?? [])];
  return all.sort((a, b) => a.startToken - b.startToken)[0];
}

/** The first outcome or benefit phrase that starts at or after token `from`. */
export function outcomeAfter(p: ClaimProfile, from: number, window = 10): LexiconMatch | undefined {
  const candidates = [...p.outcomes, ...(p.byKind.get('benefit') ?? [])]
    .filter((m) => m.startToken >= from && m.startToken <= from + window)
    .sort((a, b) => a.startToken - b.startToken);
  return candidates[0];
}

/** "the platform offers" -> the span from the subject's term through the verb, when close. */
export function subjectVerbSpan(p: ClaimProfile, verb: LexiconMatch | undefined): Span | undefined {
  const subject = p.subject.match;
  // Joined only within one stretch of words: across a comma or a dash the tool word belongs to
  // another phrase ("selling tools to demonstrating value, providing evidence").
  if (subject && verb && subject.startToken < verb.startToken && verb.startToken - subject.endToken <= 4 &&
    !p.tokens.slice(subject.endToken, verb.startToken).some((t) => t.type === 'symbol')) {
    return spanOfTokens(p, subject.startToken, verb.endToken);
  }
  if (verb) return spanOfMatch(p, verb);
  if (subject) return spanOfMatch(p, subject);
  return undefined;
}

export function quote(words: string): string {
  return `“${words}”`;
}
