// Creates the connection (transport chosen from the command line) and keeps the process alive
// through anything one request or document might throw.
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { startServer } from './server';
import { jsonEncoder } from './wire';

export function run(version: string): void {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  const report = (what: string) => (error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`Realist language server: ${what}: ${detail}`);
  };
  // The server must never crash under a writer's feet: log, and carry on with the next message.
  process.on('uncaughtException', report('unexpected error'));
  process.on('unhandledRejection', report('unhandled promise rejection'));
  startServer(connection, version);
}

/**
 * On stdio the server writes with its own JSON encoder (wire.ts: diagnostics of large documents
 * are serialised much faster). stdin is passed as the stream it is, not wrapped in a reader, so
 * the library still exits when the editor closes it; console output is routed to the editor's
 * log, as the library does when it sets up stdio itself.
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: jsonEncoder });
  // The library takes a stream or a reader on each side (typed as both streams or both readers).
  const connection = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer);
  const text = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  return connection;
}
