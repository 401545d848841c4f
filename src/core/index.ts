// The public face of the core: everything the doors (CLI, language server, VS Code client)
// may use. The doors import from here only.
export * from './types';
export { RULE_IDS, isRuleId, ruleDocsUrl, type RuleId } from './rules/ids';
export { createAnalyser, BlockCache, type Analyser, type AnalyserOptions, type RuleMeta } from './analyse';
export { LineIndex, type Position } from './lineIndex';
export { applyEdit, applyFix } from './edits';
export { summarise, type DocumentSummary } from './summary';
export { disableLineEdit, disableFileEdit } from './controls';
export { checkLexiconFile, builtInLexicons, type LexiconFile, type LexiconEntry } from './lexicon';
export { formatConfigProblem, type RealistConfig, type ConfigProblem, type RuleSetting } from './settings';
export type { ModelWeights } from './model';
