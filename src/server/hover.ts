// Hover on a flagged span: why it was flagged, the reviewer's question, an example of an
// anchored rewrite, and a link to the rule's page. Written for writers, not programmers.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { ruleDocsUrl, type Finding } from '../core';
import { toRange } from './diagnostics';
import type { CheckedDocument } from './documentChecker';

/**
 * The outcome-anchored shape (docs: ARCHITECTURE.md), shown when a finding has no rewrite of
 * its own. Only placeholders: a hover never suggests a number, a date or a source.
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
  const rewrite = finding.fixes.find((fix) => fix.kind === 'rewrite')?.text ?? GENERIC_ANCHORED_REWRITE;
  const url = ruleDocsUrl(finding.ruleId);
  const e = markdown ? escapeMarkdown : (s: string) => s;
  const parts = [
    markdown ? `**Realist: ${finding.ruleId}**` : `Realist: ${finding.ruleId}`,
    e(finding.message),
  ];
  if (rule?.description) parts.push(`${markdown ? '**Why this was flagged:**' : 'Why this was flagged:'} ${e(rule.description)}`);
  if (finding.question) parts.push(`${markdown ? '**A reviewer would ask:**' : 'A reviewer would ask:'} ${e(finding.question)}`);
  parts.push(markdown ? `**An anchored rewrite, for example:**\n\n> ${e(rewrite)}` : `An anchored rewrite, for example:\n  ${rewrite}`);
  parts.push(markdown ? `[Read more about ${finding.ruleId}](${url})` : `Read more: ${url}`);
  return parts.join('\n\n');
}

/** Placeholders like [baseline] and words like *seamless* must show as written, not as links or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}
