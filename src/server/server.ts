// Wires the Language Server Protocol to Realist's parts: documents and checking
// (documentChecker), settings (configuration), quick fixes (codeActions), hover, the summary
// request and the allow-term command.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ALLOW_TERM_COMMAND,
  DOCUMENT_SUMMARY_REQUEST,
  TRUST_CHANGED_NOTIFICATION,
  type DocumentSummaryParams,
  type DocumentSummaryResult,
  type TrustChangedParams,
} from '../shared/protocol';
import { addAllowedTerm, CONFIG_FILE_NAME, configFileForAllow, readAllowTermArguments, type AllowTermResult } from './allowTerm';
import { readClientFeatures, type ClientFeatures } from './clientCapabilities';
import { codeActionsFor } from './codeActions';
import { SettingsStore } from './configuration';
import { DocumentChecker } from './documentChecker';
import { hoverAt } from './hover';
import { toSummaryResult } from './summary';
import { showError, showInfo } from './userMessages';

export const SERVER_NAME = 'realist-language-server';

export function startServer(connection: Connection, version: string): void {
  const documents = new TextDocuments(TextDocument);
  // Set by initialize, which the protocol guarantees comes before anything else.
  let features!: ClientFeatures;
  let settings!: SettingsStore;
  let checker!: DocumentChecker;
  let clientCapabilities: Parameters<Parameters<Connection['onInitialize']>[0]>[0]['capabilities'] = {};

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
    features = readClientFeatures(params);
    settings = new SettingsStore(connection, features, features.trusted);
    checker = new DocumentChecker(connection, documents, settings, features);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [ALLOW_TERM_COMMAND] },
      },
      serverInfo: { name: SERVER_NAME, version },
    };
  });

  connection.onInitialized(() => {
    void settings.refreshUserSettings();
    // A document in the first workspace folder (or an untitled one) gets this analyser.
    const folder = features.workspaceFolders[0];
    setImmediate(() => void checker.prepare(folder ? pathToFileURL(path.join(folder, 'document.md')).toString() : 'untitled:document'));
    if (clientCapabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'realist' });
    }
    if (features.dynamicFileWatching) {
      // Clients without dynamic registration watch files themselves if set up to (VS Code's
      // client does so from its `synchronize.fileEvents` option).
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    connection.console.info(
      `${SERVER_NAME} ${version} started (snippet edits: ${features.snippetEdits}, workspace ${features.trusted ? 'trusted' : 'not trusted'}).`,
    );
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as { realist?: unknown } | null | undefined)?.realist;
    await settings.refreshUserSettings(pushed);
    checker.recheckAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    settings.filesChanged();
    checker.recheckAll();
  });

  connection.onNotification(TRUST_CHANGED_NOTIFICATION, (params: TrustChangedParams) => {
    settings.setTrusted(params?.trusted !== false);
    connection.console.info(`Workspace ${settings.isTrusted() ? 'trusted: .realist.json and custom lexicons apply' : 'not trusted: built-in lexicons and user settings only'}.`);
    checker.recheckAll();
  });

  documents.onDidChangeContent((event) => void checker.scheduleCheck(event.document.uri));
  documents.onDidClose((event) => checker.close(event.document.uri, event.document.version));

  connection.onCodeAction(async (params) => {
    const doc = await checker.current(params.textDocument.uri);
    return doc ? codeActionsFor(params, doc, features) : [];
  });

  connection.onHover(async (params) => {
    const doc = await checker.current(params.textDocument.uri);
    return doc ? hoverAt(doc, params.position, features.hoverMarkdown) : null;
  });

  connection.onRequest(DOCUMENT_SUMMARY_REQUEST, async (params: DocumentSummaryParams): Promise<DocumentSummaryResult | null> => {
    // null: the document is not open, not checked (language, realist.enable) or changed meanwhile.
    const doc = await checker.current(params.uri);
    return doc ? toSummaryResult(doc) : null;
  });

  connection.onExecuteCommand(async (params): Promise<AllowTermResult | null> => {
    if (params.command !== ALLOW_TERM_COMMAND) return null;
    let term = '';
    try {
      const args = readAllowTermArguments(params.arguments);
      term = args.term;
      const configFile = configFileForAllow(args.uri, features.workspaceFolders);
      const result = await addAllowedTerm(configFile, term);
      connection.console.info(
        result.added ? `Added '${term}' to allow in ${configFile}.` : `'${term}' was already allowed in ${configFile}.`,
      );
      if (!settings.isTrusted()) {
        showInfo(
          connection,
          `Realist added '${term}' to ${configFile}. It applies once you trust this workspace; until then, add it to the realist.allow setting.`,
        );
      }
      settings.filesChanged();
      checker.recheckAll();
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`Realist could not allow '${term}': ${message}`);
      showError(connection, `Realist could not allow '${term}': ${message}.`);
      return null;
    }
  });

  connection.onShutdown(() => checker?.dispose());

  documents.listen(connection);
  connection.listen();
}
