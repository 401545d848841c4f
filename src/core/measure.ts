// Finds what anchors a claim: quantities, dates and timeframes, "from X to Y", metric names.
// Works on tokens (no regular expression over the whole sentence), so it is linear and safe.
import { wordBitMap, type Token } from './words';

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
// "Action 08", "Aim 3", "Phase 2": a number after one of these names a part of a plan, not an amount.
const NUMBERED_PARTS = new Set([
  'action', 'aim', 'step', 'phase', 'stage', 'theme', 'priority', 'principle', 'objective', 'goal', 'outcome',
  'section', 'chapter', 'part', 'annex', 'appendix', 'recommendation', 'commitment', 'workstream', 'pillar', 'tranche',
  'figure', 'table', 'release', 'version',
]);
const COMPARISON_LEADS = new Set([
  'by', 'to', 'from', 'than', 'of', 'under', 'within', 'below', 'above', 'over', 'nearly', 'almost', 'around', 'about',
  'least', 'up', 'roughly', 'approximately', 'some',
]);
// "56 lives a year", "5 million searches each day": a count per period is a rate, a measure.
const RATE_LEADS = new Set(['a', 'an', 'per', 'each', 'every']);

// The word lists above as bits of one number per word, so each token costs one map lookup.
const SPELLED = 1;
const MONTH = 2;
const PERIOD = 4;
const TIMEFRAME_LEAD = 8;
const UNIT = 16;
const COMPARISON_LEAD = 32;
const NUMBERED_PART = 64;
const RATE_LEAD = 128;
const WORD_BITS = wordBitMap([
  [SPELLED_QUANTITIES, SPELLED], [MONTHS, MONTH], [PERIOD_WORDS, PERIOD], [TIMEFRAME_LEADS, TIMEFRAME_LEAD],
  [UNITS, UNIT], [COMPARISON_LEADS, COMPARISON_LEAD], [NUMBERED_PARTS, NUMBERED_PART], [RATE_LEADS, RATE_LEAD],
]);

function bitsOf(t: Token | undefined): number {
  return t === undefined ? 0 : WORD_BITS.get(t.lower) ?? 0;
}

function isYear(t: Token): boolean {
  return t.type === 'number' && /^(19|20)\d\d(?:\/\d\d(?:\d\d)?)?$/.test(t.text);
}

/** /^q[1-4]$/i: a quarter such as "Q3". */
function isQuarter(text: string): boolean {
  if (text.length !== 2 || (text[0] !== 'q' && text[0] !== 'Q')) return false;
  const digit = text.charCodeAt(1);
  return digit >= 49 && digit <= 52;
}

/** A token that opens a quantity: a number, a spelled-out quantity ("six", "half") or a currency sign. */
export function startsQuantity(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.type === 'number' || CURRENCY.has(t.text) || (t.type === 'word' && (bitsOf(t) & SPELLED) !== 0);
}

/** Marks of the quantity tokens of the sentence being measured (reset after each use). */
let quantityAt = new Uint8Array(64);

export function findMeasures(tokens: Token[]): MeasureProfile {
  const m: MeasureProfile = {
    quantity: false, percent: false, money: false, date: false, timeframe: false, fromTo: false, quantityTokens: [], measured: false,
  };
  const quantities = m.quantityTokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const bits = bitsOf(t);
    if (t.type === 'number') {
      if (isYear(t)) {
        m.date = true;
        if ((bitsOf(prev) & TIMEFRAME_LEAD) !== 0) m.timeframe = true;
        continue;
      }
      // "Q3" tokenises as a word; "3" after "Q" is a quarter, not a quantity.
      if (prev && (prev.text === 'q' || prev.text === 'Q')) { m.date = true; continue; }
      // "27 July", "July 27": a day of the month is a date, not a quantity.
      if ((bitsOf(next) & MONTH) !== 0 || ((bitsOf(prev) & MONTH) !== 0 && /^\d{1,2}$/.test(t.text))) { m.date = true; continue; }
      if ((bitsOf(prev) & NUMBERED_PART) !== 0) continue;
      quantities.push(i);
    } else if (t.type === 'word' && (bits & SPELLED) !== 0) {
      quantities.push(i);
    } else if (t.type === 'word' && isQuarter(t.text) && next && isYear(next)) {
      m.date = true;
    }
    if (t.text === '%' || (t.lower === 'cent' && prev?.lower === 'per') || t.lower === 'percent' || t.lower === 'percentage') {
      m.percent = true;
    }
    if (CURRENCY.has(t.text) && next?.type === 'number') m.money = true;
    if ((bits & MONTH) !== 0 && next && isYear(next) && (t.lower !== 'may' || t.text[0] === 'M')) m.date = true;
    if ((bits & TIMEFRAME_LEAD) !== 0 && next && !m.timeframe) {
      // "within six weeks", "by the end of 2026", "over the next two years"
      let hasPeriod = false;
      let hasCount = false;
      for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
        const w = tokens[j];
        const wBits = bitsOf(w);
        if ((wBits & PERIOD) !== 0) hasPeriod = true;
        if (w.type === 'number' || (wBits & SPELLED) !== 0 || w.lower === 'next') hasCount = true;
      }
      if (hasPeriod && hasCount) m.timeframe = true;
    }
  }
  if (quantities.length === 0) {
    m.measured = m.percent || m.money;
    return m;
  }

  m.quantity = true;
  if (quantityAt.length < tokens.length + 4) quantityAt = new Uint8Array(2 * tokens.length + 4);
  for (const i of quantities) quantityAt[i] = 1;
  for (const i of quantities) {
    // "from 18 to 12", "18 to 12 weeks", "from a quarter to three-quarters"
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const text = tokens[j].text;
      if ((tokens[j].lower === 'to' || text === '-' || text === '–') &&
          (quantityAt[j + 1] === 1 || quantityAt[j + 2] === 1 || quantityAt[j + 3] === 1)) {
        m.fromTo = true;
        break;
      }
    }
    if (m.fromTo) break;
  }
  for (const i of quantities) quantityAt[i] = 0;

  m.measured = m.percent || m.money || m.fromTo || quantities.some(measuresSomething, tokens);
  return m;
}

/** A count per period after the quantity, within three words: "56 lives a year", "5 million searches each day". */
function perPeriod(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length - 1, i + 5); j++) {
    if ((bitsOf(tokens[j]) & RATE_LEAD) !== 0 && (bitsOf(tokens[j + 1]) & PERIOD) !== 0) return true;
    if (tokens[j].type !== 'word' && tokens[j].type !== 'number') return false;
  }
  return false;
}

/** A quantity with a unit, a comparison or a period: "12 weeks", "by 40", "3,000 patients", "56 lives a year". */
function measuresSomething(this: Token[], i: number): boolean {
  const tokens = this;
  if (perPeriod(tokens, i)) return true;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const prev = tokens[i - 1];
  return (next && ((bitsOf(next) & UNIT) !== 0 || next.text === '%')) || (next?.text === '-' && after && (bitsOf(after) & UNIT) !== 0) ||
    (after && (bitsOf(after) & UNIT) !== 0 && next?.type === 'word' && next.lower !== 'and') ||
    (prev !== undefined && (bitsOf(prev) & COMPARISON_LEAD) !== 0);
}
