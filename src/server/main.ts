// Entry point of `realist-language-server`: `--stdio` (what other editors use), `--node-ipc`
// (VS Code), `--socket=PORT` or `--pipe NAME`.
//
// On stdio, stdout carries the protocol and nothing else: one stray console.log from any
// dependency would corrupt the stream. So console output goes to stderr before anything else
// is loaded, and vscode-languageserver then routes console.* to the client's log.
import { format } from 'node:util';

const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const VERSION = process.env.REALIST_VERSION ?? '0.1.0';
const USAGE = `Usage: realist-language-server --stdio | --node-ipc | --socket=PORT | --pipe NAME

The Realist language server: diagnostics, quick fixes and hovers for strategy documents in any
editor that speaks the Language Server Protocol. See docs/language-server.md.
`;

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stderr.write(`${VERSION}\n`);
  process.exit(0);
} else if (argv.includes('--help') || !argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write(USAGE);
  process.exit(argv.includes('--help') ? 0 : 2);
} else {
  // Loaded only now, after stdout is protected (see above).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./run') as typeof import('./run')).run(VERSION);
}
