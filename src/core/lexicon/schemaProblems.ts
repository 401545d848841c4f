// JSON Schema checking for configuration and lexicon files, with ajv doing the checking and this
// module doing the talking: ajv's errors become ConfigProblems with a JSON pointer, a position
// when the text is known, and a plain-English message ("entries/3/kind must be one of: ...").
// It also works out which part of the value each error spoils, so the caller can drop just that
// part (one entry, one rule setting) and keep the rest: a typo in one entry must not silence a
// whole lexicon.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { ConfigProblem } from '../settings';
import { positionOf, type JsonDocument } from './jsonText';

export interface SchemaIssue {
  /** Where the problem is (JSON pointer). */
  pointer: string;
  message: string;
  /** The part of the value to drop because of it, or undefined when nothing needs dropping. */
  prune?: string;
}

let ajv: Ajv | undefined;

/** Compiles one of our own schemas (never a user's: no user-supplied pattern is ever compiled). */
export function compileSchema(schema: object): ValidateFunction {
  ajv ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false });
  return ajv.compile(schema);
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** 'entries/3/kind' for messages; the caller names the root ('the file', 'the configuration'). */
export function pointerLabel(pointer: string, root: string): string {
  return pointer === '' ? root : pointer.slice(1);
}

const ARTICLE_TYPES: Record<string, string> = {
  string: 'a string',
  array: 'a list (a JSON array)',
  object: 'an object',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function describeTypes(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => ARTICLE_TYPES[String(t)] ?? String(t)).join(' or ');
}

/** Describes the branches of an anyOf/oneOf: '"off", "error", ... or an object like {"severity": ...}'. */
function describeBranches(branches: unknown[]): string {
  const parts: string[] = [];
  for (const b of branches) {
    const branch = b as { enum?: unknown[]; type?: unknown; properties?: Record<string, unknown>; required?: string[] };
    if (branch.enum) parts.push(...branch.enum.map((v) => JSON.stringify(v)));
    else if (branch.type === 'object' && branch.required?.length) parts.push(`an object with ${branch.required.map((r) => `"${r}"`).join(', ')}`);
    else parts.push(describeTypes(branch.type));
  }
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : parts.join('');
}

/** The first `depth` segments of a pointer: the unit that an error inside it spoils. */
function truncate(pointer: string, depth: number): string {
  const segments = pointer.split('/').slice(1, depth + 1);
  return segments.length ? `/${segments.join('/')}` : '';
}

export interface IssueOptions {
  /** What to call the root in messages. */
  root: string;
  /** Pointer depth of the parts that are dropped whole (2: '/entries/3', '/rules/hype-term'). */
  unitDepth: number;
  /** A better message for particular errors (e.g. unknown rule ids); undefined keeps the default. */
  describe?: (error: ErrorObject, label: string) => string | undefined;
}

export function schemaIssues(errors: ErrorObject[] | null | undefined, options: IssueOptions): SchemaIssue[] {
  if (!errors) return [];
  // Errors inside a failed anyOf/oneOf describe each branch's failure; one message about the
  // alternatives reads better, so branch errors are dropped when their union failed.
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue; // its 'then' errors say what is wrong
    if (unions.some((u) => u !== error && error.schemaPath.startsWith(`${u.schemaPath}/`))) continue;
    const issue = toIssue(error, options);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject, options: IssueOptions): SchemaIssue {
  const at = error.instancePath;
  const label = pointerLabel(at, options.root);
  const params = error.params as Record<string, unknown>;
  const custom = options.describe?.(error, label);
  const pruneUnit = truncate(at, options.unitDepth);
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      // A missing top-level property is filled with its default by the caller; a missing property
      // of an entry spoils that entry.
      return { pointer: at, message: custom ?? `${label} is missing '${missing}'`, prune: at === '' ? undefined : pruneUnit };
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const pointer = `${at}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const message = custom ?? `${label} has an unknown property '${property}'; the known ones are: ${Object.keys((error.parentSchema as { properties?: object })?.properties ?? {}).join(', ')}`;
      // Only the unknown property goes; the rest of its object is still good.
      return { pointer, message, prune: pointer };
    }
    case 'type':
      return { pointer: at, message: custom ?? `${label} must be ${describeTypes(params.type)}`, prune: pruneUnit };
    case 'enum':
      return { pointer: at, message: custom ?? `${label} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`, prune: pruneUnit };
    case 'anyOf':
    case 'oneOf':
      return { pointer: at, message: custom ?? `${label} must be ${describeBranches((error.schema as unknown[]) ?? [])}`, prune: pruneUnit };
    case 'minLength':
      return { pointer: at, message: custom ?? `${label} must not be empty`, prune: pruneUnit };
    case 'maxLength':
      return { pointer: at, message: custom ?? `${label} must be at most ${String(params.limit)} characters long`, prune: pruneUnit };
    case 'pattern': {
      const description = (error.parentSchema as { description?: string })?.description;
      return { pointer: at, message: custom ?? `${label} is not valid${description ? `: ${lowerFirst(description)}` : ''}`, prune: pruneUnit };
    }
    default:
      return { pointer: at, message: custom ?? `${label} ${error.message ?? 'is not valid'}`, prune: pruneUnit };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Removes the values at the given pointers (array items without shifting the others first). */
export function pruneValue(value: unknown, pointers: Iterable<string>): void {
  const arrayDrops = new Map<unknown[], Set<number>>();
  for (const pointer of pointers) {
    const segments = splitPointer(pointer);
    if (segments.length === 0) continue;
    let parent: unknown = value;
    for (const segment of segments.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[segment] : undefined;
    }
    const last = segments[segments.length - 1];
    if (Array.isArray(parent)) {
      const set = arrayDrops.get(parent) ?? new Set<number>();
      set.add(Number(last));
      arrayDrops.set(parent, set);
    } else if (parent !== null && typeof parent === 'object') {
      delete (parent as Record<string, unknown>)[last];
    }
  }
  for (const [array, drops] of arrayDrops) {
    const kept = array.filter((_, i) => !drops.has(i));
    array.length = 0;
    array.push(...kept);
  }
}

/** Turns issues into problems, with line and column when the document text is known. */
export function issuesToProblems(issues: SchemaIssue[], file: string, doc?: JsonDocument, text?: string): ConfigProblem[] {
  return issues.map((issue) => locate({ file, path: issue.pointer, message: issue.message }, doc, text));
}

/** Adds the position of the problem's value (or its nearest present parent) when known. */
export function locate(problem: ConfigProblem, doc?: JsonDocument, text?: string): ConfigProblem {
  if (!doc || text === undefined) return problem;
  let pointer = problem.path;
  for (;;) {
    const offset = doc.offsets.get(pointer);
    if (offset !== undefined) return { ...problem, ...positionOf(text, offset) };
    if (pointer === '') return problem;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
}
