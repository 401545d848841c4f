// Turns the PATHS given to `realist check` into the list of files to check.
// - an existing file is checked whatever its extension (the user named it);
// - a folder is searched recursively for .md, .markdown and .txt, skipping node_modules and
//   hidden (dot) folders and files;
// - anything else containing glob syntax is expanded with tinyglobby (same skips, same extensions);
// - '-' is standard input.
// A path that names nothing becomes a problem for that path; the other paths are still checked.
import * as fs from 'node:fs';
import * as path from 'node:path';
// require(), not import: esbuild then bundles tinyglobby's CommonJS build. Its ESM build (and
// fdir's) calls createRequire(import.meta.url), which is undefined in our CommonJS bundle.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

export const CHECKED_EXTENSIONS = ['.md', '.markdown', '.txt'];
export const STDIN_PATH = '-';

/** One file to check. */
export interface Target {
  /** Absolute path, or STDIN_PATH. */
  file: string;
  /** How reports name it: relative to the working directory when inside it, with forward slashes. */
  display: string;
}

/** A path argument that led to no file: reported as an error for that path. */
export interface PathProblem {
  display: string;
  message: string;
}

export interface Expansion {
  targets: Target[];
  problems: PathProblem[];
}

export function hasCheckedExtension(file: string): boolean {
  return CHECKED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Relative to cwd with '/' separators when inside cwd; absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  if (file === STDIN_PATH) return '<stdin>';
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return relative.split(path.sep).join('/');
}

function isSkippedName(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Checkable files under `dir`, sorted, following symlinks but never visiting a folder twice. */
function walkFolder(dir: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = (current: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(current);
    } catch {
      return;
    }
    if (visited.has(real)) return; // a symlink loop or a second link to the same folder
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return; // an unreadable sub-folder is skipped, like `find` would after its warning
    }
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      const full = path.join(current, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) visit(full);
      else if (isFile && hasCheckedExtension(entry.name)) found.push(full);
    }
  };
  visit(dir);
  // Plain code-unit order, not locale order: the same tree gives the same report everywhere.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function expandGlob(pattern: string, cwd: string): string[] {
  const matches = globSync(pattern.split(path.sep).join('/'), {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  return matches
    .map((m) => path.normalize(m))
    .filter(hasCheckedExtension)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Expands the path arguments in order, dropping duplicates (first mention wins). */
export function expandPaths(args: readonly string[], cwd: string): Expansion {
  const targets: Target[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ file, display: displayPath(file, cwd) });
  };

  for (const arg of args) {
    if (arg === STDIN_PATH) {
      add(STDIN_PATH);
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    // An existing path wins over glob syntax: a file may really be called 'notes[1].md'.
    if (stat?.isDirectory()) {
      const files = walkFolder(absolute);
      if (files.length === 0) problems.push({ display: arg, message: 'no .md, .markdown or .txt files in this folder' });
      files.forEach(add);
    } else if (stat) {
      add(absolute);
    } else if (isDynamicPattern(arg)) {
      const files = expandGlob(arg, cwd);
      if (files.length === 0) problems.push({ display: arg, message: 'no .md, .markdown or .txt files match this pattern' });
      files.forEach(add);
    } else {
      // Kept as a target so that reading it reports "file not found" alongside the others.
      add(absolute);
    }
  }
  return { targets, problems };
}
