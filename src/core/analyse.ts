// The pipeline: blocks -> prose segments -> sentences -> claim profiles -> model scores -> rules
// -> findings with source offsets and fixes. Results are kept per block, so an editor re-analyses
// only the blocks an edit touched (see BlockCache and relayout()).
import { splitBlocks } from './blocks';
import { applyControls, type ControlComment } from './controls';
import { builtInLexicons, compileLexicons, type CompiledLexicon, type LexiconFile } from './lexicon';
import { FEATURE_COUNT, FEATURE_INDEX, featureVector } from './features';
import { frontMatterEnd } from './markdown/frontMatter';
import { CATEGORIES, defaultModel, flaggedBits, scoreVector, type ModelWeights } from './model';
import { claimProfile } from './profile';
import { extractProseOfBlocks, toSourceRange, type ProseSegment } from './prose';
import { RULES } from './rules';
import { ruleDocsUrl } from './rules/ids';
import type { RuleContext, RuleModule } from './rules/rule';
import { splitClauses, splitSentences } from './sentences';
import type { RealistConfig, RuleSetting } from './settings';
import type { AnalysisResult, Category, ClaimSummary, Finding, FixCandidate, LanguageId, Notice, Severity, TextRange } from './types';

export interface RuleMeta {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  description: string;
  question: string;
  docsUrl: string;
}

export interface AnalyserOptions {
  /** Parsed `.realist.json` (already checked). */
  config?: RealistConfig;
  /** Extra lexicon files, already parsed and checked (see checkLexiconFile). */
  extraLexicons?: LexiconFile[];
  /** Claim-model weights; the fitted defaults unless given (evaluation refits them per fold). */
  model?: ModelWeights;
}

/**
 * One block's results in document offsets, as placed at offset `at`. A block's results depend
 * only on its text, the language and whether it starts the document, so when the block moves
 * they are shifted, not recomputed; while it stays put, the same objects are returned again.
 */
interface BlockEntry {
  key: string;
  /** How many blocks of the cached document have this entry (equal blocks share one). */
  refs: number;
  at: number;
  findings: Finding[];
  claims: ClaimSummary[];
  controls: ControlComment[];
  notices: Notice[];
}

/** Blocks of a document: offsets and results. */
interface Layout {
  starts: number[];
  ends: number[];
  entries: BlockEntry[];
}

/** What a BlockCache remembers of the last document analysed with it. */
interface CacheState extends Layout {
  owner: unknown;
  languageId: LanguageId;
  text: string;
  /** The entries of `entries` by key (language, document start, block text). */
  byKey: Map<string, BlockEntry>;
}

const cacheStates = new WeakMap<BlockCache, CacheState>();

/**
 * Results of one document's blocks. Keep one per open document and pass it to every analyse()
 * call: the next call compares its text with the last one, re-splits only around the change,
 * re-analyses only blocks it has not seen (looked up by text) and shifts the others' offsets.
 * It holds the blocks of the last document analysed, no more.
 */
export class BlockCache {
  get size(): number {
    return cacheStates.get(this)?.byKey.size ?? 0;
  }
}

export interface Analyser {
  readonly rules: readonly RuleMeta[];
  analyse(text: string, languageId: LanguageId, cache?: BlockCache): AnalysisResult;
}

function severityOf(rule: RuleModule, setting: RuleSetting | undefined): Severity | 'off' {
  if (setting === undefined) return rule.defaultSeverity;
  return typeof setting === 'string' ? setting : setting.severity;
}

interface ActiveRule {
  rule: RuleModule;
  severity: Severity;
}

