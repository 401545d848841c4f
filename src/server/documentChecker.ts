// Checks open documents as the writer types: debounces changes, analyses each document with its
// own BlockCache (so an edit re-analyses only the blocks it touched), and publishes diagnostics
// tagged with the document version they were computed for.
//
// Debounce with a leading edge: a change after a quiet spell (no change for debounceMs) is checked
// at once; changes that follow it closely (a burst: fast typing, a paste, an undo of many edits)
// wait until debounceMs after the last of them. A single keystroke thus costs no waiting (the
// target is fresh diagnostics within 50 ms of a keystroke in a 1 MB document) and a burst costs
// one check at its start and one at its end.
//
// Never stale: the only waiting in a check is for settings, before the analysis; after that wait
// the check gives up if the document has changed (the newer change has scheduled its own check).
// Analysis and publishing then run without yielding, so no edit can slip in between.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BlockCache, createAnalyser, LineIndex, type AnalysisResult, type Analyser, type AnalyserOptions, type LanguageId, type RuleMeta } from '../core';
import { DOCUMENT_SUMMARY_NOTIFICATION } from '../shared/protocol';
import type { ClientFeatures } from './clientCapabilities';
import type { SettingsStore } from './configuration';
import { DiagnosticsCache, toDiagnostics } from './diagnostics';
import { toSummaryResult } from './summary';
import { publishBytes } from './wire';

/** One analysis of one version of a document: what hover, code actions and the summary read. */
export interface CheckedDocument {
  uri: string;
  version: number;
  text: string;
  languageId: LanguageId;
  result: AnalysisResult;
  lines: LineIndex;
  rules: readonly RuleMeta[];
  settingsKey: string;
}

interface DocumentState {
  /** Block results of this document; only valid for the settings it was filled under. */
  cache: BlockCache;
  cacheKey?: string;
  /** The diagnostics last published, reused for findings that did not change. */
  diagnostics: DiagnosticsCache;
  /** Cancels the scheduled check, if any. */
  cancel?: () => void;
  /** performance.now() of the last change, for the debounce's leading edge. */
  lastChange: number;
  checked?: CheckedDocument;
  /** Diagnostics are showing for this document (so they can be cleared if it stops being checked). */
  published: boolean;
}

/** What prepare() analyses: a little of everything the pipeline reads. */
const WARM_UP_SAMPLE = [
  '# Plan', '',
  'The new platform offers real-time dashboards and will transform care for every patient.', '',
  '- We aim to cut median waits from 18 to 12 weeks by March 2027 [1].',
  '- AI will seamlessly unblock backlogs, automation will free staff time.', '',
].join('\n');

const WARM_UP_COPIES = 40;
const WARM_UP_EDITS = 40;

/** Analysers are built per distinct settings and shared by documents with equal settings. */
const MAX_ANALYSERS = 8;

