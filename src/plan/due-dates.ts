// Due dates of a plan as day numbers and ISO strings, computed from the first due date (the
// anchor), never by chaining. The rules are those of arrears/calendar `recurrence` (anchored
// months clamped to short months; semi-monthly days inferred by its `semiMonthlyDaysFor`), on
// its integer primitives; the test suite checks that both give the same dates. The ISO strings
// are formatted here, fast, because schedules format hundreds of dates per call and
// `recurrence` (which validates and formats through the public API) costs about 90
// microseconds for 360 dates. Internal: arguments were parsed by PlanTermsSchema.
import { semiMonthlyDaysFor } from '../calendar/index.js';
import { DomainRuleError } from '../errors/index.js';
import { LAST_DAY, TWO_DIGITS, civilOf, dayInMonth, dayOfIso, monthIndexOf, monthLength, yearText } from './day-numbers.js';
import { PlanErrorCodes } from './codes.js';
import type { PlanTerms } from './types.js';

/** How the dates of a plan repeat. */
export interface DueDateRule {
  /** Every `step` days, every `step` months, or on two days of each month. */
  readonly kind: 'days' | 'months' | 'semi';
  /** Days or months between dates. */
  readonly step: number;
  /** The day number of the first due date. */
  readonly first: number;
  /** The month index (`year * 12 + month - 1`) of the first due date. */
  readonly month0: number;
  /** Month-based: the day of the month kept (31 = the last day). */
  readonly anchor: number;
  /** Semi-monthly: the two days of the month (31 = the last day). */
  readonly pair: readonly [number, number];
  /** Semi-monthly: 0 when the first due date is on the first day of the pair, 1 on the second. */
  readonly slot0: number;
}

const DAY_STEPS: Readonly<Record<string, number>> = { weekly: 7, biweekly: 14, fourWeekly: 28 };

/** The date rule of parsed terms. */
export function dueDateRule(terms: Pick<PlanTerms, 'frequency' | 'firstDueDate' | 'anchorDay' | 'semiMonthlyDays'>): DueDateRule {
  const first = dayOfIso(terms.firstDueDate);
  const month0 = monthIndexOf(first);
  const day = civilOf(first).day;
  const daySteps = DAY_STEPS[terms.frequency];
  if (daySteps !== undefined) return { kind: 'days', step: daySteps, first, month0, anchor: day, pair: [day, day], slot0: 0 };
  if (terms.frequency === 'semiMonthly') {
    const given = terms.semiMonthlyDays ?? semiMonthlyDaysFor(terms.firstDueDate);
    const pair: [number, number] = [given[0], given[1] === 'last' ? 31 : given[1]];
    return { kind: 'semi', step: 1, first, month0, anchor: day, pair, slot0: dayInMonth(month0, pair[0]) === first ? 0 : 1 };
  }
  const anchor = terms.anchorDay === undefined ? day : terms.anchorDay === 'last' ? 31 : terms.anchorDay;
  return { kind: 'months', step: terms.frequency === 'quarterly' ? 3 : 1, first, month0, anchor, pair: [anchor, anchor], slot0: 0 };
}

/** The day number of occurrence `k` (0 = the first due date; -1 = one period before it). */
export function occurrenceDay(rule: DueDateRule, k: number): number {
  switch (rule.kind) {
    case 'days':
      return rule.first + rule.step * k;
    case 'semi': {
      const i = rule.slot0 + k;
      const half = Math.floor(i / 2);
      return dayInMonth(rule.month0 + half, i - 2 * half === 0 ? rule.pair[0] : rule.pair[1]);
    }
    default:
      return dayInMonth(rule.month0 + rule.step * k, rule.anchor);
  }
}

