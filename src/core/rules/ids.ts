// The rule ids, in the order they are documented. Kept apart from the rule modules so that
// configuration checking can name the known rules without loading the rules themselves.
export const RULE_IDS = [
  'feature-focus',
  'unmeasured-outcome',
  'optimistic-certainty',
  'hype-term',
  'vague-intensifier',
  'absolute-claim',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Where each rule's page is published; the same pages live in docs/rules/ in the repository. */
export const DOCS_BASE_URL = 'https://github.com/realist-project/realist/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
