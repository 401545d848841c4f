// Editor latency (issue 3): how long after a keystroke the writer sees fresh diagnostics.
//
// benchEditorLatency() starts the built language server (`out/server.js --stdio`) as a child
// process and speaks plain LSP to it with vscode-languageserver-protocol's node client, so it
// works against any server that publishes diagnostics with a document version:
//   1. opens a 1 MB document and waits for its first diagnostics;
//   2. N times, sends a one-character didChange in the middle of the document and measures from
//      just before the change notification is written to the publishDiagnostics for that version
//      (any debounce in the server is included, as the target says);
//   3. N times, opens a new 100 KB document and measures to its first diagnostics;
//   4. side by side, in this process: a full re-analysis of the 1 MB text with
//      createAnalyser().analyse() and a fresh BlockCache, and the same after a one-character edit
//      with a BlockCache warmed on the unedited text (what the core alone can do incrementally).
//
//   node --import tsx bench/editor.ts        (after `npm run build`)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { generateStrategyMarkdown } from './generate';
import { loadCore } from './peers';
import { envInt, errorMessage, gc, round, stats, type Stats } from './util';

export interface EditorLatencyOptions {
  /** Path of the built server; default out/server.js in the project. */
  serverPath?: string;
  /** One-character edits to time (default BENCH_RUNS or 7). */
  edits?: number;
  /** 100 KB documents to open (default BENCH_RUNS or 7). */
  opens?: number;
  /** Size of the edited document (default 1 MiB). */
  docBytes?: number;
  /** Size of the newly opened documents (default 100 KiB). */
  openBytes?: number;
  /** Give up waiting for one publishDiagnostics after this long (default BENCH_TIMEOUT_MS or 120 s). */
  timeoutMs?: number;
  /** Pause between measurements so the server is idle when the next one starts (default 250 ms). */
  settleMs?: number;
  /**
   * Full 1 MB re-analysis figures already measured by the caller on the same text (run.ts passes
   * its 1 MB Realist row), so they need not be measured again here.
   */
  fullReanalysis?: Stats;
  /** Progress messages (default: stderr). */
  log?: (msg: string) => void;
}

export interface EditorLatencyResult {
  skipped?: string;
  error?: string;
  serverPath: string;
  syncKind?: 'incremental' | 'full';
  initializeMs?: number;
  /** First diagnostics for the 1 MB document after didOpen. */
  openLargeMs?: number;
  largeDiagnostics?: number;
  /** One-character didChange in the middle of the 1 MB document → publishDiagnostics for that version. */
  edit?: Stats;
  /** didOpen of a new 100 KB document → its first publishDiagnostics. */
  open100k?: Stats;
  /** For comparison: createAnalyser().analyse() on the whole 1 MB text, fresh BlockCache (in this process). */
  fullReanalysis?: Stats;
  /** In this process: analyse() after a one-character edit with a BlockCache warmed on the original. */
  coreWarmCache?: Stats;
  /** Publishes that carried no version (the client cannot tell them from stale ones). */
  unversionedPublishes: number;
  /** Publishes for an older version that arrived after a newer change was sent (some may be in-flight races). */
  olderVersionPublishes: number;
  targets?: { editMedianMs: number; editPass: boolean; open100kMedianMs: number; open100kPass: boolean };
  notes: string[];
  serverStderrTail?: string;
}

const EDIT_TARGET_MS = 50;
const OPEN_TARGET_MS = 300;

