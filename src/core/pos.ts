// Part-of-speech hints from natural's English lexicon (the word list its Brill tagger uses). The
// full tagger was measured at ~3.3 µs a token plus 0.6 s to load, and its context rules still
// tagged "will use" as a noun; a lexicon lookup plus the two context checks in profile.ts is
// cheaper and enough for the question asked here: can this word be a verb at all?
import type { Token } from './words';

type PosLexicon = Record<string, string[] | undefined>;

// The lexicon (4 MB of JSON, 90,000 words) is loaded on first use, not with the module: it is a
// good part of the bundled core's load time (about 200 ms here, 150 ms without it), which
// commands that analyse nothing (--help, a config error) and the server's reply to `initialize`
// need not wait for. The language server loads it while preparing its analyser.
let lexicon: PosLexicon | undefined;
function posLexicon(): PosLexicon {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lexicon ??= require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as PosLexicon;
  return lexicon;
}

// What the three questions below need of a word's tags, as bits, memoised per written form.
const KNOWN = 1;
const VERB = 2; // some tag is VB*
const NOUN = 4; // some tag is NN*
const VERB_FORM_ONLY = 8; // every tag is VBN, VBG, VBD or JJ
const hints = new Map<string, number>();
const HINTS_LIMIT = 100_000;

function hintsOf(token: Token): number {
  let bits = hints.get(token.text);
  if (bits === undefined) {
    bits = 0;
    const lex = posLexicon();
    const tags = lex[token.lower] ?? lex[token.text];
    // The lexicon is a plain object: guard against inherited names such as "constructor".
    if (Array.isArray(tags)) {
      bits = KNOWN | VERB_FORM_ONLY;
      for (const tag of tags) {
        if (tag.startsWith('VB')) bits |= VERB;
        if (tag.startsWith('NN')) bits |= NOUN;
        if (tag !== 'VBN' && tag !== 'VBG' && tag !== 'VBD' && tag !== 'JJ') bits &= ~VERB_FORM_ONLY;
      }
    }
    // Keyed by the written form, from which `lower` follows.
    if (hints.size >= HINTS_LIMIT) hints.clear();
    hints.set(token.text, bits);
  }
  return bits;
}

/** True unless the lexicon knows the word and never as a verb ("government", "platform"). */
export function canBeVerb(token: Token): boolean {
  const bits = hintsOf(token);
  return (bits & KNOWN) === 0 || (bits & VERB) !== 0;
}

/** True when the lexicon knows the word as a noun. */
export function canBeNoun(token: Token): boolean {
  return (hintsOf(token) & NOUN) !== 0;
}

/** True when the word is only ever a past participle or -ing form ("deployed", "transforming"). */
export function isVerbForm(token: Token): boolean {
  const bits = hintsOf(token);
  return (bits & KNOWN) !== 0 && (bits & VERB_FORM_ONLY) !== 0;
}
