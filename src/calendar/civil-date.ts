// Civil dates as integers, for fast loops in other modules (plan schedules, APR counting):
// day number <-> { year, month, day } and month lengths, each guarded by a cheap hand check
// (integers in range) and falling back to the exported schemas for the error, so a bad
// argument fails exactly as it would through the schema.
import { ValidationError } from '../errors/arrears-error.js';
import { parseInput } from '../internal/parse.js';
import { unreachable } from '../internal/unreachable.js';
import { CalendarErrorCodes } from './codes.js';
import { MAX_DAY, MIN_DAY, civilFromDays, daysFromCivil, monthLength } from './civil.js';
import { AnchorDaySchema, CalendarYearSchema, DayNumberSchema } from './schemas.js';
import type { AnchorDay } from './types.js';

/** A calendar date as three integers (proleptic Gregorian). *
 * @internal
 */
export interface CivilDate {
  /** The year, 1-9999. */
  readonly year: number;
  /** The month, 1-12. */
  readonly month: number;
  /** The day of the month, 1-31. */
  readonly day: number;
}

function isYear(year: unknown): year is number {
  return Number.isInteger(year) && (year as number) >= 1 && (year as number) <= 9999;
}

function isMonth(month: unknown): month is number {
  return Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12;
}

/**
 * Junk described without converting it: `String()` of an object can throw (a `toString` that is
 * not a function, a null prototype) or print a Date in the host's time zone.
 */
function describeJunk(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function checkYearMonth(year: unknown, month: unknown): void {
  parseInput(CalendarYearSchema, year, ['year']);
  if (!isMonth(month)) {
    throw new ValidationError([{ code: CalendarErrorCodes.CALENDAR_INVALID_DATE, path: ['month'], message: `"month": ${describeJunk(month)} is not a month: use a whole number from 1 to 12.` }]);
  }
}

/**
 * The year, month and day of a day number (the inverse of {@link dayNumberFromCivil}): integer
 * arithmetic only, for loops over many dates.
 *
 * @param dayNumber - whole days since 1970-01-01, from -719162 (0001-01-01) to 2932896 (9999-12-31)
 * @returns `{ year, month, day }`
 * @throws {@link arrears!ValidationError} `CALENDAR_DATE_OUT_OF_RANGE` outside years 0001-9999,
 *   `INPUT_INVALID_TYPE` for a fraction, `NaN` or a non-number
 *
 * @example
 * ```ts
 * import { civilFromDayNumber } from 'arrears/calendar';
 * civilFromDayNumber(20454); // => { year: 2026, month: 1, day: 1 }
 * civilFromDayNumber(-1); // => { year: 1969, month: 12, day: 31 }
 * civilFromDayNumber(0.5); // throws INPUT_INVALID_TYPE
 * ```
 *
 * @internal
 */
export function civilFromDayNumber(dayNumber: number): CivilDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY || dayNumber > MAX_DAY) parseInput(DayNumberSchema, dayNumber, ['dayNumber']);
  return civilFromDays(dayNumber);
}

/**
 * The day number of a day of a month, with the rule of anchor days: a day past the month's end
 * (29-31) is clamped to its last day, and `'last'` is the last day. So `(2025, 2, 31)` is
 * 2025-02-28, the way a plan anchored on the 31st pays in February; a real date gives its own
 * day number, as {@link toDayNumber} does.
 *
 * @param year - 1-9999
 * @param month - 1-12
 * @param day - 1-31 or `'last'`
 * @returns whole days since 1970-01-01
 * @throws {@link arrears!ValidationError} for a year outside 1-9999 (`INPUT_OUT_OF_RANGE`), a
 *   month outside 1-12 (`CALENDAR_INVALID_DATE`) or a day that is not 1-31 or `'last'`
 *
 * @example
 * ```ts
 * import { dayNumberFromCivil } from 'arrears/calendar';
 * dayNumberFromCivil(2026, 1, 1); // => 20454
 * dayNumberFromCivil(2025, 2, 31) === dayNumberFromCivil(2025, 2, 28); // => true
 * dayNumberFromCivil(2024, 2, 'last') === dayNumberFromCivil(2024, 2, 29); // => true
 * dayNumberFromCivil(2026, 13, 1); // throws CALENDAR_INVALID_DATE
 * ```
 *
 * @internal
 */
export function dayNumberFromCivil(year: number, month: number, day: AnchorDay): number {
  if (!isYear(year) || !isMonth(month)) checkYearMonth(year, month);
  const length = monthLength(year, month);
  if (typeof day === 'number' && Number.isInteger(day) && day >= 1) return daysFromCivil(year, month, day <= length ? day : day <= 31 ? length : parseDay(day));
  return daysFromCivil(year, month, day === 'last' ? length : parseDay(day));
}

function parseDay(day: unknown): never {
  parseInput(AnchorDaySchema, day, ['day']);
  // AnchorDaySchema accepts only 1-31 and 'last', which the caller handled.
  return unreachable('dayNumberFromCivil: a day the schema accepts');
}

/**
 * The number of days in a month.
 *
 * @param year - 1-9999
 * @param month - 1-12
 * @returns 28, 29, 30 or 31
 * @throws {@link arrears!ValidationError} for a year outside 1-9999 or a month outside 1-12
 *
 * @example
 * ```ts
 * import { daysInMonthOf } from 'arrears/calendar';
 * daysInMonthOf(2024, 2); // => 29
 * daysInMonthOf(2026, 4); // => 30
 * daysInMonthOf(2026, 0); // throws CALENDAR_INVALID_DATE
 * ```
 *
 * @internal
 */
export function daysInMonthOf(year: number, month: number): number {
  if (!isYear(year) || !isMonth(month)) checkYearMonth(year, month);
  return monthLength(year, month);
}
