// Hover on a flagged span: why it was flagged, the reviewer's question, an example of an
// anchored rewrite, and a link to the rule's page. Written for writers, not programmers.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { ruleDocsUrl, type Finding } from '../core';
import { toRange } from './diagnostics';
import type { CheckedDocument } from './documentChecker';

/**
 * The outcome-anchored shape (docs: ARCHITECTURE.md), shown when neither a finding nor its
 * sentence has a rewrite fix. Only placeholders: a hover never suggests a number, a date or a source.
 */
export const GENERIC_ANCHORED_REWRITE =
  '[Intervention] is expected to [reduce] [outcome measure] from [baseline] to [target] by [date] for [population], measured by [data source]; owner: [role].';

export function hoverAt(doc: CheckedDocument, position: Position, markdown: boolean): Hover | null {
  const offset = doc.lines.offsetAt(position);
  // Inclusive end, so hovering just after the last letter of a word still shows it.
  const here = doc.result.findings.filter((f) => f.range.start <= offset && offset <= f.range.end && f.range.end > f.range.start);
  if (here.length === 0) return null;
  const sections = here.map((finding) => describe(doc, finding, markdown));
  const first = here[0];
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: toRange(doc.lines, first.range),
  };
}

function describe(doc: CheckedDocument, finding: Finding, markdown: boolean): string {
  const rule = doc.rules.find((r) => r.id === finding.ruleId);
  const url = ruleDocsUrl(finding.ruleId);
  const e = markdown ? escapeMarkdown : (s: string) => s;
  const words = finding.triggers.length > 0 ? `: “${finding.triggers.join('”, “')}”` : '';
  // Not the diagnostic's message: editors show it next to the hover already.
  const parts = [markdown ? `**Realist · ${finding.ruleId}**${e(words)}` : `Realist · ${finding.ruleId}${words}`];
  if (rule?.description) parts.push(`${markdown ? '**Why this was flagged:**' : 'Why this was flagged:'} ${e(rule.description)}`);
  if (finding.question) parts.push(`${markdown ? '**A reviewer would ask:**' : 'A reviewer would ask:'} ${e(finding.question)}`);
  const rewrite = exampleRewrite(doc, finding);
  parts.push(markdown ? `**An anchored rewrite, for example:**\n\n> ${e(rewrite)}` : `An anchored rewrite, for example:\n  ${rewrite}`);
  parts.push(markdown ? `[Read more about ${finding.ruleId}](${url})` : `Read more: ${url}`);
  return parts.join('\n\n');
}

/**
 * The sentence with the first rewrite fix applied: the finding's own, else one offered for
 * another finding in the same sentence (a hype term's fixes are plain words, but its sentence
 * may have an anchoring rewrite), else the generic shape. Shown in its sentence because a
 * rewrite is often an insertion (" from [baseline] to [target] by [date]") that reads as
 * nothing on its own.
 */
export function exampleRewrite(doc: CheckedDocument, finding: Finding): string {
  const sameSentence = doc.result.findings.filter(
    (f) => f !== finding && f.sentence.start === finding.sentence.start && f.sentence.end === finding.sentence.end,
  );
  const fix = [finding, ...sameSentence].flatMap((f) => f.fixes).find((f) => f.kind === 'rewrite');
  if (!fix) return GENERIC_ANCHORED_REWRITE;
  const { sentence } = finding;
  if (fix.range.start < sentence.start || fix.range.end > sentence.end) return fix.text.trim();
  const rewritten = doc.text.slice(sentence.start, fix.range.start) + fix.text + doc.text.slice(fix.range.end, sentence.end);
  return rewritten.replace(/\s+/g, ' ').trim();
}

/** Placeholders like [baseline] and words like *seamless* must show as written, not as links or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}
