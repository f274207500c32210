import { parseInput } from '../internal/parse.js';
import { civilFromDays, daysFromCivil, isLeap, monthLength } from './civil.js';
import type { Civil } from './civil.js';
import { readDay } from './date.js';
import { DayCountConventionSchema } from './schemas.js';
import type { CalendarDate, DayCountConvention, YearFraction } from './types.js';

/** 365 x 366: the common denominator of actual/actual (ISDA) fractions. */
const ACT_ACT_DENOMINATOR = 365 * 366;

/** Negation without producing -0. */
function negate(x: number): number {
  return x === 0 ? 0 : -x;
}

function isLastOfFebruary(c: Civil): boolean {
  return c.month === 2 && c.day === monthLength(c.year, 2);
}

function thirty360(a: Civil, b: Civil, d1: number, d2: number): number {
  return 360 * (b.year - a.year) + 30 * (b.month - a.month) + (d2 - d1);
}

/**
 * Day counts for start <= end (internal). 30/360 US, in this order (SIFMA / SIA Standard
 * Securities Calculation Methods, "30/360 US" with the end-of-month rule always applied):
 * 1. D1 and D2 both the last day of February -> D2 = 30;
 * 2. D1 the last day of February -> D1 = 30;
 * 3. D2 = 31 and D1 (after rule 2) is 30 or 31 -> D2 = 30;
 * 4. D1 = 31 -> D1 = 30.
 * 30E/360 (ISDA 2006 section 4.16(g)): D1 = 31 -> 30; D2 = 31 -> 30.
 */
function forwardDayCount(from: number, to: number, convention: DayCountConvention): number {
  if (convention !== 'thirty360' && convention !== 'thirtyE360') return to - from;
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  let d1 = a.day;
  let d2 = b.day;
  if (convention === 'thirtyE360') {
    return thirty360(a, b, Math.min(d1, 30), Math.min(d2, 30));
  }
  if (isLastOfFebruary(a) && isLastOfFebruary(b)) d2 = 30;
  if (isLastOfFebruary(a)) d1 = 30;
  if (d2 === 31 && d1 >= 30) d2 = 30;
  if (d1 === 31) d1 = 30;
  return thirty360(a, b, d1, d2);
}

/**
 * The number of days from `start` to `end` under a day-count convention:
 *
 * - `'actual360'`, `'actual365'`, `'actualActual'`: the actual days, `end - start`;
 * - `'thirty360'` (30/360 US; SIFMA Standard Securities Calculation Methods, with the
 *   end-of-month rule always applied): `360(Y2-Y1) + 30(M2-M1) + (D2-D1)` after, in order:
 *   (1) if D1 and D2 are both the last day of February, D2 = 30; (2) if D1 is the last day of
 *   February, D1 = 30; (3) if D2 is 31 and D1 is 30 or 31, D2 = 30; (4) if D1 is 31, D1 = 30;
 * - `'thirtyE360'` (Eurobond basis, ISDA 2006 Definitions 4.16(g)): the same formula after
 *   D1 = 31 -> 30 and D2 = 31 -> 30.
 *
 * The count is antisymmetric: when `end` is before `start` it is minus the count from `end`
 * to `start`.
 *
 * @param start - a calendar date
 * @param end - a calendar date
 * @param convention - a {@link DayCountConvention}
 * @returns a signed whole number of days
 * @throws {@link arrears!ValidationError} for bad dates or an unknown convention
 *
 * @example
 * ```ts
 * import { dayCount } from 'arrears/calendar';
 * dayCount('2026-01-31', '2026-03-01', 'actual360'); // => 29
 * dayCount('2026-01-31', '2026-03-01', 'thirty360'); // => 31
 * dayCount('2024-02-29', '2024-03-31', 'thirty360'); // => 30
 * dayCount('2024-02-29', '2024-03-31', 'thirtyE360'); // => 31
 * dayCount('2026-03-01', '2026-01-31', 'thirty360'); // => -31
 * ```
 */
export function dayCount(start: CalendarDate, end: CalendarDate, convention: DayCountConvention): number {
  const from = readDay(start, ['start']);
  const to = readDay(end, ['end']);
  const conv = parseInput(DayCountConventionSchema, convention, ['convention']);
  return from <= to ? forwardDayCount(from, to, conv) : negate(forwardDayCount(to, from, conv));
}

/** Actual/actual (ISDA) numerator over 365 x 366 for start <= end (internal). */
function actualActualNumerator(from: number, to: number): number {
  let numerator = 0;
  const firstYear = civilFromDays(from).year;
  const lastYear = civilFromDays(to).year;
  for (let year = firstYear; year <= lastYear; year++) {
    const days = Math.min(to, daysFromCivil(year + 1, 1, 1)) - Math.max(from, daysFromCivil(year, 1, 1));
    numerator += days * (isLeap(year) ? 365 : 366);
  }
  return numerator;
}

/**
 * The year fraction from `start` to `end` under a day-count convention, as an exact ratio of
 * integers, so that interest can be computed exactly (with bigints or decimals) and rounded
 * once, where the caller says:
 *
 * - `'thirty360'`, `'thirtyE360'`, `'actual360'`: {@link dayCount} / 360;
 * - `'actual365'` (actual/365 fixed): actual days / 365;
 * - `'actualActual'` (ISDA 2006 Definitions 4.16(b)): days in common years / 365 + days in
 *   leap years / 366, combined over the denominator 365 x 366 = 133,590 (the start date
 *   counts, the end date does not).
 *
 * The fraction is not reduced: the denominator depends only on the convention. It is
 * negative when `end` is before `start`.
 *
 * @param start - a calendar date
 * @param end - a calendar date
 * @param convention - a {@link DayCountConvention}
 * @returns `{ numerator, denominator }`, whole numbers
 * @throws {@link arrears!ValidationError} for bad dates or an unknown convention
 *
 * @example
 * ```ts
 * import { yearFraction } from 'arrears/calendar';
 * yearFraction('2026-01-01', '2026-07-01', 'actual365'); // => { numerator: 181, denominator: 365 }
 * yearFraction('2026-01-31', '2026-03-01', 'thirty360'); // => { numerator: 31, denominator: 360 }
 * yearFraction('2023-12-31', '2024-01-02', 'actualActual'); // => { numerator: 1 * 366 + 1 * 365, denominator: 133590 }
 * ```
 */
export function yearFraction(start: CalendarDate, end: CalendarDate, convention: DayCountConvention): YearFraction {
  const from = readDay(start, ['start']);
  const to = readDay(end, ['end']);
  const conv = parseInput(DayCountConventionSchema, convention, ['convention']);
  if (conv === 'actualActual') {
    const numerator = from <= to ? actualActualNumerator(from, to) : negate(actualActualNumerator(to, from));
    return { numerator, denominator: ACT_ACT_DENOMINATOR };
  }
  const days = from <= to ? forwardDayCount(from, to, conv) : negate(forwardDayCount(to, from, conv));
  return { numerator: days, denominator: conv === 'actual365' ? 365 : 360 };
}
