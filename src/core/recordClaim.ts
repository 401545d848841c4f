// Record claims: "the best digital services in local government ever", "one of the leading
// nations globally", "among the most significant transformations medicine has ever seen". A
// superlative of quality measured against an unlimited field (ever, in history, in the world,
// globally) is the guide's "world-class or world-leading" said at more length: a ranking no one
// has measured. Grammar, not domain vocabulary, so the words are kept here.
import { posTags } from './pos';
import type { Token } from './words';

/** Superlatives of quality. Size ("biggest", "largest") is left out: "the busiest day ever" and
 * "the biggest computing project in the world" are facts about size, which a figure can settle. */
const QUALITY_SUPERLATIVES = new Set(['best', 'greatest', 'finest', 'leading', 'most']);
/**
 * Comparatives that rank against everything before when "never" precedes them: "I have never
 * seen a bigger leap forward", "there has never been a better time". Not "more": "has never been
 * more needed" and "never been more visible" stress a need or a gap, they rank nothing.
 */
const NEVER_COMPARATIVES = new Set(['better', 'greater', 'bigger']);
/** Words that make the field of comparison unlimited. */
const UNLIMITED_FIELD = new Set(['ever', 'history', 'globally', 'unprecedented']);

export interface RecordClaim {
  /** The superlative's tokens: [start, end), "most significant" or "best". */
  start: number;
  end: number;
  /** The token that makes the field unlimited ("ever", "world"). */
  fieldAt: number;
}

/**
 * Is the word at `i` a superlative here? "most" grades an adjective or adverb ("most significant"),
 * not a noun ("most patients", "most of the services"); "leading to" and "leading up" are verbs.
 */
function grades(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].lower;
  const next = tokens[i + 1];
  if (lower === 'most') {
    if (next === undefined || next.type !== 'word') return false;
    const tags = posTags(next);
    return tags.adjective || (tags.adverb && next.lower.endsWith('ly'));
  }
  if (lower === 'leading') return next?.lower !== 'to' && next?.lower !== 'up';
  return true;
}

/** The sentence's record claim, if it makes one. */
export function findRecordClaim(tokens: readonly Token[]): RecordClaim | undefined {
  let superlative = -1;
  let fieldAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (lower === 'never') {
      // "never seen a bigger", "never been a better": up to three words between.
      for (let j = i + 1; j < Math.min(tokens.length, i + 5) && tokens[j].type === 'word'; j++) {
        if (NEVER_COMPARATIVES.has(tokens[j].lower)) return { start: j, end: j + 1, fieldAt: i };
      }
    }
    if (superlative < 0 && QUALITY_SUPERLATIVES.has(lower) && grades(tokens, i)) superlative = i;
    if (fieldAt < 0 && (UNLIMITED_FIELD.has(lower) || (lower === 'world' && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'in'))) fieldAt = i;
  }
  if (superlative < 0 || fieldAt < 0) return undefined;
  // "most significant": the superlative with the word it grades.
  const end = tokens[superlative].lower === 'most' && tokens[superlative + 1]?.type === 'word' ? superlative + 2 : superlative + 1;
  return { start: superlative, end, fieldAt };
}
