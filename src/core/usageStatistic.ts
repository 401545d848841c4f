// "GOV.UK had its busiest day ever with 2,010,203 visits", "the service now sees around 5 million
// job searches each day", "the app has been logged into over 19 million times": counts of how much
// a service is used. The labelling guide's borderline rules count usage statistics as none: plain
// facts, neither a capability sold nor a benefit claimed. Without this reading the service or app
// named in them makes such a sentence look like feature talk.
import { MODALS } from './clause';
import type { Token } from './words';

// What a count of use counts. Web and service analytics, not a domain's vocabulary: they are the
// same words in a council's, a hospital's or a department's report. "transactions" is left out:
// "services handling over 100,000 transactions each year" sets the scope of a rule, not a record
// of use. "clicks" counts effort ("three clicks to open a record"), a claim about the tool.
const USAGE_NOUNS = new Set([
  'visits', 'visitors', 'views', 'pageviews', 'searches', 'logins', 'log-ins', 'downloads', 'sessions', 'hits',
  'users', 'members', 'subscribers',
]);
// Verbs whose object or agent is a count of use: "logged into 19 million times", "used by 76% of
// customers", "downloaded 2 million times".
const USAGE_VERBS = new Set(['logged', 'used', 'visited', 'downloaded', 'accessed', 'viewed', 'searched']);

/**
 * Does the sentence report a count of use: a quantity followed within four words by a usage noun
 * ("2,010,203 visits", "150 million unique devices" is not one), or a usage verb followed within
 * five words by a quantity ("logged into over 19 million times")? Only a statement of fact counts:
 * with a modal ("will have 2 million users") it is a target or a forecast.
 */
export function reportsUsage(tokens: readonly Token[], quantityTokens: readonly number[]): boolean {
  if (quantityTokens.length === 0) return false;
  for (const t of tokens) if (MODALS.has(t.lower)) return false;
  for (const q of quantityTokens) {
    for (let j = q + 1; j < Math.min(tokens.length, q + 5); j++) {
      const t = tokens[j];
      if (t.type === 'symbol' && t.text !== ',') break;
      if (USAGE_NOUNS.has(t.lower)) return true;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!USAGE_VERBS.has(tokens[i].lower)) continue;
    for (const q of quantityTokens) if (q > i && q <= i + 5) return true;
  }
  return false;
}
