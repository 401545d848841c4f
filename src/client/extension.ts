// The VS Code extension: a thin client. The language server (out/server.js) does all the checking;
// this file starts it, and adds what only VS Code has: the status bar summary, commands, and an
// API (the value `activate` returns) that the in-editor tests read.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  DOCUMENT_SUMMARY_NOTIFICATION,
  DOCUMENT_SUMMARY_REQUEST,
  TRUST_CHANGED_NOTIFICATION,
  type DocumentSummaryParams,
  type DocumentSummaryResult,
  type RealistInitializationOptions,
  type TrustChangedParams,
} from '../shared/protocol';
import { checkAllDocuments, openRuleDocumentation, turnOffForDocument } from './commands';
import { snippetCodeActionMiddleware, SnippetEditCapability } from './snippetEdits';
import { SHOW_PROBLEMS_COMMAND, SummaryStatus, type StatusSnapshot } from './statusBar';

const LANGUAGES = ['markdown', 'plaintext'];
const SCHEMES = ['file', 'untitled'];

/** What `activate` returns: `vscode.extensions.getExtension('realist.realist').exports`. */
export interface RealistApi {
  /** Resolves once the language server is running (rejects if it could not start). */
  ready: Promise<void>;
  /** The last summary the server sent for a document, if any. */
  lastSummary(uri: vscode.Uri | string): DocumentSummaryResult | undefined;
  /** Fires whenever a summary arrives. */
  onDidChangeSummary: vscode.Event<DocumentSummaryResult>;
  /** What the status bar item shows now (VS Code offers no API to read another item's text). */
  statusBar(): StatusSnapshot;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): RealistApi {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'out', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    // F5 from a checkout: attach a debugger to the server on 6009.
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watchers = [
    '**/.realist.json',
    '**/*.realist-lexicon.json',
    '**/realist-lexicons/*.json',
  ].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
    synchronize: {
      // didChangeConfiguration on any realist.* change, so settings apply without a restart
      // (the server reads the values back with workspace/configuration).
      configurationSection: 'realist',
      fileEvents: watchers,
    },
    // In an untrusted workspace the server ignores .realist.json and custom lexicons.
    initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies RealistInitializationOptions,
    diagnosticCollectionName: 'realist',
    middleware: snippetCodeActionMiddleware(() => lc),
  };
  const lc = new LanguageClient('realist', 'Realist', serverOptions, clientOptions);
  lc.registerFeature(new SnippetEditCapability());
  client = lc;

  const keyOf = (uri: vscode.Uri) => lc.code2ProtocolConverter.asUri(uri);
  const requestSummary = async (uri: string): Promise<DocumentSummaryResult | undefined> => {
    if (lc.state !== State.Running) return undefined;
    try {
      const params: DocumentSummaryParams = { uri };
      return (await lc.sendRequest<DocumentSummaryResult | null>(DOCUMENT_SUMMARY_REQUEST, params)) ?? undefined;
    } catch {
      return undefined; // the document is not open on the server (yet): the notification will come
    }
  };
  const isChecked = (doc: vscode.TextDocument) =>
    LANGUAGES.includes(doc.languageId) && SCHEMES.includes(doc.uri.scheme);
  const status = new SummaryStatus(keyOf, requestSummary, isChecked);
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('realist.checkWorkspace', () =>
      checkAllDocuments(async (doc) => {
        await ready.catch(() => undefined);
        return (await requestSummary(keyOf(doc.uri))) ?? status.last(doc.uri);
      }),
    ),
    vscode.commands.registerCommand('realist.openRuleDocs', (ruleId?: string) =>
      openRuleDocumentation(context.extensionUri, ruleId),
    ),
    vscode.commands.registerCommand('realist.turnOff', (uri?: vscode.Uri) =>
      turnOffForDocument(uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand(SHOW_PROBLEMS_COMMAND, showProblems),
    // Trust can only be granted while a window is open (revoking it reloads the window).
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const params: TrustChangedParams = { trusted: true };
      if (lc.state === State.Running) void lc.sendNotification(TRUST_CHANGED_NOTIFICATION, params);
    }),
  );

  // A checkout that has not been built has no server: say so plainly rather than letting the
  // client retry a missing module five times.
  const started = fs.existsSync(serverModule)
    ? lc.start()
    : Promise.reject(new Error(`${serverModule} is missing (run npm run build)`));
  const ready = started.then(
    () => {
      context.subscriptions.push(
        lc.onNotification(DOCUMENT_SUMMARY_NOTIFICATION, (s: DocumentSummaryResult) => status.update(s)),
      );
      status.refresh();
    },
    (err: unknown) => {
      const why = err instanceof Error ? err.message : String(err);
      status.setProblem('Realist: not running', `The Realist language server did not start: ${why}`);
      lc.outputChannel.appendLine(`[client] server did not start from ${serverModule}: ${why}`);
      throw err;
    },
  );
  ready.catch(() => undefined); // reported in the status bar and output; callers of `ready` see it too
  status.refresh();

  return {
    ready,
    lastSummary: (uri) => status.last(uri),
    onDidChangeSummary: status.onDidChangeSummary,
    statusBar: () => status.snapshot(),
  };
}

/**
 * The status bar click. VS Code (checked on 1.139) has no command that sets the Problems filter
 * text, so this opens the panel and focuses its filter box; Realist's findings all carry the
 * source "realist", which is what typing "realist" there matches.
 */
async function showProblems(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  try {
    await vscode.commands.executeCommand('problems.action.focusFilter');
  } catch {
    // older VS Code without the command: the panel is open, which is the important part
  }
}

export async function deactivate(): Promise<void> {
  // stop() waits for the server's shutdown reply; a server that never started has nothing to stop.
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
