// The pipeline: blocks -> prose segments -> sentences -> claim profiles -> model scores -> rules
// -> findings with source offsets and fixes. Results are cached per block (by its text), so an
// editor re-analyses only the blocks an edit touched.
import { splitBlocks } from './blocks';
import { applyControls, type ControlComment } from './controls';
import { builtInLexicons, compileLexicons, type CompiledLexicon, type LexiconFile } from './lexicon';
import { featuresOf } from './features';
import { CATEGORIES, categoryScores, defaultModel, type ModelWeights } from './model';
import { claimProfile } from './profile';
import { extractProse, toSourceRange, type ProseSegment } from './prose';
import { RULES } from './rules';
import { ruleDocsUrl } from './rules/ids';
import type { RuleModule } from './rules/rule';
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

interface BlockResult {
  findings: Finding[];
  claims: ClaimSummary[];
  controls: ControlComment[];
  notices: Notice[];
}

/**
 * Results per block, keyed by block text. Keep one per open document and pass it to every
 * analyse() call: unchanged blocks are then not parsed again. Entries a run did not use are
 * dropped at the end of it, so the cache never holds more than one document's blocks.
 */
export class BlockCache {
  private owner: unknown;
  private entries = new Map<string, BlockResult>();
  private used = new Set<string>();

  /** @internal */
  lookup(owner: unknown, key: string): BlockResult | undefined {
    if (owner !== this.owner) {
      this.owner = owner;
      this.entries.clear();
    }
    this.used.add(key);
    return this.entries.get(key);
  }

  /** @internal */
  store(key: string, result: BlockResult): void {
    this.entries.set(key, result);
  }

  /** @internal */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  get size(): number {
    return this.entries.size;
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

export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  const config = options.config ?? {};
  const lexicon = compileLexicons([...builtInLexicons(), ...(options.extraLexicons ?? [])], {
    packs: config.packs,
    allow: config.allow,
  });
  const model = options.model ?? defaultModel();
  const active = RULES.map((rule) => ({ rule, severity: severityOf(rule, config.rules?.[rule.id]) }))
    .filter((r): r is { rule: RuleModule; severity: Severity } => r.severity !== 'off');
  const ruleIds = RULES.map((r) => r.id);
  const identity = {};

  const analyseBlock = (blockText: string, languageId: LanguageId, atStart: boolean): BlockResult => {
    const prose = extractProse(blockText, languageId, atStart);
    const result: BlockResult = { findings: [], claims: [], controls: prose.controls, notices: prose.notices };
    for (const segment of prose.segments) analyseSegment(segment, blockText, lexicon, model, active, result);
    return result;
  };

  return {
    rules: RULES.map((r) => ({
      id: r.id, category: r.category, defaultSeverity: r.defaultSeverity, description: r.description,
      question: r.question, docsUrl: ruleDocsUrl(r.id),
    })),
    analyse(text, languageId, cache) {
      const findings: Finding[] = [];
      const claims: ClaimSummary[] = [];
      const controls: ControlComment[] = [];
      const notices: Notice[] = [];
      for (const block of splitBlocks(text, languageId)) {
        const key = `${languageId}:${block.atDocumentStart ? 1 : 0}:${block.text}`;
        let result = cache?.lookup(identity, key);
        if (!result) {
          result = analyseBlock(block.text, languageId, block.atDocumentStart);
          cache?.store(key, result);
        }
        const shift = (r: TextRange): TextRange => ({ start: r.start + block.start, end: r.end + block.start });
        for (const f of result.findings) {
          findings.push({ ...f, range: shift(f.range), sentence: shift(f.sentence), fixes: f.fixes.map((x) => ({ ...x, range: shift(x.range) })) });
        }
        for (const c of result.claims) claims.push({ ...c, sentence: shift(c.sentence) });
        for (const c of result.controls) controls.push({ ...c, range: shift(c.range) });
        for (const n of result.notices) notices.push(n.range ? { ...n, range: shift(n.range) } : n);
      }
      cache?.sweep();
      const controlled = applyControls(text, findings, controls, ruleIds);
      return { findings: controlled.findings, claims, notices: [...notices, ...controlled.notices] };
    },
  };
}

function analyseSegment(
  segment: ProseSegment,
  blockText: string,
  lexicon: CompiledLexicon,
  model: ModelWeights,
  active: { rule: RuleModule; severity: Severity }[],
  out: BlockResult,
): void {
  for (const sentenceSpan of splitSentences(segment.text)) for (const span of splitClauses(segment.text, sentenceSpan)) {
    const text = segment.text.slice(span.start, span.end);
    const profile = claimProfile(text, lexicon);
    if (profile.tokens.length === 0) continue;
    const features = featuresOf(profile);
    const scores = categoryScores(model, features);
    const flagged = new Set(CATEGORIES.filter((c) => scores[c] >= model[c].threshold));
    const sentence = toSourceRange(segment, span.start, span.end);
    const anchored = features.anchored === 1;
    const isClaim = flagged.size > 0 || (anchored && (features.benefit === 1 || features.effect === 1 || features.outcome === 1));
    out.claims.push({ sentence, categories: [...flagged], isClaim, anchored: isClaim && anchored && !flagged.has('unmeasured') });
    if (flagged.size === 0) continue;

    const taken: TextRange[] = [];
    const toSource = (start: number, end: number) => toSourceRange(segment, span.start + start, span.start + end);
    for (const { rule, severity } of active) {
      for (const report of rule.check({ profile, scores, flagged, lexicon, taken })) {
        taken.push({ start: report.start, end: report.end });
        out.findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity,
          message: report.message,
          range: toSource(report.start, report.end),
          sentence,
          triggers: report.triggers,
          question: rule.question,
          fixes: report.fixes.flatMap((fix) => mapFix(fix, text, blockText, toSource)),
        });
      }
    }
  }
}

/**
 * A fix computed on prose maps to the source only when the words it replaces are written there
 * exactly as read (no emphasis markers, entities or links inside): otherwise applying it would
 * drop the writer's markup, so the fix is not offered.
 */
function mapFix(
  fix: FixCandidate,
  sentenceText: string,
  blockText: string,
  toSource: (start: number, end: number) => TextRange,
): FixCandidate[] {
  const range = toSource(fix.range.start, fix.range.end);
  if (fix.range.start !== fix.range.end && blockText.slice(range.start, range.end) !== sentenceText.slice(fix.range.start, fix.range.end)) {
    return [];
  }
  return [{ ...fix, range }];
}
