// Inline control comments, with ESLint's semantics:
//   <!-- realist-disable [rules] -->            silences the rules (all if none) from here ...
//   <!-- realist-enable [rules] -->             ... until re-enabled
//   <!-- realist-disable-line [rules] -->       silences findings that start on the comment's line
//   <!-- realist-disable-next-line [rules] -->  ... on the next non-blank line
//   <!-- realist-disable-file [rules] -->       ... anywhere in the document
// In Markdown they are read from HTML nodes of the syntax tree (so examples in code blocks do
// nothing); extractProse returns them and the analyser shifts their ranges to document offsets.
import type { Finding, Notice } from './types';
import { LineIndex } from './lineIndex';
import type { ControlComment } from './markdown/controlSyntax';

export { parseControlComment, type ControlComment, type ControlDirective } from './markdown/controlSyntax';
export { disableLineEdit, disableFileEdit } from './markdown/disableEdits';

/** Which rules a directive covers: every rule, or the named ones. */
class RuleSet {
  all = false;
  readonly named = new Set<string>();
  add(rules: string[]): void {
    if (rules.length === 0) this.all = true;
    for (const rule of rules) this.named.add(rule);
  }
  has(rule: string): boolean {
    return this.all || this.named.has(rule);
  }
}

/** The disable/enable state at one point of a sweep through the document. */
class RangeState {
  private allDisabled = false;
  private readonly disabled = new Set<string>();
  /** Rules enabled again while all the others stay disabled. */
  private readonly exceptions = new Set<string>();

  apply(control: ControlComment): void {
    const { directive, rules } = control;
    if (directive === 'disable' && rules.length === 0) {
      this.allDisabled = true;
      this.disabled.clear();
      this.exceptions.clear();
    } else if (directive === 'disable') {
      for (const rule of rules) {
        if (this.allDisabled) this.exceptions.delete(rule);
        else this.disabled.add(rule);
      }
    } else if (directive === 'enable' && rules.length === 0) {
      this.allDisabled = false;
      this.disabled.clear();
      this.exceptions.clear();
    } else if (directive === 'enable') {
      for (const rule of rules) {
        if (this.allDisabled) this.exceptions.add(rule);
        this.disabled.delete(rule);
      }
    }
  }

  silences(rule: string): boolean {
    return this.allDisabled ? !this.exceptions.has(rule) : this.disabled.has(rule);
  }
}

/**
 * Drops the findings that control comments silence. `controls` carry document offsets. Rule
 * ids the analyser does not know give a warning on the comment, and are otherwise ignored.
 */
export function applyControls(
  text: string,
  findings: Finding[],
  controls: ControlComment[],
  knownRuleIds: readonly string[],
): { findings: Finding[]; notices: Notice[] } {
  const known = new Set(knownRuleIds);
  const notices: Notice[] = [];
  const valid: ControlComment[] = [];
  for (const control of controls) {
    for (const rule of control.rules) {
      if (!known.has(rule)) {
        notices.push({
          severity: 'warning',
          message: `Unknown rule '${rule}' in realist-${control.directive} comment; known rules: ${knownRuleIds.join(', ')}.`,
          range: { ...control.range },
        });
      }
    }
    const rules = control.rules.filter((rule) => known.has(rule));
    // A comment naming only unknown rules silences nothing (rather than everything).
    if (rules.length > 0 || control.rules.length === 0) valid.push({ ...control, rules });
  }
  if (valid.length === 0 || findings.length === 0) return { findings, notices };

  const lines = new LineIndex(text);
  const wholeFile = new RuleSet();
  const byLine = new Map<number, RuleSet>();
  const silenceLine = (line: number, rules: string[]): void => {
    let set = byLine.get(line);
    if (!set) byLine.set(line, (set = new RuleSet()));
    set.add(rules);
  };
  const ranged: ControlComment[] = [];
  for (const control of valid) {
    switch (control.directive) {
      case 'disable-file':
        wholeFile.add(control.rules);
        break;
      case 'disable-line':
        silenceLine(lines.positionAt(control.range.start).line, control.rules);
        break;
      case 'disable-next-line':
        silenceLine(nextNonBlankLine(text, lines, lines.positionAt(control.range.end).line), control.rules);
        break;
      default:
        ranged.push(control);
    }
  }

  // Sweep findings and disable/enable comments together in document order.
  ranged.sort((a, b) => a.range.start - b.range.start);
  const order = findings.map((_, index) => index).sort((a, b) => findings[a].range.start - findings[b].range.start);
  const silenced = new Uint8Array(findings.length);
  const state = new RangeState();
  let next = 0;
  for (const index of order) {
    const finding = findings[index];
    while (next < ranged.length && ranged[next].range.start <= finding.range.start) state.apply(ranged[next++]);
    const line = lines.positionAt(finding.range.start).line;
    if (wholeFile.has(finding.ruleId) || byLine.get(line)?.has(finding.ruleId) || state.silences(finding.ruleId)) {
      silenced[index] = 1;
    }
  }
  return { findings: findings.filter((_, index) => silenced[index] === 0), notices };
}

function nextNonBlankLine(text: string, lines: LineIndex, line: number): number {
  let next = line + 1;
  while (next < lines.lineCount - 1 && text.slice(lines.lineStart(next), lines.lineEnd(next)).trim() === '') next++;
  return next;
}
