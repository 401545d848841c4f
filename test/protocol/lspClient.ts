// A small LSP client for the protocol tests: starts the built server (`node out/server.js
// --stdio`) as a child process and talks to it with vscode-languageserver-protocol, the library
// VS Code's own client is built on. It records what the server pushes (diagnostics, messages,
// summaries) so tests can wait for exactly the publish they expect.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { DOCUMENT_SUMMARY_NOTIFICATION, DOCUMENT_SUMMARY_REQUEST, type DocumentSummaryResult } from '../../src/shared/protocol';
import { removeWorkspace, tempWorkspace } from './expectations';

export const SERVER_PATH = path.resolve(__dirname, '../../out/server.js');
const WAIT_MS = 10_000;

/** What a plain LSP 3.17 client announces: no snippet edits. */
export const PLAIN_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
  },
};

/** PLAIN_CAPABILITIES plus LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`. */
export const SNIPPET_CAPABILITIES: ClientCapabilities = {
  ...PLAIN_CAPABILITIES,
  workspace: {
    ...PLAIN_CAPABILITIES.workspace,
    workspaceEdit: { documentChanges: true, snippetEditSupport: true } as NonNullable<ClientCapabilities['workspace']>['workspaceEdit'],
  },
};

/** PLAIN_CAPABILITIES plus rust-analyzer's `experimental.snippetTextEdit`. */
export const EXPERIMENTAL_SNIPPET_CAPABILITIES: ClientCapabilities = { ...PLAIN_CAPABILITIES, experimental: { snippetTextEdit: true } };

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Returned for workspace/configuration `realist`; change with setSettings(). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export class TestClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly summaries: DocumentSummaryResult[] = [];
  readonly registrations: string[] = [];
  initializeResult!: InitializeResult;
  private settings: Record<string, unknown>;
  private readonly listeners = new Set<() => void>();
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-20_000);
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.record(this.publishes, p));
    connection.onNotification(ShowMessageNotification.type, (p) => this.record(this.messages, p));
    connection.onNotification(LogMessageNotification.type, (p) => this.record(this.logs, p));
    connection.onNotification(DOCUMENT_SUMMARY_NOTIFICATION, (p: DocumentSummaryResult) => this.record(this.summaries, p));
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section === 'realist' ? this.settings : null)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      for (const r of p.registrations) this.registrations.push(r.method);
    });
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run npm run build first`);
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options);
    const folder = options.workspaceFolder;
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      capabilities: options.capabilities ?? PLAIN_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // a server that does not answer is killed below
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }

  serverStderr(): string {
    return this.stderr;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Replaces the settings the client answers with, and tells the server they changed. */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { realist: settings } });
  }

  fileChanged(file: string, type: FileChangeType = FileChangeType.Changed): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(file), type }] });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  summary(uri: string): Promise<DocumentSummaryResult | null> {
    return this.connection.sendRequest(DOCUMENT_SUMMARY_REQUEST, { uri });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** The first publish for `uri` at index `from` or later that satisfies `accept`. */
  waitForPublish(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    from = 0,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.publishes.slice(from).find((p) => p.uri === uri && accept(p)));
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForPublish(uri, (p) => p.version === version);
  }

  waitForMessage(accept: (m: ShowMessageParams) => boolean): Promise<ShowMessageParams> {
    return this.waitFor('a window/showMessage', () => this.messages.find(accept));
  }

  waitFor<T>(what: string, found: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        const value = found();
        if (value === undefined) return false;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      if (!check()) this.listeners.add(listener);
    });
  }

  private record<T>(list: T[], item: T): void {
    list.push(item);
    for (const listener of [...this.listeners]) listener();
  }
}

/** The server a suite shares, and the temporary workspace folder it was started on. */
export interface SuiteServer {
  client: TestClient;
  workspace: string;
}

/**
 * Call inside a `describe`: registers a `before` hook that creates a fresh temporary workspace
 * and starts a server on it, then hands both to `started` (to keep in the suite's variables),
 * and an `after` hook that stops the server and removes the workspace. Hooks the suite registers
 * itself afterwards run after these `before` and after these `after` hooks.
 */
export function startServerForSuite(started: (server: SuiteServer) => void): void {
  let client: TestClient | undefined;
  let workspace: string;
  before(async () => {
    workspace = tempWorkspace();
    client = await TestClient.start({ workspaceFolder: workspace });
    started({ client, workspace });
  });
  after(async () => {
    await client?.stop();
    removeWorkspace(workspace);
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`${what} timed out`)))]);
}
