// What the VS Code client and the language server agree on, beyond standard LSP.
// Kept free of imports from either side so both can bundle it.

/** Custom request: the summary of one open document, for the status bar. */
export const DOCUMENT_SUMMARY_REQUEST = 'realist/documentSummary';

export interface DocumentSummaryParams {
  uri: string;
}

export interface DocumentSummaryResult {
  uri: string;
  /** The document version the summary was computed for. */
  version: number | null;
  /** Sentences that make a claim of each category. */
  featureFocus: number;
  unmeasured: number;
  optimistic: number;
  /** Sentences that make any claim, and how many of those carry a measure. */
  claims: number;
  anchored: number;
  unanchored: number;
  /** anchored / claims as a whole percentage (100 when there are no claims); see docs/anchoring-score.md. */
  anchoringScore: number;
  findings: number;
}

/** Notification from server to client when the summary of a document changes. */
export const DOCUMENT_SUMMARY_NOTIFICATION = 'realist/documentSummaryChanged';

/** Command the server executes to add a term to the workspace allow list (.realist.json). */
export const ALLOW_TERM_COMMAND = 'realist.allowTerm';

/** Settings under the `realist` section (VS Code settings or workspace/configuration). */
export interface RealistSettings {
  /** Turn Realist off without uninstalling it. */
  enable: boolean;
  /** Rules turned off or re-levelled: { "hype-term": "off" | "error" | "warning" | "info" }. */
  rules: Record<string, string>;
  /** Outcome vocabularies to use besides 'general'. */
  packs: string[];
  /** Words never to flag. */
  allow: string[];
  /** Wait this long after the last keystroke before checking (ms). */
  debounceMs: number;
  /** Documents with these language ids are checked. */
  languages: string[];
}

export const DEFAULT_SETTINGS: RealistSettings = {
  enable: true,
  rules: {},
  packs: ['health', 'public-services'],
  allow: [],
  debounceMs: 25,
  languages: ['markdown', 'plaintext'],
};

/** What the client may send as `initializationOptions` (all optional). */
export interface RealistInitializationOptions {
  /**
   * False in an untrusted workspace: the server then ignores `.realist.json` and custom lexicons
   * and uses only the built-in lexicons and the user's settings. Default true (editors other
   * than VS Code have no workspace trust).
   */
  trusted?: boolean;
}

/** Notification from client to server when the workspace's trust changes. */
export const TRUST_CHANGED_NOTIFICATION = 'realist/trustChanged';

export interface TrustChangedParams {
  trusted: boolean;
}

/** The single argument of ALLOW_TERM_COMMAND. */
export interface AllowTermArguments {
  /** The document the term was flagged in: the nearest `.realist.json` above it gets the term. */
  uri: string;
  term: string;
}
