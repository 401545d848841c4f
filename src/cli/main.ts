// The `realist` command. Must import './output' first: it guards stdout before any library loads.
import { writeStderr, writeStdout } from './output';
import * as fs from 'node:fs';
import { version } from '../../package.json';
import { HELP_TEXT, parseArgs, UsageError, type CheckCommand, type RulesCommand } from './args';
import type { RunReport } from './report';

// The analyser (lexicons, natural) is loaded only by the commands that need it: a module first
// reached through require() stays lazy in esbuild's bundle, so --help, --version and usage
// errors answer at once.
const lazy = {
  core: () => require('../core') as typeof import('../core'),
  settings: () => require('../core/settings') as typeof import('../core/settings'),
  check: () => require('./check') as typeof import('./check'),
  report: () => require('./report') as typeof import('./report'),
  json: () => require('./formats/json') as typeof import('./formats/json'),
  sarif: () => require('./formats/sarif') as typeof import('./formats/sarif'),
  text: () => require('./formats/text') as typeof import('./formats/text'),
};
const HELP_HINT = "Run 'realist --help' to see how to use it.";

function usageError(message: string): number {
  writeStderr(`realist: ${message}`);
  writeStderr(HELP_HINT);
  return 2;
}

async function listRules(command: RulesCommand): Promise<number> {
  const { createAnalyser, RULE_IDS } = lazy.core();
  // In the documented order (RULE_IDS), whatever order the analyser keeps them in.
  const rank = (id: string) => {
    const i = (RULE_IDS as readonly string[]).indexOf(id);
    return i < 0 ? RULE_IDS.length : i;
  };
  const rules = [...createAnalyser({}).rules].sort((a, b) => rank(a.id) - rank(b.id));
  if (command.format === 'json') {
    const list = rules.map((r) => ({ id: r.id, category: r.category, defaultSeverity: r.defaultSeverity, description: r.description, docsUrl: r.docsUrl }));
    await writeStdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const rows = [['rule', 'category', 'default', 'docs'], ...rules.map((r) => [r.id, r.category, r.defaultSeverity, r.docsUrl])];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col].length)));
  const lines = rows.map((row) => row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col]) : cell)).join('  '));
  await writeStdout(`${lines.join('\n')}\n`);
  return 0;
}

function render(report: RunReport, command: CheckCommand, color: boolean): string {
  switch (command.format) {
    case 'json':
      return lazy.json().formatJson(report);
    case 'sarif':
      return lazy.sarif().formatSarif(report);
    default:
      return lazy.text().formatText(report, { color });
  }
}

async function check(command: CheckCommand): Promise<number> {
  const { exitCodeFor, runCheck } = lazy.check();
  const { formatConfigProblem } = lazy.settings();
  const { quietened } = lazy.report();
  const outcome = await runCheck(command, {
    cwd: process.cwd(),
    version,
    // Printed once per problem as they are met, in the shape editors can jump to.
    onConfigProblem: (problem) => writeStderr(formatConfigProblem(problem)),
  });
  if (outcome.nothingToCheck) {
    const why = outcome.report.files.map((f) => `'${f.display}' (${f.error})`).join(', ');
    return usageError(`nothing to check: ${why}`);
  }
  if (outcome.report.configProblems.length > 0) {
    writeStderr('realist: the settings above could not be used; those parts fell back to the defaults.');
  }
  const report = command.quiet ? quietened(outcome.report, command.failOn) : outcome.report;
  const toTerminal = command.output === undefined && command.format === 'text';
  // When the report goes to a file or is JSON/SARIF, nobody reads it live: say on stderr
  // which files were not checked, so a CI log shows it.
  if (!toTerminal) {
    for (const file of report.files) if (file.error !== undefined) writeStderr(`realist: ${file.display}: ${file.error}`);
  }
  const color = toTerminal && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = render(report, command, color);
  if (command.output !== undefined) {
    try {
      fs.writeFileSync(command.output, text);
    } catch (error) {
      writeStderr(`realist: could not write the report to '${command.output}': ${(error as Error).message}`);
      return 2;
    }
  } else {
    await writeStdout(text);
  }
  return exitCodeFor(outcome, command.failOn);
}

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
  switch (command.kind) {
    case 'help':
      await writeStdout(HELP_TEXT);
      return 0;
    case 'version':
      await writeStdout(`${version}\n`);
      return 0;
    case 'rules':
      return listRules(command);
    case 'check':
      return check(command);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    writeStderr(`realist: an internal error stopped the run: ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = 2;
  },
);
