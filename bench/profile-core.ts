// Where the core's time goes: each stage of the pipeline timed on its own over the same generated
// document, side by side with remark-parse and the whole analysis, in one process.
//
//   node --import tsx bench/profile-core.ts [bytes=1000000] [runs=3]
//   node --import tsx --cpu-prof --cpu-prof-dir=tmp/prof bench/profile-core.ts   (for a profile)
//
// Each stage takes the previous stage's output as input, so a stage's time is its own work.
// The stages of claimProfile (tokenize, match, the rest) are timed by calling those functions
// separately: "profile" is claimProfile's time minus the tokenize and match it does inside.
// "shift+assemble" is a warm re-analysis after an insertion at the very start of the document,
// which moves every block (no block is re-analysed except the first), minus the split it does.
import { splitBlocks, type Block } from '../src/core/blocks';
import { createAnalyser, BlockCache } from '../src/core/analyse';
import { builtInLexicons, compileLexicons } from '../src/core/lexicon';
import { featureVector, FEATURE_COUNT } from '../src/core/features';
import { CATEGORIES, defaultModel, flaggedBits, scoreVector } from '../src/core/model';
import { claimProfile, type ClaimProfile } from '../src/core/profile';
import { extractProseOfBlocks, type ProseSegment } from '../src/core/prose';
import { RULES } from '../src/core/rules';
import type { RuleContext } from '../src/core/rules/rule';
import { splitClauses, splitSentences } from '../src/core/sentences';
import type { Category } from '../src/core/types';
import { tokenize, type Token } from '../src/core/words';
import { generateStrategyMarkdown } from './generate';
import { gc, median, table } from './util';

type Stage = 'split' | 'parse/prose' | 'sentences' | 'tokenize' | 'match' | 'profile' | 'features+score' | 'rules' | 'shift+assemble';
const STAGES: Stage[] = ['split', 'parse/prose', 'sentences', 'tokenize', 'match', 'profile', 'features+score', 'rules', 'shift+assemble'];

function time<T>(f: () => T): [T, number] {
  gc();
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

async function main(): Promise<void> {
  const bytes = Number(process.argv[2] ?? 1_000_000);
  const runs = Number(process.argv[3] ?? 3);
  const text = generateStrategyMarkdown({ bytes, seed: 42 });
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;

  let t0 = performance.now();
  const lexicon = compileLexicons(builtInLexicons());
  const compileMs = performance.now() - t0;
  t0 = performance.now();
  const analyser = createAnalyser();
  const createMs = performance.now() - t0;
  const model = defaultModel();

  const samples = new Map<string, number[]>();
  const add = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);
  // One untimed round first: the JIT warms up and the memo tables fill as they do in a server.
  for (let run = 0; run <= runs; run++) {
    const record = run > 0 ? add : () => undefined;
    const [, remarkMs] = time(() => unified().use(remarkParse).parse(text));
    const [, wholeMs] = time(() => analyser.analyse(text, 'markdown', new BlockCache()));
    record('remark-parse (whole document)', remarkMs);
    record('analyse (cold BlockCache)', wholeMs);

    const [blocks, splitMs] = time(() => splitBlocks(text, 'markdown'));
    // As the analyser reads them: several blocks per parser call.
    const [segments, proseMs] = time(() =>
      extractProseOfBlocks(text, 'markdown', blocks.map((b: Block) => b.start), blocks.map((b: Block) => b.end)).flatMap((p) => p.segments));
    const [sentences, sentencesMs] = time(() => segments.flatMap((s: ProseSegment) =>
      splitSentences(s.text).flatMap((span) => splitClauses(s.text, span)).map((c) => s.text.slice(c.start, c.end))));
    const [tokens, tokenizeMs] = time(() => sentences.map((s) => tokenize(s)));
    const [, matchMs] = time(() => tokens.map((t: Token[]) => lexicon.match(t)));
    const [profiles, profileMs] = time(() => sentences.map((s) => claimProfile(s, lexicon)));
    const vector = new Float64Array(FEATURE_COUNT);
    const scores = new Float64Array(CATEGORIES.length);
    const [flags, featuresMs] = time(() => profiles.map((p: ClaimProfile) =>
      (p.tokens.length === 0 ? 0 : flaggedBits(model, scoreVector(model, featureVector(p, vector), scores), vector))));
    const [, rulesMs] = time(() => {
      let reports = 0;
      profiles.forEach((profile, k) => {
        if (flags[k] === 0) return;
        const flagged = new Set(CATEGORIES.filter((_, c) => (flags[k] & (1 << c)) !== 0));
        const context: RuleContext = { profile, scores: {} as Record<Category, number>, flagged, lexicon, taken: [] };
        for (const rule of RULES) for (const r of rule.check(context)) context.taken.push(r), reports++;
      });
      return reports;
    });
    const cache = new BlockCache();
    analyser.analyse(text, 'markdown', cache);
    const [, shiftMs] = time(() => analyser.analyse(`x${text}`, 'markdown', cache));

    record('split', splitMs);
    record('parse/prose', proseMs);
    record('sentences', sentencesMs);
    record('tokenize', tokenizeMs);
    record('match', matchMs);
    record('profile', profileMs - tokenizeMs - matchMs);
    record('features+score', featuresMs);
    record('rules', rulesMs);
    record('shift+assemble', shiftMs - splitMs);
    if (run === 0) {
      const words = tokens.reduce((n, t) => n + t.length, 0);
      console.log(`${text.length} characters, ${blocks.length} blocks, ${segments.length} prose segments, ${sentences.length} sentences, ${words} tokens`);
      console.log(`lexicon compile ${compileMs.toFixed(0)} ms; createAnalyser ${createMs.toFixed(0)} ms (compiles again)`);
    }
  }

  const remark = median(samples.get('remark-parse (whole document)')!);
  const rows: Array<Array<string | number>> = [['stage', 'median ms', '× remark-parse']];
  for (const name of ['remark-parse (whole document)', 'analyse (cold BlockCache)', ...STAGES]) {
    const m = median(samples.get(name)!);
    rows.push([name, m, `${(m / remark).toFixed(2)}×`]);
  }
  const nlp: Stage[] = ['sentences', 'tokenize', 'match', 'profile', 'features+score', 'rules'];
  const nlpMs = nlp.reduce((sum, s) => sum + median(samples.get(s)!), 0);
  rows.push(['(sentences … rules)', nlpMs, `${(nlpMs / remark).toFixed(2)}×`]);
  console.log(table(rows));
}

void main();
