// Settings for one document: the user's `realist.*` settings from the editor, merged with the
// nearest `.realist.json` above the document.
//
// Precedence (also in docs/language-server.md): `.realist.json` is the project's shared truth,
// so its packs, lexicons and allow list always apply. The user's own settings are personal
// adjustments layered on top: a rule level set in `realist.rules` overrides the file's level for
// that rule (a writer may silence a rule they find noisy, or raise one), the user's allow list is
// added to the file's, and `realist.packs` applies only when the file names no packs.
// `enable`, `debounceMs` and `languages` exist only as editor settings.
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { AnalyserOptions, LexiconFile } from '../core';
import { formatConfigProblem, type ConfigProblem, type RealistConfig, type RuleSetting } from '../core/settings';
import { clearSettingsCache, loadSettingsFor, type LoadedSettings } from '../node/configFiles';
import { DEFAULT_SETTINGS, type RealistSettings } from '../shared/protocol';
import { fileUriToPath, type ClientFeatures } from './clientCapabilities';
import { showError } from './userMessages';

export interface EffectiveSettings {
  user: RealistSettings;
  /** What createAnalyser takes: the merged config and the extra lexicons the file named. */
  options: AnalyserOptions;
  /** Equal keys mean equal analyser options: analysers and block caches are shared by key. */
  key: string;
  configFile?: string;
}

interface FileSettings {
  config: RealistConfig;
  extraLexicons: LexiconFile[];
  configFile?: string;
}

const RULE_LEVELS = new Set(['off', 'error', 'warning', 'info']);
const MAX_DEBOUNCE_MS = 5000;

export class SettingsStore {
  private user: RealistSettings = DEFAULT_SETTINGS;
  private userReady: Promise<void> = Promise.resolve();
  /** `.realist.json` results by document directory; cleared when a config file changes. */
  private readonly byDirectory = new Map<string, FileSettings>();
  /** Bumped whenever files or trust change, so cached analysers built from old files are not reused. */
  private generation = 0;
  /** The problems last shown for each config file, so the same error is shown once, not per keystroke. */
  private readonly shownProblems = new Map<string, string>();
  private lastUserWarning = '';

  constructor(
    private readonly connection: Connection,
    private readonly features: ClientFeatures,
    private trusted: boolean,
  ) {}

  /** Pulls `realist.*` from the client (or takes the pushed object from didChangeConfiguration). */
  refreshUserSettings(pushed?: unknown): Promise<void> {
    this.userReady = (async () => {
      let raw: unknown = pushed;
      if (this.features.configurationPull) {
        try {
          raw = await this.connection.workspace.getConfiguration({ section: 'realist' });
        } catch (error) {
          this.connection.console.warn(`Realist could not read the editor's realist.* settings: ${String(error)}`);
        }
      }
      this.user = this.readUserSettings(raw);
    })();
    return this.userReady;
  }

  async userSettings(): Promise<RealistSettings> {
    await this.userReady;
    return this.user;
  }

  /** A `.realist.json` or lexicon file changed on disk (or the allow-term command wrote one). */
  filesChanged(): void {
    this.byDirectory.clear();
    clearSettingsCache(); // its mtime check could miss a rewrite within the same millisecond
    this.generation++;
  }

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.filesChanged();
  }

  isTrusted(): boolean {
    return this.trusted;
  }

  async effectiveFor(uri: string): Promise<EffectiveSettings> {
    const user = await this.userSettings();
    const docPath = fileUriToPath(uri);
    // Untitled documents have no folder to search from: user settings only.
    const file = docPath ? this.fileSettingsFor(docPath) : { config: {}, extraLexicons: [] };
    const config = mergeConfig(file.config, user);
    const key = JSON.stringify([this.generation, file.configFile ?? '', config]);
    return { user, options: { config, extraLexicons: file.extraLexicons }, key, configFile: file.configFile };
  }

  private fileSettingsFor(docPath: string): FileSettings {
    const dir = path.dirname(docPath);
    const cached = this.byDirectory.get(dir);
    if (cached) return cached;
    let loaded: LoadedSettings;
    try {
      loaded = loadSettingsFor(docPath, { trusted: this.trusted });
    } catch (error) {
      // The loader should report problems rather than throw; if it throws anyway, carry on.
      loaded = { config: {}, extraLexicons: [], problems: [{ file: dir, path: '', message: String(error) }] };
    }
    this.reportProblems(loaded.configFile ?? dir, loaded.problems);
    const settings: FileSettings = { config: loaded.config, extraLexicons: loaded.extraLexicons, configFile: loaded.configFile };
    this.byDirectory.set(dir, settings);
    return settings;
  }

  /** One error message per distinct set of problems in a file; every problem goes to the log. */
  private reportProblems(file: string, problems: readonly ConfigProblem[]): void {
    if (problems.length === 0) {
      this.shownProblems.delete(file); // fixed: if it breaks again, say so again
      return;
    }
    const lines = problems.map(formatConfigProblem);
    const key = lines.join('\n');
    if (this.shownProblems.get(file) === key) return;
    this.shownProblems.set(file, key);
    for (const line of lines) this.connection.console.error(`Realist configuration problem: ${line}`);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''}: see the Realist log)` : '';
    showError(
      this.connection,
      `Realist configuration problem: ${lines[0]}${more}. Your documents are still being checked meanwhile.`,
    );
  }

  /** Takes what is valid from the editor's settings; anything else falls back to the default. */
  private readUserSettings(raw: unknown): RealistSettings {
    const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const warnings: string[] = [];
    const pick = <K extends keyof RealistSettings>(key: K, valid: (v: unknown) => boolean): RealistSettings[K] => {
      const v = value[key];
      if (v === undefined || v === null) return DEFAULT_SETTINGS[key];
      if (valid(v)) return v as RealistSettings[K];
      warnings.push(`realist.${key} has an unusable value ${JSON.stringify(v)}; using ${JSON.stringify(DEFAULT_SETTINGS[key])}`);
      return DEFAULT_SETTINGS[key];
    };
    const settings: RealistSettings = {
      enable: pick('enable', (v) => typeof v === 'boolean'),
      rules: pick('rules', (v) => typeof v === 'object' && !Array.isArray(v)),
      packs: pick('packs', isStringArray),
      allow: pick('allow', isStringArray),
      debounceMs: pick('debounceMs', (v) => typeof v === 'number' && v >= 0 && v <= MAX_DEBOUNCE_MS),
      languages: pick('languages', isStringArray),
    };
    const rules: Record<string, string> = {};
    for (const [id, level] of Object.entries(settings.rules)) {
      if (typeof level === 'string' && RULE_LEVELS.has(level)) rules[id] = level;
      else warnings.push(`realist.rules["${id}"] should be off, error, warning or info, not ${JSON.stringify(level)}; ignored`);
    }
    settings.rules = rules;
    const summary = warnings.join('; ');
    if (summary && summary !== this.lastUserWarning) this.connection.console.warn(`Realist settings: ${summary}.`);
    this.lastUserWarning = summary;
    return settings;
  }
}

/** The file's config with the user's layer on top (see the precedence note at the top). */
export function mergeConfig(file: RealistConfig, user: RealistSettings): RealistConfig {
  const rules: Record<string, RuleSetting> = { ...(file.rules ?? {}) };
  for (const [id, level] of Object.entries(user.rules)) rules[id] = level as RuleSetting;
  const allow = [...new Set([...(file.allow ?? []), ...user.allow])];
  return { ...file, rules, packs: file.packs ?? user.packs, allow };
}

function isStringArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
