// Runs `realist check`: expands the paths, reads each file, finds its settings, analyses it
// with the analyser for its config file (one analyser per distinct config file, reused), and
// gathers everything into a RunReport. Output and exit codes are main.ts's job.
import * as path from 'node:path';
import { createAnalyser, LineIndex, type Analyser } from '../core';
import { formatConfigProblem, type ConfigProblem } from '../core/settings';
import { findConfigFile, loadSettingsFor } from '../node/configFiles';
import type { CheckCommand } from './args';
import { displayPath, expandPaths, STDIN_PATH } from './files';
import { readTarget } from './read';
import { byPosition, isAtLeast, locateFinding, spanOf, type FileReport, type LocatedNotice, type RunReport } from './report';

export interface CheckOutcome {
  report: RunReport;
  /** True when no path led to any file: a usage error, reported without a report. */
  nothingToCheck: boolean;
  /** True when some file could not be checked or a path matched nothing. */
  anyUnreadable: boolean;
}

/** Settings resolution, cached: config file lookups per folder, analysers per config file. */
class AnalyserPool {
  private readonly configByFolder = new Map<string, string | undefined>();
  private readonly analyserByConfig = new Map<string, Analyser>();
  private defaultAnalyser: Analyser | undefined;
  readonly problems: ConfigProblem[] = [];
  private readonly seenProblems = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly onProblem: (problem: ConfigProblem) => void,
  ) {}

  /** The analyser with default settings: its rule list describes the rules in reports. */
  get defaults(): Analyser {
    this.defaultAnalyser ??= createAnalyser({});
    return this.defaultAnalyser;
  }

  analyserFor(file: string): Analyser {
    const folder = path.dirname(file);
    if (!this.configByFolder.has(folder)) this.configByFolder.set(folder, findConfigFile(folder));
    const configFile = this.configByFolder.get(folder);
    if (configFile === undefined) return this.defaults;

    let analyser = this.analyserByConfig.get(configFile);
    if (analyser) return analyser;
    try {
      // The CLI runs on files its user chose to check, so their settings are trusted (extra
      // lexicons are data matched on stems, never code or regular expressions).
      const settings = loadSettingsFor(file, { trusted: true });
      settings.problems.forEach((p) => this.report(p));
      analyser = createAnalyser({ config: settings.config, extraLexicons: settings.extraLexicons });
    } catch (error) {
      this.report({ file: configFile, path: '', message: `could not be loaded (${(error as Error).message}); defaults were used` });
      analyser = this.defaults;
    }
    this.analyserByConfig.set(configFile, analyser);
    return analyser;
  }

  /** Each problem once, even when two config files share a broken lexicon. */
  private report(found: ConfigProblem): void {
    // Shown like checked files: relative to the working directory when inside it.
    const problem = { ...found, file: path.isAbsolute(found.file) ? displayPath(found.file, this.cwd) : found.file };
    const key = formatConfigProblem(problem);
    if (this.seenProblems.has(key)) return;
    this.seenProblems.add(key);
    this.problems.push(problem);
    this.onProblem(problem);
  }
}

async function checkOne(target: { file: string; display: string }, pool: AnalyserPool, cwd: string): Promise<FileReport> {
  const report: FileReport = { file: target.file, display: target.display, findings: [], notices: [] };
  const read = await readTarget(target.file);
  if (!read.ok) {
    report.error = read.error;
    return report;
  }
  const lines = new LineIndex(read.text);
  const notices: LocatedNotice[] = read.warnings.map((w) => ({
    severity: 'warning',
    message: w.message,
    span: w.offset === undefined ? undefined : spanOf(lines, { start: w.offset, end: Math.min(w.offset + 1, read.text.length) }),
  }));
  try {
    // Stdin has no folder of its own: its settings come from the working directory.
    const settingsPath = target.file === STDIN_PATH ? path.join(cwd, 'stdin.md') : target.file;
    const result = pool.analyserFor(settingsPath).analyse(read.text, read.languageId);
    report.findings = result.findings.map((f) => locateFinding(f, read.text, lines)).sort(byPosition);
    for (const notice of result.notices) {
      notices.push({ severity: notice.severity, message: notice.message, span: notice.range ? spanOf(lines, notice.range) : undefined });
    }
  } catch (error) {
    // A bug in Realist must not hide the other files' results.
    report.error = `Realist failed while checking this file: ${(error as Error).message ?? String(error)}`;
  }
  report.notices = notices;
  return report;
}

export async function runCheck(
  command: CheckCommand,
  options: { cwd: string; version: string; onConfigProblem: (problem: ConfigProblem) => void },
): Promise<CheckOutcome> {
  const expansion = expandPaths(command.paths, options.cwd);
  const pool = new AnalyserPool(options.cwd, options.onConfigProblem);
  const files: FileReport[] = [];
  for (const target of expansion.targets) files.push(await checkOne(target, pool, options.cwd));
  // Paths that matched nothing are reported like unreadable files, after the files that exist.
  for (const problem of expansion.problems) {
    files.push({ file: problem.display, display: problem.display, findings: [], notices: [], error: problem.message, matchedNothing: true });
  }
  const report: RunReport = {
    cwd: options.cwd,
    version: options.version,
    rules: pool.defaults.rules,
    files,
    configProblems: pool.problems,
  };
  return {
    report,
    nothingToCheck: expansion.targets.length === 0,
    anyUnreadable: files.some((f) => f.error !== undefined),
  };
}

/** 0: nothing at or above the threshold; 1: something is; 2: a file unread or a config broken. */
export function exitCodeFor(outcome: CheckOutcome, failOn: CheckCommand['failOn']): number {
  if (outcome.anyUnreadable || outcome.report.configProblems.length > 0) return 2;
  const failing = outcome.report.files.some((f) => f.findings.some((x) => isAtLeast(x.severity, failOn)));
  return failing ? 1 : 0;
}