export class DocumentChecker {
  private readonly states = new Map<string, DocumentState>();
  private readonly analysers = new Map<string, Analyser>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly features: ClientFeatures,
  ) {}

  /** A document was opened or changed: check it once the writer pauses. */
  async scheduleCheck(uri: string): Promise<void> {
    const state = this.stateOf(uri);
    const now = performance.now();
    const previous = state.lastChange;
    state.lastChange = now;
    state.cancel?.();
    const { debounceMs } = await this.settings.userSettings();
    // A newer change may have come in while the settings were read: only the latest one schedules.
    state.cancel?.();
    if (now - previous >= debounceMs) {
      // After a quiet spell: on the next turn of the event loop, after changes already received.
      const immediate = setImmediate(() => void this.check(uri));
      state.cancel = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(() => void this.check(uri), debounceMs);
      state.cancel = () => clearTimeout(timer);
    }
  }

  /** Re-checks every open document now (settings, trust or a config file changed). */
  recheckAll(): void {
    for (const doc of this.documents.all()) void this.check(doc.uri);
  }

  /**
   * Builds the analyser a document at `uri` would use, ahead of time: compiling the lexicons
   * takes most of a second, better spent while the editor starts than after the first open.
   * A sample document is analysed too, then edited a few dozen times as a writer would type
   * (results discarded): it loads what the core loads on first use (the part-of-speech lexicon)
   * and lets the JIT compile the whole path of a keystroke (the incremental analysis, the
   * diagnostics, their serialisation), which otherwise makes the first keystrokes in a large
   * document several times slower than the rest.
   */
  async prepare(uri: string): Promise<void> {
    const effective = await this.settings.effectiveFor(uri);
    try {
      const analyser = this.analyserFor(effective.key, effective.options);
      const cache = new BlockCache();
      let text = WARM_UP_SAMPLE.repeat(WARM_UP_COPIES);
      for (let edit = 0; edit <= WARM_UP_EDITS; edit++) {
        const result = analyser.analyse(text, 'markdown', cache);
        const diagnostics = toDiagnostics(result, new LineIndex(text), true);
        publishBytes({ method: 'textDocument/publishDiagnostics', params: { uri, version: edit, diagnostics } });
        const at = Math.max(0, text.indexOf(' ', Math.floor((text.length * edit) / (WARM_UP_EDITS + 1))));
        text = `${text.slice(0, at)}e${text.slice(at)}`;
      }
      publishBytes({ method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: [] } }); // forgets the sample
    } catch {
      // reported when a document needs it
    }
  }

  /** Shutting down: no check may start after this. */
  dispose(): void {
    for (const state of this.states.values()) state.cancel?.();
    this.states.clear();
  }

  close(uri: string, version: number): void {
    const state = this.states.get(uri);
    state?.cancel?.();
    this.states.delete(uri);
    this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
  }

  /**
   * The analysis of the document's current version, running it now if the debounced check has
   * not happened yet (hover and code actions must never read offsets of an older text).
   * Undefined when the document is not open, not checked, or changed while this ran.
   */
  async current(uri: string): Promise<CheckedDocument | undefined> {
    return this.check(uri);
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { cache: new BlockCache(), diagnostics: new DiagnosticsCache(), published: false, lastChange: -Infinity }));
    return state;
  }

  private async check(uri: string): Promise<CheckedDocument | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const effective = await this.settings.effectiveFor(uri);

    // ---- no awaiting below this line: see the note at the top of the file ----
    const latest = this.documents.get(uri);
    if (!latest || latest.version !== version) return undefined;
    const state = this.stateOf(uri);
    state.cancel?.();
    const languageId = analysedLanguage(doc.languageId, effective.user.languages);
    if (!effective.user.enable || !languageId) {
      this.unpublish(uri, state);
      return undefined;
    }
    if (state.checked?.version === version && state.checked.settingsKey === effective.key) return state.checked;

    let checked: CheckedDocument;
    try {
      const analyser = this.analyserFor(effective.key, effective.options);
      if (state.cacheKey !== effective.key) {
        state.cache = new BlockCache();
        state.cacheKey = effective.key;
      }
      const text = doc.getText();
      const result = analyser.analyse(text, languageId, state.cache);
      checked = { uri, version, text, languageId, result, lines: new LineIndex(text), rules: analyser.rules, settingsKey: effective.key };
    } catch (error) {
      // One document's failure must not take the server down or wipe what the writer sees:
      // keep the last diagnostics, and drop the cache in case it holds something broken.
      state.cache = new BlockCache();
      state.cacheKey = undefined;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.connection.console.error(`Realist could not check ${uri} (version ${version}): ${detail}`);
      return undefined;
    }
    state.checked = checked;
    this.publish(checked, state);
    return checked;
  }

  private publish(checked: CheckedDocument, state: DocumentState): void {
    const diagnostics = state.diagnostics.toDiagnostics(checked.result, checked.lines, this.features.codeDescription);
    this.connection.sendDiagnostics({ uri: checked.uri, version: checked.version, diagnostics });
    state.published = true;
    // The summary goes out on the next turn, so the diagnostics are written to the client first.
    setImmediate(() => {
      if (this.states.get(checked.uri)?.checked !== checked) return; // closed or superseded
      this.connection.sendNotification(DOCUMENT_SUMMARY_NOTIFICATION, toSummaryResult(checked));
    });
  }

  private unpublish(uri: string, state: DocumentState): void {
    state.checked = undefined;
    if (!state.published) return;
    state.published = false;
    const version = this.documents.get(uri)?.version;
    this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
  }

  private analyserFor(key: string, options: AnalyserOptions): Analyser {
    let analyser = this.analysers.get(key);
    if (!analyser) {
      if (this.analysers.size >= MAX_ANALYSERS) this.analysers.clear();
      analyser = createAnalyser(options);
      this.analysers.set(key, analyser);
    }
    return analyser;
  }
}

/** Editors name plain text differently: VS Code 'plaintext', Neovim and Emacs 'text'. */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', md: 'markdown' };
/** Markdown dialects the Markdown parser reads well enough; anything else is read as plain text. */
const MARKDOWN_LIKE = new Set(['markdown', 'mdx', 'quarto', 'rmd', 'pandoc']);

/** How to analyse a document of this language, or undefined when the settings say not to check it. */
export function analysedLanguage(languageId: string, checkedLanguages: readonly string[]): LanguageId | undefined {
  const id = LANGUAGE_ALIASES[languageId.toLowerCase()] ?? languageId.toLowerCase();
  const wanted = checkedLanguages.some((l) => (LANGUAGE_ALIASES[l.toLowerCase()] ?? l.toLowerCase()) === id);
  if (!wanted) return undefined;
  return MARKDOWN_LIKE.has(id) ? 'markdown' : 'plaintext';
}
