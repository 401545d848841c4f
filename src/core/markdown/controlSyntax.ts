// The syntax of inline control comments: `<!-- realist-disable hype-term feature-focus -->`.
// Kept apart from controls.ts so that prose extraction can recognise comments without importing
// the code that applies them (which itself uses prose extraction).
import type { TextRange } from '../types';

export type ControlDirective = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface ControlComment {
  directive: ControlDirective;
  /** Rule ids named in the comment; empty means every rule. */
  rules: string[];
  /** The comment itself: relative to the block text from extractProse, shifted by the analyser. */
  range: TextRange;
}

/** What a realist comment says once parsed (`range` is added by whoever found it). */
export interface ParsedControl {
  directive: ControlDirective;
  rules: string[];
}

// Longest directive first so `disable-next-line` is not read as `disable`.
const COMMENT = /^<!--\s*realist-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)([\s\S]*?)-->$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/**
 * Parses one HTML comment that is a Realist directive, or returns undefined. The comment must be
 * the whole string (surrounding whitespace aside). Words after the directive that look like rule
 * ids are the rules; anything else is ignored text, and ` -- ` starts a free-text reason as in
 * ESLint (`<!-- realist-disable-line hype-term -- quoting the vendor -->`).
 */
export function parseControlComment(html: string): ParsedControl | undefined {
  const match = COMMENT.exec(html.trim());
  if (match === null) return undefined;
  let body = match[2];
  if (body.includes('-->')) return undefined; // more than one comment
  const reason = body.search(/(?:^|\s)--(?:\s|$)/);
  if (reason >= 0) body = body.slice(0, reason);
  const rules = body.split(/[\s,]+/).filter((word) => RULE_ID.test(word));
  return { directive: match[1] as ControlDirective, rules: [...new Set(rules)] };
}

/** True for a comment that starts like a Realist directive (so a typo can be reported). */
export function looksLikeControlComment(html: string): boolean {
  return /^<!--\s*realist-/.test(html.trim());
}

export const MISSPELT_DIRECTIVE_MESSAGE =
  'This comment starts with "realist-" but is not a Realist directive. Use realist-disable, realist-enable, ' +
  'realist-disable-line, realist-disable-next-line or realist-disable-file, followed by rule ids if any.';
