// "helps keep information safe", "will help relieve winter pressures", "help people manage their
// own health": "help" with a bare verb after it claims that something will get better for
// someone. features.ts asks, too, that people are helped or a good is named in the helped verb's
// clause, so that "help departments to recruit Service Managers" (an administrative action) is
// not read as a benefit. With both, it fires on 16 dev sentences, 15 of them labelled
// unmeasured; the weighted score alone read them as one mild effect verb.
//
// "help" is grammar here, not vocabulary: it is the one verb of benefit that takes a bare
// infinitive ("help them cope"), so the construction is found by that shape, as openQuestion.ts
// finds "test whether".
import type { LexiconKind, LexiconMatch } from './lexicon';
import { posTags } from './pos';
import { isPositiveWord } from './valence';
import { startsUpper, type Token } from './words';

const HELP_FORMS = new Set(['help', 'helps', 'helping']);
// Before one of these, "help" is a noun: "the help", "ask for help", "with help from".
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'his', 'her', 'your', 'for', 'with', 'of', 'no', 'any', 'some', 'more']);
/** How far after "help" the helped verb may come: "help [health systems] reach", "help [to] manage". */
const WINDOW = 4;

/** Token indices of a "help" and the bare verb it governs. */
export interface HelpedAction { help: number; verb: number }

/**
 * The token indices of a "help" and the bare verb it governs ("help people manage"), or undefined.
 * "helped" is left out: a past help is a report ("AI has helped systems read more scans").
 */
export function findHelpedAction(tokens: readonly Token[]): HelpedAction | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!HELP_FORMS.has(tokens[i].lower)) continue;
    // "for help" is a noun; "vital for helping people engage" a gerund.
    if (i > 0 && tokens[i].lower !== 'helping' && NOUN_BEFORE.has(tokens[i - 1].lower)) continue;
    for (let j = i + 1; j <= i + WINDOW && j < tokens.length; j++) {
      const t = tokens[j];
      if (t.type !== 'word') break;
      if (t.lower === 'to') continue;
      // A capitalised word is part of a name ("help Civil Service Learning to develop").
      if (!startsUpper(t.text) && posTags(t).base) return { help: i, verb: j };
    }
  }
  return undefined;
}

// What "help" must be said of to claim a benefit: people helped ("help people manage their own
// health"), or a good named in the helped verb's clause ("help relieve winter pressures", "helps
// keep information safe", "help health systems reach both objectives", "help tackle burnout").
// The clause ends at the next punctuation: in "help them fill it in, and even those experts made
// mistakes" the mistakes are not what is helped. Without either, "help departments to recruit
// Service Managers" is an administrative action (the guide's none).
const HELPED_GOODS: readonly LexiconKind[] = ['effect-verb', 'strong-effect-verb', 'outcome', 'benefit', 'problem', 'aspiration-verb'];

/** Are people helped, or is a good named in the helped verb's clause? */
export function helpsToAGood(
  tokens: readonly Token[],
  byKind: ReadonlyMap<LexiconKind, readonly LexiconMatch[]>,
  helped: HelpedAction,
): boolean {
  for (const m of byKind.get('people') ?? []) if (m.startToken > helped.help && m.startToken < helped.verb) return true;
  let end = helped.verb + 1;
  while (end < tokens.length && tokens[end].type !== 'symbol') end++;
  for (const kind of HELPED_GOODS) {
    for (const m of byKind.get(kind) ?? []) if (m.startToken >= helped.verb && m.startToken < end) return true;
  }
  for (let i = helped.verb + 1; i < end; i++) if (isPositiveWord(tokens[i].lower)) return true;
  return false;
}