interface Waiter {
  uri: string;
  version: number;
  resolve: (p: { at: number; params: PublishDiagnosticsParams }) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Offsets → LSP positions (UTF-16 code units, which is what JavaScript string indices are). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Somewhere to type one character: the end of a word in a prose line at or after `from`. */
function editOffset(text: string, from: number): number {
  let i = from;
  for (;;) {
    const sp = text.indexOf(' ', i);
    if (sp === -1) return from;
    const lineStart = text.lastIndexOf('\n', sp) + 1;
    if (/[A-Za-z]/.test(text[lineStart] ?? '') && /[a-z]/.test(text[sp - 1] ?? '')) return sp;
    i = text.indexOf('\n', sp) + 1 || sp + 1;
  }
}

export async function benchEditorLatency(options: EditorLatencyOptions = {}): Promise<EditorLatencyResult> {
  const serverPath = path.resolve(options.serverPath ?? path.join(__dirname, '..', 'out', 'server.js'));
  const runs = envInt('BENCH_RUNS', 7);
  const edits = options.edits ?? Math.max(1, runs);
  const opens = options.opens ?? Math.max(1, runs);
  const docBytes = options.docBytes ?? 1024 * 1024;
  const openBytes = options.openBytes ?? 100 * 1024;
  const timeoutMs = options.timeoutMs ?? envInt('BENCH_TIMEOUT_MS', 120_000);
  const settleMs = options.settleMs ?? 250;
  const log = options.log ?? ((m: string) => process.stderr.write(`[editor] ${m}\n`));
  const result: EditorLatencyResult = { serverPath, unversionedPublishes: 0, olderVersionPublishes: 0, notes: [] };

  if (!existsSync(serverPath)) {
    console.log('editor latency: skipped (server not built)');
    result.skipped = `server not built (${path.relative(process.cwd(), serverPath)} does not exist)`;
    return result;
  }

  const workspace = mkdtempSync(path.join(os.tmpdir(), 'realist-bench-'));
  const stderrChunks: string[] = [];
  let child: ChildProcess | undefined;
  let connection: ProtocolConnection | undefined;
  const waiters: Waiter[] = [];
  const sentVersion = new Map<string, number>();
  let exited: string | undefined;

  const failAll = (why: string) => {
    for (const w of waiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(new Error(why));
    }
  };

  const waitForDiagnostics = (uri: string, version: number) =>
    new Promise<{ at: number; params: PublishDiagnosticsParams }>((resolve, reject) => {
      if (exited) return reject(new Error(exited));
      const timer = setTimeout(() => {
        const i = waiters.indexOf(w);
        if (i !== -1) waiters.splice(i, 1);
        reject(new Error(`no publishDiagnostics for ${path.basename(uri)} version ${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      const w: Waiter = { uri, version, resolve, reject, timer };
      waiters.push(w);
    });

  const large = generateStrategyMarkdown({ bytes: docBytes });
  try {
    child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      stderrChunks.push(d);
      if (stderrChunks.length > 200) stderrChunks.splice(0, 100);
    });
    let died!: (e: Error) => void;
    const diedPromise = new Promise<never>((_, reject) => (died = reject));
    diedPromise.catch(() => undefined);
    /** Every await on the server races its death, so a crash is reported, not a silent stall. */
    const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, diedPromise]);
    const stderrTail = () => stderrChunks.join('').trim().split('\n').slice(-3).join(' / ');
    child.on('exit', (code, signal) => {
      exited = `server exited (code ${code}, signal ${signal})${stderrTail() ? `: ${stderrTail()}` : ''}`;
      failAll(exited);
      died(new Error(exited));
    });
    child.on('error', (e) => {
      exited = `server failed to start: ${e.message}`;
      failAll(exited);
      died(new Error(exited));
    });

    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection = conn;
    conn.onError(([e]) => result.notes.push(`protocol error: ${errorMessage(e)}`));
    // What a minimal editor answers to the server's own requests.
    conn.onRequest('workspace/configuration', (p: { items?: unknown[] }) => (p.items ?? []).map(() => null));
    conn.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(workspace).href, name: 'bench' }]);
    let registeredSync: number | undefined;
    conn.onRequest('client/registerCapability', (p: { registrations?: Array<{ method: string; registerOptions?: { syncKind?: number } }> }) => {
      for (const r of p.registrations ?? []) if (r.method === 'textDocument/didChange') registeredSync = r.registerOptions?.syncKind;
      return null;
    });
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    conn.onNotification('window/logMessage', () => undefined);
    conn.onNotification('window/showMessage', (p: { message?: string }) => result.notes.push(`server says: ${p.message ?? ''}`));
    conn.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      // Only open documents count: clearing a closed document's diagnostics needs no version.
      const current = sentVersion.get(params.uri);
      if (current !== undefined && (params.version === undefined || params.version === null)) result.unversionedPublishes++;
      else if (current !== undefined && params.version! < current) result.olderVersionPublishes++;
      for (const w of [...waiters]) {
        if (w.uri !== params.uri) continue;
        // Without a version the client cannot tell fresh from stale; take the first one after the send.
        const matches = params.version === undefined || params.version === null || params.version >= w.version;
        if (!matches) continue;
        waiters.splice(waiters.indexOf(w), 1);
        clearTimeout(w.timer);
        w.resolve({ at, params });
      }
    });
    conn.listen();

    let t0 = performance.now();
    const init: InitializeResult = await guard(conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'realist-bench', version: '1' },
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: true, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      },
    }));
    result.initializeMs = round(performance.now() - t0);
    await guard(conn.sendNotification(InitializedNotification.type, {}));
    await sleep(settleMs);

    const sync = init.capabilities.textDocumentSync;
    const syncKind = (typeof sync === 'number' ? sync : sync?.change) ?? registeredSync;
    if (syncKind === TextDocumentSyncKind.None) throw new Error('the server does not take document changes (textDocumentSync none)');
    const incremental = syncKind === TextDocumentSyncKind.Incremental;
    result.syncKind = incremental ? 'incremental' : 'full';
    if (syncKind === undefined) result.notes.push('server declared no textDocumentSync; sending full-text changes');

    // 1. The 1 MB document.
    const uri = pathToFileURL(path.join(workspace, 'strategy-1mb.md')).href;
    let text = large;
    let version = 1;
    log(`opening a ${(Buffer.byteLength(large) / 2 ** 20).toFixed(2)} MiB document`);
    sentVersion.set(uri, version);
    let wait = waitForDiagnostics(uri, version);
    t0 = performance.now();
    await guard(conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } }));
    const first = await wait;
    result.openLargeMs = round(first.at - t0);
    result.largeDiagnostics = first.params.diagnostics.length;
    log(`first diagnostics after ${result.openLargeMs} ms (${result.largeDiagnostics} diagnostics)`);
    await sleep(settleMs * 2);

    // 2. One-character edits in the middle, each at a different place (so no block cache hit is
    //    for the same edited text twice).
    const editSamples: number[] = [];
    for (let i = 0; i < edits; i++) {
      const offset = editOffset(text, Math.floor(text.length / 2) + i * 1500);
      const pos = positionAt(text, offset);
      text = text.slice(0, offset) + 'e' + text.slice(offset);
      version++;
      const change: TextDocumentContentChangeEvent = incremental ? { range: { start: pos, end: pos }, text: 'e' } : { text };
      sentVersion.set(uri, version);
      wait = waitForDiagnostics(uri, version);
      t0 = performance.now();
      await guard(conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] }));
      const got = await wait;
      editSamples.push(got.at - t0);
      if (got.params.version !== undefined && got.params.version !== version) {
        result.notes.push(`edit ${i + 1}: diagnostics came for version ${got.params.version}, expected ${version}`);
      }
      await sleep(settleMs);
    }
    result.edit = stats(editSamples);
    log(`edit → diagnostics: median ${result.edit.medianMs} ms`);

    // 3. Newly opened 100 KB documents, each different.
    const openSamples: number[] = [];
    for (let i = 0; i < opens; i++) {
      const u = pathToFileURL(path.join(workspace, `opened-${i}.md`)).href;
      const t = generateStrategyMarkdown({ bytes: openBytes, seed: 1000 + i });
      sentVersion.set(u, 1);
      wait = waitForDiagnostics(u, 1);
      t0 = performance.now();
      await guard(conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'markdown', version: 1, text: t } }));
      const got = await wait;
      openSamples.push(got.at - t0);
      sentVersion.delete(u);
      await guard(conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: u } }));
      await sleep(settleMs);
    }
    result.open100k = stats(openSamples);
    log(`open 100 KB → diagnostics: median ${result.open100k.medianMs} ms`);
  } catch (e) {
    result.error = errorMessage(e);
    log(`error: ${result.error}`);
  } finally {
    if (connection && !exited) {
      try {
        await Promise.race([connection.sendRequest(ShutdownRequest.type), sleep(3000)]);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // the server may already be gone
      }
    }
    if (child && child.exitCode === null) {
      await Promise.race([new Promise((r) => child!.once('exit', r)), sleep(3000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    failAll('benchmark finished');
    connection?.dispose();
    rmSync(workspace, { recursive: true, force: true });
    const tail = stderrChunks.join('').trim().split('\n').slice(-10).join('\n');
    if (tail) result.serverStderrTail = tail;
  }

  // 4. The same work without the server, in this process, for comparison.
  try {
    const core = loadCore();
    const analyser = core.createAnalyser();
    const full: number[] = [];
    const warm: number[] = [];
    const warmCache = new core.BlockCache();
    analyser.analyse(large, 'markdown', warmCache); // fills the cache; doubles as the JIT warm-up
    // Fewer runs than the server part, and none when the caller has timed full 1 MB analyses.
    for (let i = 0; i < Math.min(edits, 3); i++) {
      gc();
      let t0 = performance.now();
      if (!options.fullReanalysis) {
        analyser.analyse(large, 'markdown', new core.BlockCache());
        full.push(performance.now() - t0);
      }
      const offset = editOffset(large, Math.floor(large.length / 2) + i * 1500);
      const edited = large.slice(0, offset) + 'e' + large.slice(offset);
      gc();
      t0 = performance.now();
      analyser.analyse(edited, 'markdown', warmCache);
      warm.push(performance.now() - t0);
    }
    result.fullReanalysis = options.fullReanalysis ?? stats(full);
    result.coreWarmCache = stats(warm);
  } catch (e) {
    result.notes.push(`in-process comparison failed: ${errorMessage(e)}`);
  }

  if (result.edit && result.open100k) {
    result.targets = {
      editMedianMs: result.edit.medianMs,
      editPass: result.edit.medianMs <= EDIT_TARGET_MS,
      open100kMedianMs: result.open100k.medianMs,
      open100kPass: result.open100k.medianMs <= OPEN_TARGET_MS,
    };
  }
  if (result.unversionedPublishes > 0) {
    result.notes.push(`${result.unversionedPublishes} publishDiagnostics carried no version: latencies then count the first publish after the change, which may be stale`);
  }
  return result;
}

/** Lines for the stdout report. */
export function describeEditorLatency(r: EditorLatencyResult): string[] {
  if (r.skipped) return [`editor latency: skipped (${r.skipped})`];
  const out: string[] = [];
  const s = (x?: Stats) => (x ? `median ${x.medianMs} ms (min ${x.minMs}, max ${x.maxMs}, n=${x.runs})` : '-');
  out.push(`server: ${r.serverPath} (${r.syncKind ?? '?'} sync), initialize ${r.initializeMs ?? '-'} ms`);
  if (r.error) out.push(`ERROR: ${r.error}`);
  out.push(`open 1 MB → first diagnostics:              ${r.openLargeMs ?? '-'} ms (${r.largeDiagnostics ?? '-'} diagnostics)`);
  out.push(`1-char edit in 1 MB → diagnostics (server): ${s(r.edit)}   target <= ${EDIT_TARGET_MS} ms${r.targets ? (r.targets.editPass ? '  PASS' : '  FAIL') : ''}`);
  out.push(`open new 100 KB → first diagnostics:        ${s(r.open100k)}   target <= ${OPEN_TARGET_MS} ms${r.targets ? (r.targets.open100kPass ? '  PASS' : '  FAIL') : ''}`);
  out.push(`full re-analysis of 1 MB (in process):      ${s(r.fullReanalysis)}`);
  out.push(`core alone, edit with warm BlockCache:      ${s(r.coreWarmCache)}`);
  if (r.edit && r.fullReanalysis && r.fullReanalysis.medianMs > 0) {
    out.push(`edit latency / full re-analysis: ${round(r.edit.medianMs / r.fullReanalysis.medianMs, 3)}`);
  }
  out.push(`publishes without a version: ${r.unversionedPublishes}; older-version publishes after a newer change: ${r.olderVersionPublishes}`);
  for (const n of r.notes) out.push(`note: ${n}`);
  if (r.error && r.serverStderrTail) out.push(`server stderr (tail):\n${r.serverStderrTail}`);
  return out;
}

if (require.main === module) {
  benchEditorLatency().then(
    (r) => {
      if (!r.skipped) for (const l of describeEditorLatency(r)) console.log(l);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
