// Finding and reading `.realist.json` and the lexicon files it names, for the doors that run on
// Node (CLI, language server). Checking is the core's job (config.ts); this module only deals
// with the file system: discovery upwards, read errors named per file, and a cache keyed by path,
// modification time and size so that checking a thousand files reads each config once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseConfigText, parseLexiconText } from '../core/config';
import type { LexiconFile } from '../core/lexicon';
import type { ConfigProblem, RealistConfig } from '../core/settings';

/** Larger lexicon or config files are refused: they are hand-written lists, not data dumps. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadedSettings {
  /** The valid settings of the nearest `.realist.json` ({} when there is none or it is ignored). */
  config: RealistConfig;
  /** The usable parts of the lexicon files it names, in the order it names them. */
  extraLexicons: LexiconFile[];
  /** Problems in the config file and in each lexicon file, each naming its file. */
  problems: ConfigProblem[];
  /** The config file used, if any. */
  configFile?: string;
}

export interface LoadOptions {
  /**
   * Whether the workspace's own files may configure Realist. When false (an untrusted workspace
   * in an editor), `.realist.json` and its lexicons are ignored entirely: built-ins only.
   */
  trusted: boolean;
}

/** The nearest `.realist.json` in `startDir` or a folder above it, up to the file-system root. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The settings that apply to a file (or to a folder, when given one). */
export function loadSettingsFor(filePath: string, options: LoadOptions): LoadedSettings {
  if (!options.trusted) return { config: {}, extraLexicons: [], problems: [] };
  const resolved = path.resolve(filePath);
  const startDir = isDirectory(resolved) ? resolved : path.dirname(resolved);
  const configFile = findConfigFile(startDir);
  if (configFile === undefined) return { config: {}, extraLexicons: [], problems: [] };

  const read = readCached(configFile, (text) => parseConfigText(text, configFile));
  if (!read.ok) {
    return { config: {}, extraLexicons: [], problems: [{ file: configFile, path: '', message: `this file ${read.reason}; default settings are used` }], configFile };
  }
  const { config } = read.value;
  const problems = [...read.value.problems];
  const extraLexicons: LexiconFile[] = [];
  const baseDir = path.dirname(configFile);
  (config.lexicons ?? []).forEach((listed, i) => {
    const lexiconFile = path.resolve(baseDir, listed);
    const lexicon = readCached(lexiconFile, (text) => parseLexiconText(text, lexiconFile));
    if (!lexicon.ok) {
      problems.push({ file: configFile, path: `/lexicons/${i}`, message: `lexicon file '${listed}' ${lexicon.reason} (looked for ${lexiconFile}); the other lexicons are still used` });
      return;
    }
    problems.push(...lexicon.value.problems);
    if (lexicon.value.file) extraLexicons.push(lexicon.value.file);
  });
  return { config, extraLexicons, problems, configFile };
}

/** Forgets every file read so far (for tests, or when an editor says files changed). */
export function clearSettingsCache(): void {
  cache.clear();
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

interface CacheEntry {
  mtimeMs: number;
  size: number;
  value: unknown;
}
const cache = new Map<string, CacheEntry>();

/** Reads and parses a file unless the same version (mtime and size) was parsed before. */
function readCached<T>(file: string, parse: (text: string) => T): Read<T> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    cache.delete(file);
    return { ok: false, reason: describeReadError(error) };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
  if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return { ok: true, value: cached.value as T };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  const value = parse(text);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, value });
  return { ok: true, value };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${(error as Error)?.message ?? String(error)})`;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