export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  const config = options.config ?? {};
  const lexicon = compileLexicons([...builtInLexicons(), ...(options.extraLexicons ?? [])], {
    packs: config.packs,
    allow: config.allow,
  });
  const model = options.model ?? defaultModel();
  const active: ActiveRule[] = RULES.map((rule) => ({ rule, severity: severityOf(rule, config.rules?.[rule.id]) }))
    .filter((r): r is ActiveRule => r.severity !== 'off');
  const ruleIds = RULES.map((r) => r.id);
  const identity = {};
  const sentences = new SentenceAnalyser(lexicon, model, active);

  /**
   * Analyses blocks of `text` given by offsets. Two passes, all prose first, then all sentences:
   * alternating the parser and the claim model block by block made a cold 1 MB analysis about
   * 20% slower (measured here; the two presumably compete for the CPU's caches and the JIT).
   */
  const analyseBlocks = (text: string, languageId: LanguageId, starts: number[], ends: number[], keys: string[]): BlockEntry[] => {
    const entries: BlockEntry[] = [];
    const segments: ProseSegment[][] = [];
    const proses = extractProseOfBlocks(text, languageId, starts, ends);
    for (let k = 0; k < starts.length; k++) {
      const prose = proses[k];
      // Prose offsets are block offsets: results are placed where the block is.
      const entry: BlockEntry = { key: keys[k] ?? '', refs: 0, at: 0, findings: [], claims: [], controls: prose.controls, notices: prose.notices };
      if (entry.controls.length > 0 || entry.notices.length > 0) place(entry, starts[k]);
      entry.at = starts[k];
      entries.push(entry);
      segments.push(prose.segments);
    }
    for (let k = 0; k < entries.length; k++) {
      const blockText = text.slice(starts[k], ends[k]);
      for (const segment of segments[k]) sentences.analyseSegment(segment, blockText, starts[k], entries[k]);
    }
    return entries;
  };

  const keyOf = (text: string, start: number, end: number, languageId: LanguageId): string =>
    `${languageId}:${start === 0 ? 1 : 0}:${text.slice(start, end)}`;

  return {
    rules: RULES.map((r) => ({
      id: r.id, category: r.category, defaultSeverity: r.defaultSeverity, description: r.description,
      question: r.question, docsUrl: ruleDocsUrl(r.id),
    })),
    analyse(text, languageId, cache) {
      let layout: Layout;
      if (!cache) {
        const blocks = splitBlocks(text, languageId);
        const starts = blocks.map((b) => b.start);
        const ends = blocks.map((b) => b.end);
        layout = { starts, ends, entries: analyseBlocks(text, languageId, starts, ends, []) };
      } else {
        let state = cacheStates.get(cache);
        if (!state || state.owner !== identity || state.languageId !== languageId) {
          state = { owner: identity, languageId, text: '', starts: [], ends: [], entries: [], byKey: new Map() };
          cacheStates.set(cache, state);
        }
        const changed = relayout(state, text, languageId);
        // Blocks in the changed region: known by their text, or analysed now (a text that
        // occurs twice is analysed once).
        const { starts, ends, entries } = changed.layout;
        const keys: string[] = [];
        const fresh = new Map<string, number>();
        const todo: number[] = [];
        for (let k = changed.from; k < changed.to; k++) {
          const key = keyOf(text, starts[k], ends[k], languageId);
          keys[k] = key;
          const known = state.byKey.get(key);
          if (known) entries[k] = known;
          else if (!fresh.has(key)) fresh.set(key, todo.push(k) - 1);
        }
        const analysed = analyseBlocks(text, languageId, todo.map((k) => starts[k]), todo.map((k) => ends[k]), todo.map((k) => keys[k]));
        for (let k = changed.from; k < changed.to; k++) {
          entries[k] ??= analysed[fresh.get(keys[k])!];
          if (entries[k].refs++ === 0) state.byKey.set(entries[k].key, entries[k]);
        }
        for (const entry of changed.removed) if (--entry.refs === 0) state.byKey.delete(entry.key);
        layout = changed.layout;
        Object.assign(state, layout, { text });
      }

      const findings: Finding[] = [];
      const claims: ClaimSummary[] = [];
      const controls: ControlComment[] = [];
      const notices: Notice[] = [];
      for (let k = 0; k < layout.entries.length; k++) {
        const entry = layout.entries[k];
        place(entry, layout.starts[k]);
        for (const f of entry.findings) findings.push(f);
        for (const c of entry.claims) claims.push(c);
        for (const c of entry.controls) controls.push(c);
        for (const n of entry.notices) notices.push(n);
      }
      // Without control comments there is nothing to silence (applyControls would return the
      // findings as they are), and it would cost a line index of the whole document.
      if (controls.length === 0) return { findings, claims, notices };
      const controlled = applyControls(text, findings, controls, ruleIds);
      return { findings: controlled.findings, claims, notices: [...notices, ...controlled.notices] };
    },
  };
}

