// The shape of a lexicon file (lexicons/*.json and users' own), mirrored by
// lexicons/schema/lexicon.schema.json. Kept apart from the matcher so that configuration checking
// and the doors can name kinds and packs without loading any vocabulary.

/** Every kind of entry, in the order docs/lexicons.md explains them. */
export const LEXICON_KINDS = [
  // who or what acts
  'technology',
  'programme',
  'organisation',
  'people',
  // what is said of it
  'capability-verb',
  'tool-feature',
  'deployment-verb',
  'effect-verb',
  'strong-effect-verb',
  'aspiration-verb',
  'governance-verb',
  'governance-object',
  'delivery-verb',
  'benefit',
  'outcome',
  // how sure the writer sounds
  'hedge',
  'booster',
  'intensifier',
  'hype',
  'absolute',
  'plain-english',
  // what anchors or frames the claim
  'evidence',
  'measure-unit',
  'metric',
  'problem',
  'critique',
  'expectation',
] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

/** Domain packs. 'general' is always on; the others can be switched off per workspace. */
export const LEXICON_PACKS = ['general', 'health', 'public-services'] as const;
export type LexiconPack = (typeof LEXICON_PACKS)[number];

/** Whom an outcome touches (ARCHITECTURE.md: patients, staff, system flow, money; plus the public). */
export const OUTCOME_DOMAINS = ['patients', 'staff', 'system-flow', 'money', 'public'] as const;
export type OutcomeDomain = (typeof OUTCOME_DOMAINS)[number];

/**
 * How a term is compared with the document's words:
 * - 'stem' (default): Porter stems, so "transforms", "transformed" and "transforming" all match
 *   "transform" (and so, Porter being Porter, do "transformation" and "transformative");
 * - 'word': the lower-cased word forms exactly (the term and its `forms`), for adjectives whose
 *   stem runs into a noun ("innovative" must not match "innovation");
 * - 'case': the written forms exactly, capitals included, for acronyms that are also ordinary
 *   words ("IT" but not "it").
 */
export const MATCH_MODES = ['stem', 'word', 'case'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

/** Hype strength: 'strong' for hyperbole, 'weak' for ordinary value judgements. */
export type Strength = 'strong' | 'weak';

export interface LexiconSource {
  title: string;
  url: string;
  licence?: string;
  /** How entries were taken from the source (selection, splitting, additions). */
  description?: string;
}

export interface LexiconEntry {
  /** A word or phrase, in its base form. */
  term: string;
  kind: LexiconKind;
  /** Id of one of the file's `sources`. */
  source: string;
  strength?: Strength;
  /**
   * For hype: only hype when it qualifies a benefit or outcome ("huge benefits", not "a huge
   * backlog"). For hedges: only a hedge before a figure ("around 5 million", not "turn it around").
   */
  qualifies?: 'benefit' | 'number';
  /** General, not particular: for technology, a field ("digital", "AI") rather than a tool; for
   *  capability verbs, enabling ("enable", "give") rather than a function ("display", "track"). */
  generic?: boolean;
  /** For absolutes: 'people' when the term ranges over every person ("everyone", "no one"). */
  scope?: 'people';
  /** Required for outcome entries. */
  domain?: OutcomeDomain;
  /** Plain replacements offered as fixes ([] when deleting the word is the fix). */
  alternatives?: string[];
  /** Why the entry is here, or when it does not apply ("unless it's for a meeting"). */
  note?: string;
  /** Other written forms whose stems differ from the term's: irregular inflections, variants. */
  forms?: string[];
  match?: MatchMode;
  /** Phrases around the term in which it is not this kind ("the end of" for the verb "end"). */
  except?: string[];
}

export interface LexiconFile {
  $schema?: string;
  name: string;
  description: string;
  pack: LexiconPack;
  sources: Record<string, LexiconSource>;
  entries: LexiconEntry[];
}

/** Kinds that the `allow` setting can silence: the ones that judge wording, not meaning. */
export const ALLOWABLE_KINDS: readonly LexiconKind[] = ['hype', 'intensifier', 'absolute', 'plain-english'];

export function isLexiconKind(value: string): value is LexiconKind {
  return (LEXICON_KINDS as readonly string[]).includes(value);
}
