// Keeps the report stream clean. Some libraries print to stdout when loaded or used (natural's
// storage backends run dotenv, which logs). This module is imported first by main.ts, so before
// any of them load it points process.stdout.write (which console.log uses too) at stderr, and
// keeps the real write for the report alone.
const realStdoutWrite = process.stdout.write.bind(process.stdout);

process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
  (process.stderr.write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;

let stdoutClosed = false;
// `realist check docs | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') stdoutClosed = true;
  else process.stderr.write(`realist: could not write the report: ${error.message}\n`);
});

/**
 * Writes the report and resolves once Node has handed it to the OS. Callers then set
 * process.exitCode and return rather than calling process.exit(), which could cut off a large
 * report still queued for a pipe.
 */
export function writeStdout(text: string): Promise<void> {
  if (stdoutClosed || text === '') return Promise.resolve();
  return new Promise((resolve) => {
    realStdoutWrite(text, () => resolve());
  });
}

export function writeStderr(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}
