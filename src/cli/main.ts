// The `realist` command. Must import './output' first: it guards stdout before any library loads.
import { writeStderr, writeStdout } from './output';
import * as fs from 'node:fs';
import { version } from '../../package.json';
import { createAnalyser } from '../core';
import { formatConfigProblem } from '../core/settings';
import { HELP_TEXT, parseArgs, UsageError, type CheckCommand, type RulesCommand } from './args';
import { exitCodeFor, runCheck } from './check';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { quietened, type RunReport } from './report';

const HELP_HINT = "Run 'realist --help' to see how to use it.";

function usageError(message: string): number {
  writeStderr(`realist: ${message}`);
  writeStderr(HELP_HINT);
  return 2;
}

async function listRules(command: RulesCommand): Promise<number> {
  const rules = createAnalyser({}).rules;
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
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    default:
      return formatText(report, { color });
  }
}

async function check(command: CheckCommand): Promise<number> {
  const outcome = await runCheck(command, {
    cwd: process.cwd(),
    version,
    // Printed once per problem as they are met, in the shape editors can jump to.
    onConfigProblem: (problem) => writeStderr(formatConfigProblem(problem)),
  });
  if (outcome.nothingToCheck) {
    const first = outcome.report.files[0];
    return usageError(first ? `nothing to check: '${first.display}': ${first.error}` : 'nothing to check');
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
