// Creates the connection (transport chosen from the command line) and keeps the process alive
// through anything one request or document might throw.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

export function run(version: string): void {
  const connection = createConnection(ProposedFeatures.all);
  const report = (what: string) => (error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`Realist language server: ${what}: ${detail}`);
  };
  // The server must never crash under a writer's feet: log, and carry on with the next message.
  process.on('uncaughtException', report('unexpected error'));
  process.on('unhandledRejection', report('unhandled promise rejection'));
  startServer(connection, version);
}