// ---- placing block results ------------------------------------------------------------------

function moved(r: TextRange, by: number): TextRange {
  return { start: r.start + by, end: r.end + by };
}

/**
 * Shifts an entry's results to offset `at`. New objects, so results already returned stay as they
 * were. A block after an edit is shifted at every keystroke, so this is written for speed: field
 * by field in the key order analyseSentence writes (cheaper than spreading; a field added to
 * Finding, ClaimSummary or FixCandidate must be added here too, which test/unit/equivalence
 * checks), and no closures (the bundle keeps function names, which makes creating one costly).
 */
function place(entry: BlockEntry, at: number): void {
  const by = at - entry.at;
  if (by === 0) return;
  entry.at = at;
  // A sentence's claim and findings share its range object; shifted, they share one again.
  let sentenceFrom: TextRange | undefined;
  let sentenceTo: TextRange | undefined;
  const claims: ClaimSummary[] = new Array(entry.claims.length);
  for (let k = 0; k < claims.length; k++) {
    const c = entry.claims[k];
    if (c.sentence !== sentenceFrom) sentenceTo = moved((sentenceFrom = c.sentence), by);
    claims[k] = { sentence: sentenceTo!, categories: c.categories, isClaim: c.isClaim, anchored: c.anchored };
  }
  const findings: Finding[] = new Array(entry.findings.length);
  for (let k = 0; k < findings.length; k++) {
    const f = entry.findings[k];
    if (f.sentence !== sentenceFrom) sentenceTo = moved((sentenceFrom = f.sentence), by);
    const fixes: FixCandidate[] = new Array(f.fixes.length);
    for (let j = 0; j < fixes.length; j++) {
      const x = f.fixes[j];
      fixes[j] = { title: x.title, kind: x.kind, range: moved(x.range, by), snippet: x.snippet, text: x.text };
    }
    findings[k] = {
      ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, range: moved(f.range, by),
      sentence: sentenceTo!, triggers: f.triggers, question: f.question, fixes,
    };
  }
  entry.claims = claims;
  entry.findings = findings;
  // Rare: control comments and notices.
  if (entry.controls.length > 0) {
    const controls: ControlComment[] = [];
    for (const c of entry.controls) controls.push({ ...c, range: moved(c.range, by) });
    entry.controls = controls;
  }
  if (entry.notices.length > 0) {
    const notices: Notice[] = [];
    for (const n of entry.notices) notices.push(n.range ? { ...n, range: moved(n.range, by) } : n);
    entry.notices = notices;
  }
}

// ---- re-splitting after an edit ---------------------------------------------------------------
//
// splitBlocks is one pass of a line scanner whose state right after it cuts a block depends on
// nothing before the cut: the state is reset, and the cut line decides the rest. So after an
// edit, the blocks before the edit stay as they were, the text from a block boundary before the
// edit is re-split, and as soon as the new scan cuts where the old one cut, past the edit, every
// later block is the old block moved by the length change. Only the text between the two is
// scanned, in a window that widens until the scans meet.

interface Relayout {
  layout: Layout;
  /** layout blocks [from, to) are new (their entries are to be filled in). */
  from: number;
  to: number;
  /** Entries of the old blocks replaced. */
  removed: BlockEntry[];
}

