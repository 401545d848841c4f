// Reading `.realist.json` and lexicon files from their text: JSON syntax errors with line and
// column, schema problems with a JSON pointer (and a position), unknown rule ids named with the
// known ones. On any problem the valid parts are still used and the rest falls back to
// defaults, so one typo never turns Realist off. Pure: the doors read the files (src/node).
import configSchema from '../../lexicons/schema/realist-config.schema.json';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkLexiconValue, type LexiconCheck } from './lexicon/check';
import { parseJsonText, type JsonDocument } from './lexicon/jsonText';
import { compileSchema, issuesToProblems, locate, pruneValue, schemaIssues, splitPointer } from './lexicon/schemaProblems';
import { RULE_IDS } from './rules/ids';
import type { ConfigProblem, RealistConfig } from './settings';
import { tokenize } from './words';

export const CONFIG_FILE_NAME = '.realist.json';

export interface ConfigCheck {
  /** The usable settings: everything that was valid. */
  config: RealistConfig;
  problems: ConfigProblem[];
}

let validateConfig: ValidateFunction | undefined;

/** The config schema with its rule list taken from RULE_IDS, so the two cannot drift apart. */
function configValidator(): ValidateFunction {
  if (validateConfig) return validateConfig;
  const schema = structuredClone(configSchema) as { properties: { rules: { properties: Record<string, unknown> } } };
  const documented = schema.properties.rules.properties;
  schema.properties.rules.properties = Object.fromEntries(
    RULE_IDS.map((id) => [id, documented[id] ?? { $ref: '#/definitions/ruleSetting' }]),
  );
  validateConfig = compileSchema(schema);
  return validateConfig;
}

/** Parses and checks the text of a `.realist.json`. */
export function parseConfigText(text: string, fileName: string): ConfigCheck {
  const doc = parseJsonText(text);
  if (doc.error) {
    const { message, line, column } = doc.error;
    return { config: {}, problems: [{ file: fileName, path: '', message: `${message} (the file is not valid JSON, so default settings are used)`, line, column }] };
  }
  const result = checkConfigValue(doc.value, fileName, doc, text);
  return { config: result.config, problems: [...duplicateProblems(doc, fileName, text), ...result.problems] };
}

/** Checks settings that are already parsed (e.g. sent by an editor). */
export function checkConfig(value: unknown, fileName: string): ConfigCheck {
  return checkConfigValue(value, fileName);
}

/** Parses and checks the text of a lexicon file; the usable part is returned even with problems. */
export function parseLexiconText(text: string, fileName: string): LexiconCheck {
  const doc = parseJsonText(text);
  if (doc.error) {
    const { message, line, column } = doc.error;
    return { problems: [{ file: fileName, path: '', message: `${message} (the file is not valid JSON, so none of its entries are used)`, line, column }] };
  }
  const result = checkLexiconValue(doc.value, fileName, doc, text);
  return { file: result.file, problems: [...duplicateProblems(doc, fileName, text), ...result.problems] };
}

function duplicateProblems(doc: JsonDocument, fileName: string, text: string): ConfigProblem[] {
  return doc.duplicates.map((pointer) => {
    const name = splitPointer(pointer).pop() ?? '';
    return locate({ file: fileName, path: pointer, message: `'${name}' is given more than once; the last one is used` }, doc, text);
  });
}

function checkConfigValue(value: unknown, fileName: string, doc?: JsonDocument, text?: string): ConfigCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { config: {}, problems: [locate({ file: fileName, path: '', message: 'the configuration must be a JSON object, e.g. {"rules": {"hype-term": "off"}}; default settings are used' }, doc, text)] };
  }
  const validate = configValidator();
  const copy = structuredClone(value) as Record<string, unknown>;
  validate(copy);
  const issues = schemaIssues(validate.errors, { root: 'the configuration', unitDepth: 2, describe: describeConfigError });
  const problems = issuesToProblems(issues, fileName, doc, text);
  pruneValue(copy, issues.flatMap((i) => (i.prune !== undefined ? [i.prune] : [])));

  // `allow` phrases must have something to match, like lexicon terms.
  if (Array.isArray(copy.allow)) {
    const allow = copy.allow as string[];
    const empty = allow.map((phrase, i) => (tokenize(phrase).length === 0 ? i : -1)).filter((i) => i >= 0);
    for (const i of empty) {
      problems.push(locate({ file: fileName, path: `/allow/${i}`, message: `allow/${i} '${allow[i]}' has no words to match` }, doc, text));
    }
    copy.allow = allow.filter((_, i) => !empty.includes(i));
  }

  const config: RealistConfig = {};
  if (isObject(copy.rules)) config.rules = copy.rules as RealistConfig['rules'];
  if (Array.isArray(copy.lexicons)) config.lexicons = copy.lexicons as string[];
  if (Array.isArray(copy.packs)) {
    // A list whose every pack was misspelt falls back to the default (all packs), not to
    // 'general' alone: a typo should not quietly switch vocabularies off.
    const emptiedByProblems = copy.packs.length === 0 && Array.isArray((value as Record<string, unknown>).packs) && ((value as Record<string, unknown>).packs as unknown[]).length > 0;
    if (!emptiedByProblems) config.packs = [...new Set(copy.packs as string[])];
  }
  if (Array.isArray(copy.allow)) config.allow = copy.allow as string[];
  return { config, problems };
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Messages that need to know what the configuration means, not just its shape. */
function describeConfigError(error: ErrorObject, label: string): string | undefined {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties' && error.instancePath === '/rules') {
    const id = String(params.additionalProperty);
    const guess = closest(id, RULE_IDS);
    return `'${id}' is not a rule${guess ? ` (did you mean '${guess}'?)` : ''}; the rules are: ${RULE_IDS.join(', ')}`;
  }
  if (error.keyword === 'additionalProperties' && error.instancePath === '') {
    const name = String(params.additionalProperty);
    const known = ['rules', 'lexicons', 'packs', 'allow'];
    const guess = closest(name, known);
    return `'${name}' is not a setting${guess ? ` (did you mean '${guess}'?)` : ''}; the settings are: ${known.join(', ')}`;
  }
  if (error.keyword === 'anyOf' && error.instancePath.startsWith('/rules/')) {
    return `${label} must be "off", "error", "warning" or "info", or an object like {"severity": "warning"}`;
  }
  return undefined;
}

/** The known name nearest to a mistyped one (edit distance at most 3), if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
