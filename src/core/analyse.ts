// The pipeline: blocks -> prose segments -> sentences -> claim profiles -> model scores -> rules
// -> findings with source offsets and fixes. Results are kept per block, so an editor re-analyses
// only the blocks an edit touched (see BlockCache and relayout()).
import { relayout, type BlockEntry, type CacheState, type Layout } from './blockLayout';
import { splitBlocks } from './blocks';
import { applyControls, type ControlComment } from './controls';
import { builtInLexicons, compileLexicons, type CompiledLexicon, type LexiconFile } from './lexicon';
import { FEATURE_COUNT, FEATURE_INDEX, featureVector } from './features';
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
    const bits = flaggedBits(this.model, scoreVector(this.model, vector, this.scores), vector);
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
