// Checking a lexicon file: the JSON Schema first (lexicons/schema/lexicon.schema.json, the same
// file editors use), then what a schema cannot say: every entry names a source the file declares,
// and every term, form and exception has at least one word in it. Bad entries are dropped with a
// problem each; the good ones are kept so one typo does not silence a whole vocabulary.
import schema from '../../../lexicons/schema/lexicon.schema.json';
import type { ConfigProblem } from '../settings';
import { tokenize } from '../words';
import { locate, compileSchema, issuesToProblems, pruneValue, schemaIssues } from './schemaProblems';
import type { JsonDocument } from './jsonText';
import type { LexiconEntry, LexiconFile } from './types';
import type { ValidateFunction } from 'ajv';

let validateLexicon: ValidateFunction | undefined;

export interface LexiconCheck {
  /** The usable part of the file; undefined when nothing in it can be used. */
  file?: LexiconFile;
  problems: ConfigProblem[];
}

function baseName(fileName: string): string {
  return fileName.replace(/\\/g, '/').split('/').pop()!.replace(/\.json$/i, '');
}

/**
 * Checks a parsed lexicon. `doc` and `text`, when given, add line and column to problems.
 * The input is never modified.
 */
export function checkLexiconValue(json: unknown, fileName: string, doc?: JsonDocument, text?: string): LexiconCheck {
  const problem = (path: string, message: string): ConfigProblem => locate({ file: fileName, path, message }, doc, text);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { problems: [problem('', 'a lexicon file must be a JSON object with "name", "description", "pack", "sources" and "entries"')] };
  }
  validateLexicon ??= compileSchema(schema);
  const value = structuredClone(json) as Record<string, unknown>;
  validateLexicon(value);
  const issues = schemaIssues(validateLexicon.errors, { root: 'the lexicon', unitDepth: 2 });
  const problems = issuesToProblems(issues, fileName, doc, text);
  // Spoilt entries are skipped by index below (so indices in later messages stay right); every
  // other spoilt part is removed now.
  const droppedEntries = new Set<number>();
  const otherPrunes: string[] = [];
  for (const issue of issues) {
    const entry = issue.prune !== undefined ? /^\/entries\/(\d+)$/.exec(issue.prune) : null;
    if (entry) droppedEntries.add(Number(entry[1]));
    else if (issue.prune !== undefined) otherPrunes.push(issue.prune);
  }
  pruneValue(value, otherPrunes);

  // What survives the schema check, with defaults for missing or spoilt top-level parts.
  const sources = isPlainObject(value.sources) ? (value.sources as LexiconFile['sources']) : {};
  const file: LexiconFile = {
    name: typeof value.name === 'string' && value.name ? value.name : baseName(fileName),
    description: typeof value.description === 'string' ? value.description : '',
    pack: typeof value.pack === 'string' ? (value.pack as LexiconFile['pack']) : 'general',
    sources,
    entries: [],
  };
  if (typeof value.$schema === 'string') file.$schema = value.$schema;
  const rawEntries = Array.isArray(value.entries) ? (value.entries as LexiconEntry[]) : [];
  rawEntries.forEach((entry, index) => {
    if (droppedEntries.has(index)) return;
    const at = `/entries/${index}`;
    const entryProblems: ConfigProblem[] = [];
    if (!Object.prototype.hasOwnProperty.call(sources, entry.source)) {
      const known = Object.keys(sources);
      entryProblems.push(problem(`${at}/source`, `entries/${index}/source '${entry.source}' is not one of this file's sources${known.length ? ` (${known.join(', ')})` : ' (the file declares none)'}`));
    }
    if (!hasWords(entry.term)) entryProblems.push(problem(`${at}/term`, `entries/${index}/term '${entry.term}' has no words or symbols to match`));
    (entry.forms ?? []).forEach((form, f) => {
      if (!hasWords(form)) entryProblems.push(problem(`${at}/forms/${f}`, `entries/${index}/forms/${f} '${form}' has no words or symbols to match`));
    });
    (entry.except ?? []).forEach((phrase, f) => {
      if (!hasWords(phrase)) entryProblems.push(problem(`${at}/except/${f}`, `entries/${index}/except/${f} '${phrase}' has no words or symbols to match`));
    });
    if (entryProblems.length) problems.push(...entryProblems);
    else file.entries.push(entry);
  });
  return { file, problems };
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasWords(text: string): boolean {
  return tokenize(text).length > 0;
}
