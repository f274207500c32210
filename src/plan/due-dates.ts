// Due dates of a plan as day numbers and ISO strings, computed from the first due date (the
// anchor), never by chaining. The rules are those of arrears/calendar `recurrence` (anchored
// months clamped to short months, semi-monthly pairs inferred as `recurrence` does); the test
// suite checks that both give the same dates. Kept local because schedules format hundreds of
// dates per call and `recurrence` (which validates and formats through the public API) costs
// about 90 microseconds for 360 dates. Internal: arguments were parsed by PlanTermsSchema.
import { DomainRuleError } from '../errors/index.js';
import { LAST_DAY, dayInMonth, dayOfIso, monthIndexOf, monthLength, toCivil } from './calendar-days.js';
import { PlanErrorCodes } from './codes.js';
import type { PlanTerms } from './types.js';

/** Two-digit strings '00'..'99', for dates and 2-decimal amounts. */
export const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

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

/** The semi-monthly days of `arrears/calendar` recurrences for a start day. */
function defaultPair(first: number): [number, number] {
  const c = toCivil(first);
  if (c.day <= 15) return [c.day, c.day === 15 ? 31 : c.day + 14];
  if (c.day === monthLength(c.year, c.month)) return [15, 31];
  return [c.day - 14, c.day];
}

/** The date rule of parsed terms. */
export function dueDateRule(terms: Pick<PlanTerms, 'frequency' | 'firstDueDate' | 'anchorDay' | 'semiMonthlyDays'>): DueDateRule {
  const first = dayOfIso(terms.firstDueDate);
  const month0 = monthIndexOf(first);
  const day = toCivil(first).day;
  const daySteps = DAY_STEPS[terms.frequency];
  if (daySteps !== undefined) return { kind: 'days', step: daySteps, first, month0, anchor: day, pair: [day, day], slot0: 0 };
  if (terms.frequency === 'semiMonthly') {
    const given = terms.semiMonthlyDays;
    const pair: [number, number] = given === undefined ? defaultPair(first) : [given[0], given[1] === 'last' ? 31 : given[1]];
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

/** `YYYY` for a year, zero-padded below 1000. */
function yearText(year: number): string {
  return year >= 1000 ? String(year) : String(year).padStart(4, '0');
}

/**
 * The ISO dates of occurrences 0 .. count-1, fast: month-based dates straight from the month
 * index, day steps by walking the civil date. The caller checked the range.
 */
export function occurrenceIsos(rule: DueDateRule, count: number): string[] {
  const out = new Array<string>(count);
  if (rule.kind === 'days') {
    const c = toCivil(rule.first);
    let { year, month, day } = c;
    let length = monthLength(year, month);
    let prefix = `${yearText(year)}-${TWO_DIGITS[month] as string}-`;
    for (let k = 0; k < count; k += 1) {
      if (k > 0) {
        day += rule.step;
        if (day > length) {
          while (day > length) {
            day -= length;
            month += 1;
            if (month > 12) {
              month = 1;
              year += 1;
            }
            length = monthLength(year, month);
          }
          prefix = `${yearText(year)}-${TWO_DIGITS[month] as string}-`;
        }
      }
      out[k] = prefix + (TWO_DIGITS[day] as string);
    }
    return out;
  }
  let lastYear = -1;
  let yearString = '';
  for (let k = 0; k < count; k += 1) {
    let mi: number;
    let day: number;
    if (rule.kind === 'semi') {
      const i = rule.slot0 + k;
      const half = Math.floor(i / 2);
      mi = rule.month0 + half;
      day = i - 2 * half === 0 ? rule.pair[0] : rule.pair[1];
    } else {
      mi = rule.month0 + rule.step * k;
      day = rule.anchor;
    }
    const year = Math.floor(mi / 12);
    const month = mi - year * 12 + 1;
    if (year !== lastYear) {
      lastYear = year;
      yearString = yearText(year);
    }
    const length = monthLength(year, month);
    out[k] = `${yearString}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day < length ? day : length] as string}`;
  }
  return out;
}
