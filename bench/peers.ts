// The tools `npm run bench` times side by side: remark-parse (the baseline the speed target is
// stated against), Realist's core, and the peers named in issue 2 (write-good, markdownlint,
// retext + retext-english + retext-intensify).
//
// Each tool is loaded once (`load`), outside any timing, and returns a `run` function that does
// the whole job on one text and returns a count (findings, messages or nodes) so the figures can
// be sanity-checked. unified, remark, retext and markdownlint are ESM-only: they are loaded with
// dynamic import() from this CommonJS module.

export type ToolKind = 'baseline' | 'realist' | 'peer';

export interface LoadedTool {
  /** Does the whole job on one text; resolves to a count of what it found (for sanity checks). */
  run(text: string): number | Promise<number>;
  /** One-off set-up cost measured while loading (module import excluded), for the report. */
  setupMs?: number;
  /** Anything worth printing about how the tool was set up. */
  note?: string;
}

export interface Tool {
  id: string;
  label: string;
  kind: ToolKind;
  /** What `run` counts, for the table. */
  counts: string;
  /**
   * May run fewer times at a size where one run is slow (BENCH_SLOW_MS), to keep the whole
   * benchmark within a few minutes. 'far-off' (Realist): only when its warm-up also took over
   * 3× remark-parse's, i.e. when it is so far from the 1.5× target that precision does not
   * matter. Never for remark-parse, the baseline.
   */
  reducible: boolean | 'far-off';
  load(): Promise<LoadedTool>;
}

async function loadUnified() {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  return { unified, remarkParse, remarkGfm };
}

function countNodes(node: unknown): number {
  let n = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const cur = stack.pop() as { children?: unknown[] } | undefined;
    n++;
    if (cur && Array.isArray(cur.children)) for (const c of cur.children) stack.push(c);
  }
  return n;
}

export const REMARK: Tool = {
  id: 'remark-parse',
  label: 'remark-parse',
  kind: 'baseline',
  counts: 'mdast nodes',
  reducible: false,
  async load() {
    const { unified, remarkParse } = await loadUnified();
    // A fresh processor per run, as a one-shot caller would do; freezing it is part of the cost.
    return { run: (text) => countNodes(unified().use(remarkParse).parse(text)) };
  },
};

export const REMARK_GFM: Tool = {
  id: 'remark-parse+gfm',
  label: 'remark-parse + remark-gfm',
  kind: 'baseline',
  counts: 'mdast nodes',
  reducible: true,
  async load() {
    const { unified, remarkParse, remarkGfm } = await loadUnified();
    return { run: (text) => countNodes(unified().use(remarkParse).use(remarkGfm).parse(text)) };
  },
};

export type Core = typeof import('../src/core/index');

/**
 * Realist's core, loaded lazily (a core that fails to load while it is being written costs its
 * own rows, not the whole run). require(), not import(): the project is CommonJS and tsx
 * compiles src/ on the fly.
 */
export function loadCore(): Core {
  return require('../src/core/index') as Core;
}

export const REALIST: Tool = {
  id: 'realist',
  label: 'Realist (cold analyse)',
  kind: 'realist',
  counts: 'findings',
  reducible: 'far-off',
  async load() {
    const core = loadCore();
    const t0 = performance.now();
    const analyser = core.createAnalyser();
    const setupMs = performance.now() - t0;
    return {
      setupMs,
      note: `createAnalyser() took ${setupMs.toFixed(1)} ms (once, not in the figures); ${analyser.rules.length} rules`,
      // A fresh BlockCache every run: a full cold analysis, nothing reused from the last run.
      run: (text) => analyser.analyse(text, 'markdown', new core.BlockCache()).findings.length,
    };
  },
};

export const WRITE_GOOD: Tool = {
  id: 'write-good',
  label: 'write-good',
  kind: 'peer',
  counts: 'suggestions',
  reducible: true,
  async load() {
    // write-good is CommonJS without types: (text, options?) => Array<{index, offset, reason}>.
    const writeGood = require('write-good') as (text: string) => unknown[];
    return { run: (text) => writeGood(text).length };
  },
};

export const MARKDOWNLINT: Tool = {
  id: 'markdownlint',
  label: 'markdownlint (default rules)',
  kind: 'peer',
  counts: 'errors',
  reducible: true,
  async load() {
    const { lint } = await import('markdownlint/sync');
    return {
      run: (text) => {
        const results = lint({ strings: { doc: text } });
        return results['doc']?.length ?? 0;
      },
    };
  },
};

export const RETEXT: Tool = {
  id: 'retext',
  label: 'retext + english + intensify',
  kind: 'peer',
  counts: 'messages',
  reducible: true,
  async load() {
    const { retext } = await import('retext');
    const retextEnglish = (await import('retext-english')).default;
    const retextIntensify = (await import('retext-intensify')).default;
    // retext = unified + retext-latin + retext-stringify; retext-english replaces the parser
    // (it sets `this.parser`), as retext-english's readme shows for English text.
    const processor = retext().use(retextEnglish).use(retextIntensify).freeze();
    return { run: async (text) => (await processor.process(text)).messages.length };
  },
};

/** In the order they are interleaved within each repetition. */
export const TOOLS: Tool[] = [REMARK, REMARK_GFM, REALIST, WRITE_GOOD, MARKDOWNLINT, RETEXT];

export function toolById(id: string): Tool {
  const t = TOOLS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown tool ${id}; known: ${TOOLS.map((x) => x.id).join(', ')}`);
  return t;
}