function relayout(state: CacheState, text: string, languageId: LanguageId): Relayout {
  const old = state.text;
  const count = state.starts.length;
  if (count === 0) {
    const blocks = splitBlocks(text, languageId);
    const layout: Layout = { starts: blocks.map((b) => b.start), ends: blocks.map((b) => b.end), entries: [] };
    return { layout, from: 0, to: blocks.length, removed: [] };
  }
  const prefix = commonPrefix(old, text);
  if (prefix === old.length && prefix === text.length) {
    return { layout: { starts: state.starts.slice(), ends: state.ends.slice(), entries: state.entries.slice() }, from: 0, to: 0, removed: [] };
  }
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  const changeEnd = text.length - suffix; // in the new text

  // The first block to re-split: its first line, line ending and the character after (a CRLF
  // check looks one ahead) lie before the change, so the new scan cuts there too.
  let first = blockAt(state.starts, prefix);
  while (first > 0 && !(lineEndAt(old, state.starts[first]) + 1 < prefix)) first--;
  const markdown = languageId === 'markdown';
  // Front matter is where the scan starts: unless it closed before the change, the change may
  // open or close it (a `---` typed anywhere below an unclosed one), so re-split from the start.
  if (markdown && first > 0 && mayOpenFrontMatter(text)) {
    const closedAt = frontMatterEnd(old);
    if (!(closedAt > 0 && closedAt < prefix)) first = 0;
  }
  // A window of old blocks past the change, widened until the two scans meet.
  const last = blockAt(state.starts, old.length - suffix);
  for (let span = 2; ; span *= 2) {
    const windowEnd = Math.min(last + span, count - 1);
    let end = windowEnd === count - 1 ? text.length : state.ends[windowEnd] + delta;
    let start = state.starts[first];
    let sub = text.slice(start, end);
    // A block opening with a `---` fence is read as front matter only at the document start.
    while (markdown && start > 0 && frontMatterEnd(sub) > 0) {
      start = state.starts[--first];
      sub = text.slice(start, end);
    }
    if (markdown && start === 0 && end < text.length && mayOpenFrontMatter(text) && frontMatterEnd(sub) === 0) {
      end = text.length; // the front matter may close past the window
      sub = text;
    }
    const blocks = splitBlocks(sub, languageId);
    for (let k = 1; k < blocks.length; k++) {
      const at = start + blocks[k].start;
      // The scans meet at a cut past the change that the old scan made too (not at the old
      // document start, which differs), judged on a line wholly inside the window.
      if (at < changeEnd || (end < text.length && !(lineEndAt(text, at) + 1 < end))) continue;
      const same = blockAt(state.starts, at - delta);
      if (same === 0 || state.starts[same] !== at - delta) continue;
      return spliced(state, first, same, blocks.slice(0, k), start, delta);
    }
    if (end === text.length) return spliced(state, first, count, blocks, start, delta);
  }
}

/** Old blocks [0, first), then `blocks` (offsets from `start`), then old blocks [resume, ...) moved by `delta`. */
function spliced(state: CacheState, first: number, resume: number, blocks: { start: number; end: number }[], start: number, delta: number): Relayout {
  const starts = state.starts.slice(0, first);
  const ends = state.ends.slice(0, first);
  const entries = state.entries.slice(0, first);
  for (const block of blocks) {
    starts.push(start + block.start);
    ends.push(start + block.end);
  }
  const to = starts.length;
  entries.length = to;
  for (let k = resume; k < state.starts.length; k++) {
    starts.push(state.starts[k] + delta);
    ends.push(state.ends[k] + delta);
    entries.push(state.entries[k]);
  }
  return { layout: { starts, ends, entries }, from: first, to, removed: state.entries.slice(first, resume) };
}

/** Index of the last block starting at or before `offset` (0 if none). */
function blockAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offset of the line ending (or text end) of the line containing `offset`. */
function lineEndAt(text: string, offset: number): number {
  for (let k = offset; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return k;
  }
  return text.length;
}

function mayOpenFrontMatter(text: string): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.startsWith('---', bom) || text.startsWith('+++', bom);
}

// Texts arrive as V8 cons strings (an editor's document is pieced together by its edits), on
// which charCodeAt is slow; comparing slices is a native memory comparison. So both scans go in
// chunks and look at single characters only inside the chunk that differs.
const CHUNK = 4096;

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + CHUNK <= max && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

// ---- sentences ----------------------------------------------------------------------------------

