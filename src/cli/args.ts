// Command-line parsing for `realist`. Hand-written rather than a library: the grammar is small,
// and we want every mistake to become one plain-English sentence (a UsageError), never a stack.
import type { Severity } from '../core';

export type ReportFormat = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  kind: 'check';
  format: ReportFormat;
  failOn: Severity;
  /** Write the report here instead of stdout. */
  output?: string;
  /** Report only findings at or above `failOn`, and no notices. */
  quiet: boolean;
  /** Files, folders, globs, or '-' for stdin, in the order given. */
  paths: string[];
}

export interface RulesCommand {
  kind: 'rules';
  format: 'text' | 'json';
}

export type Command = { kind: 'help' } | { kind: 'version' } | RulesCommand | CheckCommand;

/** A mistake in how realist was called: reported as one line plus a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];
export const FAIL_ON_LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

export const HELP_TEXT = `Realist: checks strategy documents for feature-focused, unmeasured and optimistic claims.

Usage:
  realist check [options] PATHS...   check files, folders and globs (.md, .markdown, .txt)
  realist rules [--format text|json] list the rules with their category, severity and docs
  realist --help                     show this help
  realist --version                  show the version

Options for check:
  -f, --format text|json|sarif   report format (default: text)
      --fail-on error|warning|info
                                 exit with code 1 when a finding is at or above this
                                 severity (default: error)
  -o, --output FILE              write the report to FILE instead of standard output
  -q, --quiet                    report only findings at or above the --fail-on severity
  -                              read Markdown from standard input

Paths:
  Folders are searched recursively for .md, .markdown and .txt files, skipping node_modules
  and hidden folders. Quote globs so that realist expands them: realist check 'docs/**/*.md'

Exit codes:
  0  nothing at or above --fail-on
  1  at least one finding at or above --fail-on
  2  a usage error, a file that could not be read, or a broken configuration file

Settings come from the nearest .realist.json above each checked file.
`;

const SHORT_OPTIONS: Record<string, string> = { '-f': '--format', '-o': '--output', '-q': '--quiet', '-h': '--help', '-v': '--version' };

/** Parses `argv` (without `node` and the script path) into a command, or throws UsageError. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) {
    throw new UsageError("no command given: try 'realist check docs/' to check a folder");
  }
  // --help and --version win wherever they appear, as in most command-line tools.
  const beforeDoubleDash = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeDoubleDash.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (beforeDoubleDash.some((a) => a === '--version' || a === '-v')) return { kind: 'version' };

  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return parseCheck(rest);
    case 'rules':
      return parseRules(rest);
    case 'help':
      return { kind: 'help' };
    default:
      if (command.startsWith('-')) throw new UsageError(`unknown option '${command}' before the command`);
      throw new UsageError(`unknown command '${command}': the commands are 'check' and 'rules'`);
  }
}

interface RawOption {
  name: string;
  value?: string;
}

/** Splits argv into options (with their values) and positional arguments. */
function splitOptions(args: readonly string[], takesValue: ReadonlySet<string>): { options: RawOption[]; positional: string[] } {
  const options: RawOption[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    // A lone '-' is the conventional name for standard input, not an option.
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = SHORT_OPTIONS[rawName] ?? rawName;
    if (!takesValue.has(name)) {
      if (eq > 0) throw new UsageError(`option '${rawName}' does not take a value`);
      options.push({ name });
      continue;
    }
    if (eq > 0) {
      options.push({ name, value: arg.slice(eq + 1) });
    } else if (i + 1 < args.length && !(args[i + 1].startsWith('-') && args[i + 1] !== '-')) {
      options.push({ name, value: args[++i] });
    } else {
      throw new UsageError(`option '${rawName}' needs a value`);
    }
  }
  return { options, positional };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`'${value}' is not a valid value for ${option}: use ${allowed.join(', ')}`);
}

function parseCheck(args: readonly string[]): CheckCommand {
  const { options, positional } = splitOptions(args, new Set(['--format', '--fail-on', '--output']));
  const command: CheckCommand = { kind: 'check', format: 'text', failOn: 'error', quiet: false, paths: positional };
  for (const option of options) {
    const value = option.value ?? '';
    switch (option.name) {
      case '--format':
        command.format = oneOf('--format', value, FORMATS);
        break;
      case '--fail-on':
        command.failOn = oneOf('--fail-on', value, FAIL_ON_LEVELS);
        break;
      case '--output':
        if (value === '') throw new UsageError("option '--output' needs a file name");
        command.output = value;
        break;
      case '--quiet':
        command.quiet = true;
        break;
      default:
        throw new UsageError(`unknown option '${option.name}'`);
    }
  }
  if (command.paths.length === 0) {
    throw new UsageError("no paths given: name the files, folders or globs to check, e.g. 'realist check docs/'");
  }
  if (command.paths.filter((p) => p === '-').length > 1) {
    throw new UsageError("standard input ('-') can be named only once");
  }
  return command;
}

function parseRules(args: readonly string[]): RulesCommand {
  const { options, positional } = splitOptions(args, new Set(['--format']));
  const command: RulesCommand = { kind: 'rules', format: 'text' };
  for (const option of options) {
    if (option.name !== '--format') throw new UsageError(`unknown option '${option.name}' for 'realist rules'`);
    command.format = oneOf('--format', option.value ?? '', ['text', 'json'] as const);
  }
  if (positional.length > 0) throw new UsageError(`'realist rules' takes no paths, but got '${positional[0]}'`);
  return command;
}
