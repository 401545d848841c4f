// Runs one tool on one input in its own process, so `run.ts` can guard it with a timeout and
// survive a crash (stack overflow, out of memory, a hang). Started by run.ts with fork();
// reports over the IPC channel, never on stdout (a tool may print there).
//
//   node --import tsx bench/child.ts bad <input-name> <tool-id>
//   node --import tsx bench/child.ts memory <bytes> <tool-id>
import { generateBadInput, generateStrategyMarkdown, type BadInputName } from './generate';
import { loadCore, toolById } from './peers';
import { errorMessage, gc } from './util';

export interface ChildReport {
  /** Sent once input and tool are ready, just before the timed run: the parent's timeout starts here. */
  ready?: boolean;
  ok: boolean;
  ms?: number;
  count?: number;
  /** Realist only: how many notices (clear messages about the input) it returned. */
  notices?: string[];
  /** Peak RSS above the RSS just before the run (bytes); memory mode only. */
  peakRssDelta?: number;
  inputChars?: number;
  error?: string;
}

async function main(): Promise<ChildReport> {
  const [mode, arg, toolId] = process.argv.slice(2);
  if (!mode || !arg || !toolId) throw new Error('usage: child.ts bad|memory <input> <tool>');
  const text = mode === 'bad'
    ? generateBadInput(arg as BadInputName)
    : generateStrategyMarkdown({ bytes: Number(arg) });
  const tool = toolById(toolId);
  const loaded = await tool.load();
  let notices: string[] | undefined;
  const ready = () => new Promise<void>((r) => (process.send ? process.send({ ready: true, ok: true }, () => r()) : r()));
  if (tool.kind === 'realist' && mode === 'bad') {
    // Also collect the notices, the "clear message" the issue asks for on bad input.
    const core = loadCore();
    const analyser = core.createAnalyser();
    await ready();
    gc();
    const t0 = performance.now();
    const result = analyser.analyse(text, 'markdown', new core.BlockCache());
    const ms = performance.now() - t0;
    notices = result.notices.map((n) => n.message);
    return { ok: true, ms, count: result.findings.length, notices, inputChars: text.length };
  }
  await ready();
  gc();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const count = await loaded.run(text);
  const ms = performance.now() - t0;
  // maxRSS is the process's peak so far in KiB; loading and generating happened before rss0.
  const peak = process.resourceUsage().maxRSS * 1024;
  return { ok: true, ms, count, peakRssDelta: Math.max(0, peak - rss0), inputChars: text.length };
}

main().then(
  (report) => {
    process.send?.(report, () => process.exit(0));
  },
  (e: unknown) => {
    const report: ChildReport = { ok: false, error: errorMessage(e) };
    process.send?.(report, () => process.exit(0));
  },
);
