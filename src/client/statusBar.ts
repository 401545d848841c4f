// The status bar item: the active document's claim summary, as the server computes it.
// The server pushes a summary whenever a document's findings change (DOCUMENT_SUMMARY_NOTIFICATION);
// when the user switches editors we show the cached one, or ask for it (DOCUMENT_SUMMARY_REQUEST).
import * as vscode from 'vscode';
import { DOCS_BASE_URL } from '../core/rules/ids';
import type { DocumentSummaryResult } from '../shared/protocol';

export const SHOW_PROBLEMS_COMMAND = 'realist.showProblems';
const ANCHORING_DOCS_URL = DOCS_BASE_URL.replace(/rules\/$/, 'anchoring-score.md');

/** What the status bar shows for a summary (exported so tests can compare exactly). */
export function summaryText(s: DocumentSummaryResult): string {
  if (s.claims === 0) return s.findings === 0 ? 'Realist: no claims' : `Realist: ${plural(s.findings, 'finding')}`;
  return `Realist: ${plural(s.claims, 'claim')}, ${s.anchoringScore}% anchored`;
}

export function summaryTooltip(s: DocumentSummaryResult): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**Realist** · ${plural(s.claims, 'claim')} in this document\n\n`);
  md.appendMarkdown(`| | |\n|---|--:|\n`);
  md.appendMarkdown(`| Feature-focused (what the technology does, no outcome) | ${s.featureFocus} |\n`);
  md.appendMarkdown(`| Unmeasured outcomes (no baseline, target or date) | ${s.unmeasured} |\n`);
  md.appendMarkdown(`| Optimistic certainty (will transform, fix, solve) | ${s.optimistic} |\n`);
  md.appendMarkdown(`| Anchored claims | ${s.anchored} |\n`);
  md.appendMarkdown(`| Unanchored claims | ${s.unanchored} |\n`);
  md.appendMarkdown(`| Findings | ${s.findings} |\n\n`);
  md.appendMarkdown(
    `**Anchoring score ${s.anchoringScore}%**: the share of claims that carry a measure ` +
      `(a quantity, a percentage, an amount of money or a "from X to Y") someone could check. ` +
      `[How it is computed](${ANCHORING_DOCS_URL})\n\n`,
  );
  md.appendMarkdown('Click to list Realist findings in the Problems panel.');
  return md;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  uri?: string;
}

export class SummaryStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly summaries = new Map<string, DocumentSummaryResult>();
  private readonly disposables: vscode.Disposable[] = [];
  private visible = false;
  private shownUri: string | undefined;
  private problem: { text: string; tooltip: string } | undefined;
  private readonly changed = new vscode.EventEmitter<DocumentSummaryResult>();
  /** Fires after a summary is stored; tests wait on it instead of sleeping. */
  readonly onDidChangeSummary = this.changed.event;

  constructor(
    /** Protocol URI string of a document, exactly as the language client sends it to the server. */
    private readonly keyOf: (uri: vscode.Uri) => string,
    /** Asks the server for a summary; resolves undefined when it cannot (not started, not open). */
    private readonly request: (uri: string) => Promise<DocumentSummaryResult | undefined>,
    private readonly isChecked: (doc: vscode.TextDocument) => boolean,
  ) {
    this.item = vscode.window.createStatusBarItem('realist.summary', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Realist summary';
    this.item.command = SHOW_PROBLEMS_COMMAND;
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.summaries.delete(this.keyOf(d.uri))),
    );
  }

  /** A pushed or requested summary arrived. */
  update(summary: DocumentSummaryResult): void {
    this.summaries.set(summary.uri, summary);
    this.changed.fire(summary);
    if (summary.uri === this.activeKey()) this.render(summary);
  }

  last(uri: vscode.Uri | string): DocumentSummaryResult | undefined {
    return this.summaries.get(typeof uri === 'string' ? uri : this.keyOf(uri));
  }

  /** Shows a message instead of a summary, e.g. when the server could not start. */
  setProblem(text: string, tooltip: string): void {
    this.problem = { text, tooltip };
    this.refresh();
  }

  snapshot(): StatusSnapshot {
    const t = this.item.tooltip;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof t === 'string' ? t : (t?.value ?? ''),
      uri: this.shownUri,
    };
  }

  /** Re-renders for the active editor; hides the item for documents Realist does not check. */
  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.isChecked(doc)) {
      this.hide();
      return;
    }
    if (this.problem) {
      this.show(`$(warning) ${this.problem.text}`, this.problem.tooltip, this.keyOf(doc.uri));
      return;
    }
    const key = this.keyOf(doc.uri);
    const cached = this.summaries.get(key);
    if (cached) {
      this.render(cached);
      return;
    }
    this.show('$(sync~spin) Realist', 'Realist is checking this document…', key);
    void this.request(key).then((s) => s && this.update(s));
  }

  private activeKey(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc ? this.keyOf(doc.uri) : undefined;
  }

  private render(s: DocumentSummaryResult): void {
    if (this.problem) return;
    this.item.tooltip = summaryTooltip(s);
    this.show(summaryText(s), undefined, s.uri);
  }

  private show(text: string, tooltip: string | undefined, uri: string): void {
    this.item.text = text;
    if (tooltip !== undefined) this.item.tooltip = tooltip;
    this.shownUri = uri;
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.shownUri = undefined;
    this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
