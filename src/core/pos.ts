// Part-of-speech hints from natural's English lexicon (the word list its Brill tagger uses). The
// full tagger was measured at ~3.3 µs a token plus 0.6 s to load, and its context rules still
// tagged "will use" as a noun; a lexicon lookup plus the two context checks in profile.ts is
// cheaper and enough for the question asked here: can this word be a verb at all?
import englishLexicon from 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
import type { Token } from './words';

const lexicon = englishLexicon as unknown as Record<string, string[] | undefined>;

function tagsOf(token: Token): string[] | undefined {
  const tags = lexicon[token.lower] ?? lexicon[token.text];
  // The lexicon is a plain object: guard against inherited names such as "constructor".
  return Array.isArray(tags) ? tags : undefined;
}

/** True unless the lexicon knows the word and never as a verb ("government", "platform"). */
export function canBeVerb(token: Token): boolean {
  const tags = tagsOf(token);
  return !tags || tags.some((t) => t.startsWith('VB'));
}

/** True when the lexicon knows the word as a noun. */
export function canBeNoun(token: Token): boolean {
  const tags = tagsOf(token);
  return !!tags && tags.some((t) => t.startsWith('NN'));
}

/** True when the word is only ever a past participle or -ing form ("deployed", "transforming"). */
export function isVerbForm(token: Token): boolean {
  const tags = tagsOf(token);
  return !!tags && tags.every((t) => t === 'VBN' || t === 'VBG' || t === 'VBD' || t === 'JJ');
}
