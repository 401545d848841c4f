// Finds what anchors a claim: quantities, dates and timeframes, "from X to Y", metric names.
// Works on tokens (no regular expression over the whole sentence), so it is linear and safe.
import type { Token } from './words';

export interface MeasureProfile {
  /** A number that is not a year (or a spelled-out quantity such as "a quarter", "twice"). */
  quantity: boolean;
  percent: boolean;
  money: boolean;
  /** A year, a month with a year, a financial year ("2025/26") or a quarter ("Q3 2026"). */
  date: boolean;
  /** A deadline or period: "by 2027", "within six weeks", "over the next two years". */
  timeframe: boolean;
  /** "from X to Y" / "X to Y" with quantities on both sides. */
  fromTo: boolean;
  /** Token indices of the quantities, for explanations. */
  quantityTokens: number[];
  /**
   * A quantity that measures something: a percentage, money, "from X to Y", or a number with a
   * unit or a comparison ("12 weeks", "by 40", "3,000 patients"). Bare counts ("five themes",
   * "a three-year plan") do not anchor a claim.
   */
  measured: boolean;
}

const SPELLED_QUANTITIES = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'millions', 'billion', 'billions', 'half', 'halve', 'halved', 'halving', 'quarter', 'quarters',
  'three-quarters', 'third', 'thirds', 'two-thirds', 'double', 'doubled', 'doubling', 'triple', 'tripled',
  'twice', 'tenfold', 'twofold', 'threefold', 'fivefold', 'dozen', 'dozens',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const PERIOD_WORDS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes',
  'quarter', 'quarters', 'decade', 'parliament', 'spring', 'summer', 'autumn', 'winter',
]);
const TIMEFRAME_LEADS = new Set(['by', 'within', 'before', 'until', 'in', 'over', 'during', 'after', 'from']);
const CURRENCY = new Set(['£', '$', '€', '¥']);
const UNITS = new Set([
  'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'month', 'months',
  'year', 'years', 'patient', 'patients', 'people', 'staff', 'beds', 'bed', 'appointments', 'referrals', 'admissions',
  'visits', 'calls', 'cases', 'users', 'transactions', 'per', 'percent', 'pounds', 'million', 'billion', 'thousand',
  'fold', 'times', 'points', 'point', 'hospitals', 'practices', 'residents', 'households', 'jobs', 'hrs', 'mins', 'km', 'miles',
]);
const COMPARISON_LEADS = new Set(['by', 'to', 'from', 'than', 'of', 'under', 'within', 'below', 'above', 'over', 'nearly', 'almost', 'around', 'about', 'least', 'up']);

function isYear(t: Token): boolean {
  return t.type === 'number' && /^(19|20)\d\d(?:\/\d\d(?:\d\d)?)?$/.test(t.text);
}

export function findMeasures(tokens: Token[]): MeasureProfile {
  const m: MeasureProfile = {
    quantity: false, percent: false, money: false, date: false, timeframe: false, fromTo: false, quantityTokens: [], measured: false,
  };
  const quantityAt = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.type === 'number') {
      if (isYear(t)) {
        m.date = true;
        if (prev && TIMEFRAME_LEADS.has(prev.lower)) m.timeframe = true;
        continue;
      }
      // "Q3" tokenises as a word; "3" after "Q" is a quarter, not a quantity.
      if (prev && /^q$/i.test(prev.text)) { m.date = true; continue; }
      // "27 July", "July 27": a day of the month is a date, not a quantity.
      if ((next && MONTHS.has(next.lower)) || (prev && MONTHS.has(prev.lower) && /^\d{1,2}$/.test(t.text))) { m.date = true; continue; }
      quantityAt[i] = true;
    } else if (t.type === 'word' && SPELLED_QUANTITIES.has(t.lower)) {
      quantityAt[i] = true;
    } else if (t.type === 'word' && /^q[1-4]$/i.test(t.text) && next && isYear(next)) {
      m.date = true;
    }
    if (t.text === '%' || (t.lower === 'cent' && prev?.lower === 'per') || t.lower === 'percent' || t.lower === 'percentage') {
      m.percent = true;
    }
    if (CURRENCY.has(t.text) && next?.type === 'number') m.money = true;
    if (MONTHS.has(t.lower) && next && isYear(next) && (t.lower !== 'may' || /^M/.test(t.text))) m.date = true;
    if (TIMEFRAME_LEADS.has(t.lower) && next) {
      // "within six weeks", "by the end of 2026", "over the next two years"
      const window = tokens.slice(i + 1, i + 5);
      const hasPeriod = window.some((w) => PERIOD_WORDS.has(w.lower));
      const hasCount = window.some((w) => w.type === 'number' || SPELLED_QUANTITIES.has(w.lower) || w.lower === 'next');
      if (hasPeriod && hasCount) m.timeframe = true;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!quantityAt[i]) continue;
    m.quantity = true;
    m.quantityTokens.push(i);
    // "from 18 to 12", "18 to 12 weeks", "from a quarter to three-quarters"
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      if ((tokens[j].lower === 'to' || tokens[j].text === '-' || tokens[j].text === '–') &&
          tokens.slice(j + 1, j + 4).some((_, k) => quantityAt[j + 1 + k])) {
        m.fromTo = true;
        break;
      }
    }
  }
  m.measured = m.percent || m.money || m.fromTo || m.quantityTokens.some((i) => {
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const prev = tokens[i - 1];
    return (next && (UNITS.has(next.lower) || next.text === '%')) || (next?.text === '-' && after && UNITS.has(after.lower)) ||
      (after && UNITS.has(after.lower) && next?.type === 'word' && next.lower !== 'and') ||
      (prev && COMPARISON_LEADS.has(prev.lower));
  });
  return m;
}
