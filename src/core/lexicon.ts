// Lexicons: the vocabularies the claim model reads (lexicons/*.json, checked against
// lexicons/schema/lexicon.schema.json), their checking, and the stem-based phrase matcher.
// Pure: no file system. The JSON files are imported statically so the bundle carries them and
// a workspace can only add to them through its own, checked, lexicon files.
import type { ConfigProblem } from './settings';
import { checkLexiconValue } from './lexicon/check';
import type { LexiconFile } from './lexicon/types';

import subjects from '../../lexicons/subjects.json';
import predicates from '../../lexicons/predicates.json';
import certainty from '../../lexicons/certainty.json';
import hype from '../../lexicons/hype.json';
import plainEnglish from '../../lexicons/plain-english.json';
import measuresAndEvidence from '../../lexicons/measures-and-evidence.json';
import problemsAndCritique from '../../lexicons/problems-and-critique.json';
import outcomesGeneral from '../../lexicons/outcomes-general.json';
import outcomesHealth from '../../lexicons/outcomes-health.json';
import outcomesPublicServices from '../../lexicons/outcomes-public-services.json';

export * from './lexicon/types';
export { compileLexicons, termVariants, type CompiledLexicon, type CompileOptions, type LexiconMatch } from './lexicon/matcher';

const BUILT_IN = [
  subjects,
  predicates,
  certainty,
  hype,
  plainEnglish,
  measuresAndEvidence,
  problemsAndCritique,
  outcomesGeneral,
  outcomesHealth,
  outcomesPublicServices,
] as unknown as LexiconFile[];

/** The lexicons shipped with Realist (checked by the unit tests, not at run time). */
export function builtInLexicons(): LexiconFile[] {
  return BUILT_IN;
}

/**
 * Checks a parsed lexicon file against the schema and the rules a schema cannot state (known
 * source ids, terms with words in them). Returns the usable part of the file, without the
 * entries that had problems, and one problem per fault. `fileName` is used in the problems.
 */
export function checkLexiconFile(json: unknown, fileName: string): { file?: LexiconFile; problems: ConfigProblem[] } {
  return checkLexiconValue(json, fileName);
}
