import type { ErrorPath } from '../errors/arrears-error.js';
import { attempt } from '../errors/result.js';
import type { ArrearsResult } from '../errors/result.js';
import { parseInput } from '../internal/parse.js';
import { civilFromDays, dayOfIso, formatDay, isLeap, monthLength, weekdayOf } from './civil.js';
import { CalendarDateSchema, CalendarYearSchema, DayNumberSchema } from './schemas.js';
import type { CalendarDate, IsoWeekday } from './types.js';

/** Parses a calendar date argument and returns its day number (internal). */
export function readDay(input: unknown, path: ErrorPath): number {
  return dayOfIso(parseInput(CalendarDateSchema, input, path));
}

/**
 * Checks that a value is a real calendar date `YYYY-MM-DD` in years 0001-9999 and returns it.
 *
 * @param input - the value to check, typically user input
 * @returns the date, unchanged
 * @throws {@link arrears!ValidationError} `CALENDAR_INVALID_DATE` for anything but a real
 *   `YYYY-MM-DD` date (`2025-02-30`, `2025-2-3`, `''`), `CALENDAR_DATE_OUT_OF_RANGE` for year
 *   0000, `INPUT_INVALID_TYPE` for a non-string
 *
 * @example
 * ```ts
 * import { parseDate } from 'arrears/calendar';
 * parseDate('2024-02-29'); // => '2024-02-29'
 * parseDate('2025-02-30'); // throws CALENDAR_INVALID_DATE
 * parseDate(20250101); // throws INPUT_INVALID_TYPE
 * ```
 */
export function parseDate(input: unknown): CalendarDate {
  return parseInput(CalendarDateSchema, input);
}

/**
 * The non-throwing twin of {@link parseDate}.
 *
 * @param input - the value to check
 * @returns `{ success: true, data: date }` or `{ success: false, error }` with the
 *   {@link arrears!ValidationError} that {@link parseDate} would throw
 *
 * @example
 * ```ts
 * import { safeParseDate } from 'arrears/calendar';
 * safeParseDate('2026-01-31'); // => { success: true, data: '2026-01-31' }
 * safeParseDate('2026-01-32').success; // => false
 * ```
 */
export function safeParseDate(input: unknown): ArrearsResult<CalendarDate> {
  return attempt(() => parseDate(input));
}

/**
 * The day number of a date: whole days since 1970-01-01 (negative before it), in the
 * proleptic Gregorian calendar. Day numbers make date loops cheap: add and subtract them as
 * integers, then convert back with {@link fromDayNumber}.
 *
 * @param date - a calendar date `YYYY-MM-DD`
 * @returns an integer from -719162 (0001-01-01) to 2932896 (9999-12-31)
 * @throws {@link arrears!ValidationError} when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * import { toDayNumber } from 'arrears/calendar';
 * toDayNumber('1970-01-01'); // => 0
 * toDayNumber('2026-01-01'); // => 20454
 * toDayNumber('1969-12-31'); // => -1
 * ```
 */
export function toDayNumber(date: CalendarDate): number {
  return readDay(date, ['date']);
}

/**
 * The calendar date of a day number (the inverse of {@link toDayNumber}).
 *
 * @param dayNumber - whole days since 1970-01-01, from -719162 to 2932896
 * @returns the date `YYYY-MM-DD`
 * @throws {@link arrears!ValidationError} `CALENDAR_DATE_OUT_OF_RANGE` outside years
 *   0001-9999, `INPUT_INVALID_TYPE` for a fraction, `NaN` or a non-number
 *
 * @example
 * ```ts
 * import { fromDayNumber } from 'arrears/calendar';
 * fromDayNumber(20454); // => '2026-01-01'
 * fromDayNumber(2932897); // throws CALENDAR_DATE_OUT_OF_RANGE
 * ```
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  return formatDay(parseInput(DayNumberSchema, dayNumber, ['dayNumber']));
}

/**
 * Compares two dates, for sorting: negative when `a` is earlier, 0 when equal, positive when
 * later (exactly -1, 0 or 1).
 *
 * @param a - a calendar date
 * @param b - a calendar date
 * @returns -1, 0 or 1
 * @throws {@link arrears!ValidationError} when either is not a real calendar date
 *
 * @example
 * ```ts
 * import { compareDates } from 'arrears/calendar';
 * compareDates('2026-01-31', '2026-02-01'); // => -1
 * ['2026-03-01', '2025-12-31'].sort(compareDates); // => ['2025-12-31', '2026-03-01']
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const x = readDay(a, ['a']);
  const y = readDay(b, ['b']);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The ISO weekday of a date: 1 = Monday ... 7 = Sunday.
 *
 * @param date - a calendar date
 * @returns 1-7
 * @throws {@link arrears!ValidationError} when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * import { dayOfWeek } from 'arrears/calendar';
 * dayOfWeek('2026-01-01'); // => 4
 * dayOfWeek('2026-01-04'); // => 7
 * ```
 */
export function dayOfWeek(date: CalendarDate): IsoWeekday {
  return weekdayOf(readDay(date, ['date'])) as IsoWeekday;
}

/**
 * Whether a year is a leap year of the Gregorian calendar (divisible by 4, except centuries
 * not divisible by 400).
 *
 * @param year - a whole number 1-9999
 * @returns `true` for leap years
 * @throws {@link arrears!ValidationError} `INPUT_OUT_OF_RANGE` outside 1-9999,
 *   `INPUT_INVALID_TYPE` for a fraction or a non-number
 *
 * @example
 * ```ts
 * import { isLeapYear } from 'arrears/calendar';
 * isLeapYear(2024); // => true
 * isLeapYear(1900); // => false
 * isLeapYear(2000); // => true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return isLeap(parseInput(CalendarYearSchema, year, ['year']));
}

/**
 * The number of days in the month of a date.
 *
 * @param date - a calendar date
 * @returns 28, 29, 30 or 31
 * @throws {@link arrears!ValidationError} when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'arrears/calendar';
 * daysInMonth('2024-02-10'); // => 29
 * daysInMonth('2025-02-10'); // => 28
 * ```
 */
export function daysInMonth(date: CalendarDate): number {
  const c = civilFromDays(readDay(date, ['date']));
  return monthLength(c.year, c.month);
}
