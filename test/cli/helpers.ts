// Shared helpers for the CLI tests: run the BUILT bin (out/cli.js) as a user would, and work
// out what the core analyser itself says about a file, so tests stay right as rules are tuned.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnalyser, LineIndex, type Analyser, type TextRange } from '../../src/core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'cli');
/** REALIST_CLI lets a developer point the tests at another build of the bin. */
export const CLI = process.env.REALIST_CLI ? path.resolve(process.env.REALIST_CLI) : path.join(REPO_ROOT, 'out', 'cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * `npm test` builds before mocha runs; this covers running mocha on its own after editing src.
 * Only when the default bin is used, and only when it is missing or older than src/.
 */
export function ensureBuilt(): void {
  if (process.env.REALIST_CLI) return;
  const stale = !fs.existsSync(CLI) || fs.statSync(CLI).mtimeMs < newestMtime(path.join(REPO_ROOT, 'src'));
  if (!stale) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runJson(args: string[], options: Parameters<typeof runCli>[1] = {}): { result: RunResult; report: any } {
  const result = runCli(['check', '--format', 'json', ...args], options);
  let report: any;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
  return { result, report };
}

/** A fresh temporary folder, removed by the caller's `after` via removeTempDirs(). */
const tempDirs: string[] = [];
export function makeTempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realist-cli-'));
  tempDirs.push(dir);
  // Pin default settings so no .realist.json above the temp folder changes results.
  fs.writeFileSync(path.join(dir, '.realist.json'), '{}\n');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

let defaultAnalyser: Analyser | undefined;
/** The analyser as the CLI builds it for a folder whose .realist.json is `{}`. */
export function analyser(): Analyser {
  defaultAnalyser ??= createAnalyser({ config: {}, extraLexicons: [] });
  return defaultAnalyser;
}

export interface ExpectedFinding {
  rule: string;
  category: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function span(lines: LineIndex, range: TextRange) {
  const start = lines.positionAt(range.start);
  const end = lines.positionAt(range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** What the core says about a file, in the JSON report's shape and order. */
export function expectedFindings(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  const languageId = path.extname(file) === '.txt' ? 'plaintext' : 'markdown';
  const lines = new LineIndex(text);
  return analyser()
    .analyse(text, languageId)
    .findings.map((f) => ({
      rule: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      ...span(lines, f.range),
      fixes: f.fixes.map((fix) => ({ title: fix.title, kind: fix.kind, text: fix.text, snippet: fix.snippet, ...span(lines, fix.range) })),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** 1-based line and column (UTF-16 code units) of the first occurrence of `needle`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`'${needle}' is not in the text`);
  const position = new LineIndex(text).positionAt(offset);
  return { line: position.line + 1, column: position.character + 1 };
}

export const HYPE_SENTENCE = 'The new platform will revolutionise patient care.';
export const ANCHORED_SENTENCE = 'Median wait fell from 18 to 12 weeks between March 2024 and March 2025.';
