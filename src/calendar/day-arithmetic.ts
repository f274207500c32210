import { parseInput } from '../internal/parse.js';
import { checkDayInRange, formatDay } from './civil.js';
import { readDay } from './date.js';
import { StepCountSchema } from './schemas.js';
import type { CalendarDate } from './types.js';

/**
 * Adds a signed number of calendar days to a date.
 *
 * @param date - a calendar date
 * @param days - a safe integer, negative to go back
 * @returns the date `days` days later
 * @throws {@link arrears!ValidationError} when `date` is not a real date or `days` not a safe integer
 * @throws {@link arrears!DomainRuleError} `CALENDAR_DATE_OUT_OF_RANGE` when the result falls outside years 0001-9999
 *
 * @example
 * ```ts
 * import { addDays } from 'arrears/calendar';
 * addDays('2024-02-28', 1); // => '2024-02-29'
 * addDays('2026-01-01', -1); // => '2025-12-31'
 * addDays('9999-12-31', 1); // throws CALENDAR_DATE_OUT_OF_RANGE
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const start = readDay(date, ['date']);
  const n = parseInput(StepCountSchema, days, ['days']);
  return formatDay(checkDayInRange(start + n, ['days'], `${date} plus ${n} days`));
}

/**
 * The actual number of days from `start` to `end`: `end - start`, negative when `end` is
 * earlier. Counts calendar days, not 24-hour periods, so DST never shifts it.
 *
 * @param start - a calendar date
 * @param end - a calendar date
 * @returns a signed integer
 * @throws {@link arrears!ValidationError} when either is not a real calendar date
 *
 * @example
 * ```ts
 * import { daysBetween } from 'arrears/calendar';
 * daysBetween('2026-01-01', '2026-03-01'); // => 59
 * daysBetween('2024-03-01', '2024-02-01'); // => -29
 * ```
 */
export function daysBetween(start: CalendarDate, end: CalendarDate): number {
  const from = readDay(start, ['start']);
  return readDay(end, ['end']) - from;
}
