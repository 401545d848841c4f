// What the connected editor can do, read once from `initialize`. Everything the server does
// differently per editor is decided here, so the rest of the server reads plain booleans.
import type { ClientCapabilities, InitializeParams } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import type { RealistInitializationOptions } from '../shared/protocol';

/**
 * How a quick fix may carry tab stops:
 * - 'lsp-3.18': `workspace.workspaceEdit.snippetEditSupport` (LSP 3.18 SnippetTextEdit,
 *   `{ range, snippet: { kind: 'snippet', value } }`);
 * - 'experimental': `experimental.snippetTextEdit`, the extension rust-analyzer introduced and
 *   several clients (Neovim plugins, Helix, eglot) copied: a TextEdit whose `newText` is a snippet,
 *   marked `insertTextFormat: 2`;
 * - 'none': plain text with visible placeholders such as `[baseline]`.
 * Both snippet forms travel inside `documentChanges`, so they also need that capability.
 */
export type SnippetEditMode = 'lsp-3.18' | 'experimental' | 'none';

export interface ClientFeatures {
  snippetEdits: SnippetEditMode;
  /** WorkspaceEdit.documentChanges (versioned edits) rather than the older `changes` map. */
  documentChanges: boolean;
  /** workspace/configuration: the server pulls `realist.*` settings. */
  configurationPull: boolean;
  /** The server may register the `.realist.json` file watcher itself. */
  dynamicFileWatching: boolean;
  hoverMarkdown: boolean;
  /** Diagnostic.codeDescription (a link to the rule's page). */
  codeDescription: boolean;
  /** From initializationOptions; editors without workspace trust count as trusted. */
  trusted: boolean;
  /** Folder paths of the workspace, for where a new `.realist.json` goes. */
  workspaceFolders: string[];
}

export function readClientFeatures(params: InitializeParams): ClientFeatures {
  const caps: ClientCapabilities = params.capabilities ?? {};
  const workspaceEdit = caps.workspace?.workspaceEdit as
    | (NonNullable<NonNullable<ClientCapabilities['workspace']>['workspaceEdit']> & { snippetEditSupport?: boolean })
    | undefined;
  const documentChanges = workspaceEdit?.documentChanges === true;
  const experimental = (caps.experimental ?? {}) as { snippetTextEdit?: unknown };
  let snippetEdits: SnippetEditMode = 'none';
  if (documentChanges && workspaceEdit?.snippetEditSupport === true) snippetEdits = 'lsp-3.18';
  else if (documentChanges && experimental.snippetTextEdit === true) snippetEdits = 'experimental';

  const hoverFormats = caps.textDocument?.hover?.contentFormat;
  const options = (params.initializationOptions ?? {}) as RealistInitializationOptions;
  return {
    snippetEdits,
    documentChanges,
    configurationPull: caps.workspace?.configuration === true,
    dynamicFileWatching: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    // Clients that say nothing about formats get Markdown: nearly all render it.
    hoverMarkdown: !hoverFormats || hoverFormats.includes('markdown'),
    codeDescription: caps.textDocument?.publishDiagnostics?.codeDescriptionSupport !== false,
    trusted: options.trusted !== false,
    workspaceFolders: workspaceFolderPaths(params),
  };
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths: string[] = [];
  for (const uri of uris) {
    const p = fileUriToPath(uri);
    if (p) paths.push(p);
  }
  if (paths.length === 0 && params.rootPath) paths.push(params.rootPath);
  return paths;
}

/** The file system path of a `file:` URI, or undefined for other schemes (untitled, vscode-notebook...). */
export function fileUriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
