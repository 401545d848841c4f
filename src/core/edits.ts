import type { FixCandidate, TextRange } from './types';

/** The text after replacing `range` with `replacement`; nothing outside the range changes. */
export function applyEdit(text: string, range: TextRange, replacement: string): string {
  if (range.start < 0 || range.end > text.length || range.start > range.end) {
    throw new RangeError(`edit range ${range.start}-${range.end} is outside a text of length ${text.length}`);
  }
  return text.slice(0, range.start) + replacement + text.slice(range.end);
}

/** Applies a fix candidate as a plain edit (visible placeholders, no snippet syntax). */
export function applyFix(text: string, fix: FixCandidate): string {
  return applyEdit(text, fix.range, fix.text);
}
