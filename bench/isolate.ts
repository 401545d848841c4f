// Runs bench/child.ts in its own process with a timeout, so a hang, a stack overflow or running
// out of memory in one tool on one input is reported, not fatal to the whole benchmark.
import { fork } from 'node:child_process';
import * as path from 'node:path';
import type { ChildReport } from './child';
import { fmt } from './util';

/** Generating a 5 MB input and loading a tool (tsx compiles src/ on the fly) happens before the clock. */
const STARTUP_TIMEOUT_MS = 120_000;

export type IsolatedResult = ChildReport & {
  /** "123 ms", "crashed: <message>" or "timed out after N ms (killed)". */
  outcome: string;
};

/**
 * `node --import tsx bench/child.ts ...args`; the timeout counts from the child's "ready" message
 * (input generated, tool loaded), so it guards the tool's run only.
 */
export function runChild(args: string[], timeoutMs: number): Promise<IsolatedResult> {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, 'child.ts'), args, {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: process.execArgv,
    });
    let stderr = '';
    let report: ChildReport | undefined;
    let timedOut: number | undefined;
    const arm = (ms: number) => setTimeout(() => {
      timedOut = ms;
      child.kill('SIGKILL');
    }, ms);
    let timer = arm(STARTUP_TIMEOUT_MS);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      stderr = (stderr + d).slice(-4000);
    });
    child.on('message', (m: ChildReport) => {
      if (m.ready) {
        clearTimeout(timer);
        timer = arm(timeoutMs);
      } else {
        report = m;
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut !== undefined) {
        return resolve({ ok: false, outcome: `timed out after ${timedOut} ms (killed)${timedOut === STARTUP_TIMEOUT_MS ? ' before it started' : ''}` });
      }
      if (report?.ok) return resolve({ ...report, outcome: `${fmt(report.ms!)} ms` });
      if (report) return resolve({ ...report, outcome: `crashed: ${report.error}` });
      const lines = stderr.trim().split('\n');
      const why = [...lines].reverse().find((l) => /error|fatal|exception|abort/i.test(l)) ?? lines[lines.length - 1] ?? '';
      resolve({ ok: false, outcome: `crashed: exit code ${code}${signal ? `, signal ${signal}` : ''}${why ? `: ${why.trim().slice(0, 200)}` : ''}` });
    });
  });
}
