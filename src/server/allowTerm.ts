// The "Allow '<term>' in this workspace" command: adds the term to `allow` in `.realist.json`.
// The file is the project's shared truth, so the allowance is visible, reviewable and shared with
// colleagues, rather than hidden in one writer's editor settings.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { findConfigFile } from '../node/configFiles';
import type { AllowTermArguments } from '../shared/protocol';
import { fileUriToPath } from './clientCapabilities';

export const CONFIG_FILE_NAME = '.realist.json';

export interface AllowTermResult {
  configFile: string;
  /** False when the term was already allowed. */
  added: boolean;
  created: boolean;
}

/** Reads the command's argument, or says in plain words what is wrong with it. */
export function readAllowTermArguments(args: unknown[] | undefined): AllowTermArguments {
  const arg = args?.[0] as Partial<AllowTermArguments> | undefined;
  if (!arg || typeof arg.uri !== 'string' || typeof arg.term !== 'string' || arg.term.trim() === '') {
    throw new Error('the allow-term command needs { uri, term } with the document and the word to allow');
  }
  return { uri: arg.uri, term: arg.term.trim() };
}

/**
 * Which `.realist.json` gets the term: the one that governs the document (the nearest above it),
 * else a new one at the root of the workspace folder holding the document, else beside it.
 */
export function configFileForAllow(uri: string, workspaceFolders: readonly string[]): string {
  const docPath = fileUriToPath(uri);
  if (!docPath) {
    if (workspaceFolders.length > 0) return path.join(workspaceFolders[0], CONFIG_FILE_NAME);
    throw new Error('save the document first: there is no folder to put .realist.json in');
  }
  const dir = path.dirname(docPath);
  const existing = findConfigFile(dir);
  if (existing) return existing;
  const folder = workspaceFolders
    .filter((f) => isInside(docPath, f))
    .sort((a, b) => b.length - a.length)[0];
  return path.join(folder ?? dir, CONFIG_FILE_NAME);
}

/** Adds the term, keeping every other key and the order they are in; 2-space JSON. */
export async function addAllowedTerm(configFile: string, term: string): Promise<AllowTermResult> {
  const created = !existsSync(configFile);
  let config: Record<string, unknown> = {};
  if (!created) {
    const text = await readFile(configFile, 'utf8');
    if (text.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        // Never overwrite a file the user is in the middle of fixing.
        throw new Error(`${configFile} is not valid JSON (${(error as Error).message}); fix it, then try again`);
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`${configFile} should hold a JSON object`);
      }
      config = parsed as Record<string, unknown>;
    }
  }
  const allow = config.allow ?? [];
  if (!Array.isArray(allow)) throw new Error(`"allow" in ${configFile} should be a list of words`);
  if (allow.some((t) => typeof t === 'string' && t.toLowerCase() === term.toLowerCase())) {
    return { configFile, added: false, created: false };
  }
  config.allow = [...allow, term];
  await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`, 'utf8');
  return { configFile, added: true, created };
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