const ANCHORED = FEATURE_INDEX.anchored;
const BENEFIT = FEATURE_INDEX.benefit;
const EFFECT = FEATURE_INDEX.effect;
const OUTCOME = FEATURE_INDEX.outcome;
const UNMEASURED_BIT = 1 << CATEGORIES.indexOf('unmeasured');
/** The flagged categories for each combination of CATEGORIES bits, in CATEGORIES order. */
const FLAGGED_LISTS: Category[][] = [];
for (let bits = 0; bits < 1 << CATEGORIES.length; bits++) FLAGGED_LISTS.push(CATEGORIES.filter((_, k) => (bits & (1 << k)) !== 0));
/** The same as sets, shared by every sentence: rules only read them. */
const FLAGGED_SETS: ReadonlySet<Category>[] = FLAGGED_LISTS.map((list) => new Set(list));

/** Profiles, scores and checks the sentences of prose segments, reusing its working arrays. */
class SentenceAnalyser {
  private readonly vector = new Float64Array(FEATURE_COUNT);
  private readonly scores = new Float64Array(CATEGORIES.length);

  constructor(
    private readonly lexicon: CompiledLexicon,
    private readonly model: ModelWeights,
    private readonly active: ActiveRule[],
  ) {}

  /** Adds the claims and findings of a segment of `blockText` to `out`, the block starting at `base`. */
  analyseSegment(segment: ProseSegment, blockText: string, base: number, out: BlockEntry): void {
    for (const sentenceSpan of splitSentences(segment.text)) {
      for (const span of splitClauses(segment.text, sentenceSpan)) this.analyseSentence(segment, span, blockText, base, out);
    }
  }

  private analyseSentence(segment: ProseSegment, span: TextRange, blockText: string, base: number, out: BlockEntry): void {
    const text = segment.text.slice(span.start, span.end);
    const profile = claimProfile(text, this.lexicon);
    if (profile.tokens.length === 0) return;
    const vector = featureVector(profile, this.vector);
    const bits = flaggedBits(this.model, scoreVector(this.model, vector, this.scores));
    const sentence = shiftedBy(toSourceRange(segment, span.start, span.end), base);
    const anchored = vector[ANCHORED] === 1;
    const isClaim = bits !== 0 || (anchored && (vector[BENEFIT] === 1 || vector[EFFECT] === 1 || vector[OUTCOME] === 1));
    out.claims.push({ sentence, categories: FLAGGED_LISTS[bits].slice(), isClaim, anchored: isClaim && anchored && (bits & UNMEASURED_BIT) === 0 });
    if (bits === 0) return;

    const scores = {} as Record<Category, number>;
    for (let k = 0; k < CATEGORIES.length; k++) scores[CATEGORIES[k]] = this.scores[k];
    const context: RuleContext = { profile, scores, flagged: FLAGGED_SETS[bits], lexicon: this.lexicon, taken: [] };
    for (const { rule, severity } of this.active) {
      for (const report of rule.check(context)) {
        context.taken.push({ start: report.start, end: report.end });
        const fixes: FixCandidate[] = [];
        for (const fix of report.fixes) {
          // A fix computed on prose maps to the source only when the words it replaces are
          // written there exactly as read (no emphasis markers, entities or links inside):
          // otherwise applying it would drop the writer's markup, so it is not offered.
          const range = toSourceRange(segment, span.start + fix.range.start, span.start + fix.range.end);
          if (fix.range.start !== fix.range.end && blockText.slice(range.start, range.end) !== text.slice(fix.range.start, fix.range.end)) continue;
          fixes.push({ ...fix, range: shiftedBy(range, base) });
        }
        out.findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity,
          message: report.message,
          range: shiftedBy(toSourceRange(segment, span.start + report.start, span.start + report.end), base),
          sentence,
          triggers: report.triggers,
          question: rule.question,
          fixes,
        });
      }
    }
  }
}

/** Adds `by` to a range just made for the purpose (no copy). */
function shiftedBy(range: TextRange, by: number): TextRange {
  range.start += by;
  range.end += by;
  return range;
}