/** Throws PLAN_DATE_OUT_OF_RANGE when occurrence `count - 1` is past 9999-12-31. */
export function checkLastOccurrence(rule: DueDateRule, count: number): void {
  if (occurrenceDay(rule, count - 1) > LAST_DAY) {
    throw new DomainRuleError(PlanErrorCodes.PLAN_DATE_OUT_OF_RANGE, `"installments": a plan of ${count} installments runs past 9999-12-31, the last supported date.`, {
      path: ['installments'],
      details: { max: '9999-12-31' },
    });
  }
}

/**
 * `YYYY-MM-` prefixes by year (1-9999) and month, built the first time a year is used (12
 * short strings): a schedule's dates are a prefix and a two-digit day, one concatenation each.
 */
const YEAR_PREFIXES: Array<readonly string[] | undefined> = new Array<readonly string[] | undefined>(10_000).fill(undefined);

function monthPrefix(mi: number): string {
  const year = Math.floor(mi / 12);
  let months = YEAR_PREFIXES[year];
  if (months === undefined) {
    const y = yearText(year);
    months = Array.from({ length: 12 }, (_, m) => `${y}-${TWO_DIGITS[m + 1] as string}-`);
    YEAR_PREFIXES[year] = months;
  }
  return months[mi - year * 12] as string;
}

/** Per year, the ISO dates already written: slot `month·32 + day` (filled on first use). */
const YEAR_DATES: Array<Array<string | undefined> | undefined> = new Array<Array<string | undefined> | undefined>(10_000).fill(undefined);

/**
 * The ISO date of day `day` of month index `mi`, shared: a schedule's rows reuse the strings
 * earlier schedules wrote (a 360-row schedule otherwise spends a seventh of its time writing
 * dates). At most 372 short strings a year ever used.
 */
function isoOfMonthDay(mi: number, day: number): string {
  const year = Math.floor(mi / 12);
  let dates = YEAR_DATES[year];
  if (dates === undefined) {
    dates = new Array<string | undefined>(384).fill(undefined);
    YEAR_DATES[year] = dates;
  }
  const slot = (mi - year * 12) * 32 + day;
  let iso = dates[slot];
  if (iso === undefined) {
    iso = monthPrefix(mi) + (TWO_DIGITS[day] as string);
    dates[slot] = iso;
  }
  return iso;
}

/** The day of month `day` (31 = the last) in month index `mi`, clamped to the month's length. */
function clampedDay(mi: number, day: number): number {
  if (day <= 28) return day;
  const year = Math.floor(mi / 12);
  const length = monthLength(year, mi - year * 12 + 1);
  return day < length ? day : length;
}

/**
 * The ISO dates of occurrences 0 .. count-1, fast: month-based dates straight from the month
 * index (a cached `YYYY-MM-` prefix and a two-digit day), day steps by walking the civil date.
 * The caller checked the range.
 */
export function occurrenceIsos(rule: DueDateRule, count: number): string[] {
  const out = new Array<string>(count);
  if (rule.kind === 'days') {
    const c = civilOf(rule.first);
    let mi = c.year * 12 + c.month - 1;
    let day = c.day;
    let length = monthLength(c.year, c.month);
    for (let k = 0; k < count; k += 1) {
      if (k > 0) {
        day += rule.step;
        if (day > length) {
          while (day > length) {
            day -= length;
            mi += 1;
            const year = Math.floor(mi / 12);
            length = monthLength(year, mi - year * 12 + 1);
          }
        }
      }
      out[k] = isoOfMonthDay(mi, day);
    }
    return out;
  }
  if (rule.kind === 'semi') {
    const [first, second] = rule.pair;
    for (let k = 0; k < count; k += 1) {
      const i = rule.slot0 + k;
      const half = i >> 1;
      const mi = rule.month0 + half;
      out[k] = isoOfMonthDay(mi, clampedDay(mi, i - 2 * half === 0 ? first : second));
    }
    return out;
  }
  const { month0, step, anchor } = rule;
  for (let k = 0; k < count; k += 1) {
    const mi = month0 + step * k;
    out[k] = isoOfMonthDay(mi, clampedDay(mi, anchor));
  }
  return out;
}
