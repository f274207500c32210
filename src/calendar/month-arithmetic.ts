import * as z from 'zod/mini';
import { DomainRuleError, ValidationError } from '../errors/arrears-error.js';
import type { ErrorPath } from '../errors/arrears-error.js';
import { parseInput } from '../internal/parse.js';
import { civilFromDays, dayInMonthIndex, formatDay, monthIndex, monthLength } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { readDay } from './date.js';
import { AddMonthsOptionsSchema, StepCountSchema } from './schemas.js';
import type { AddMonthsOptionsInput, AnchorDay, CalendarDate } from './types.js';

const OptionalAddMonthsOptionsSchema = z.optional(AddMonthsOptionsSchema);
const MIN_MONTH_INDEX = monthIndex(1, 1);
const MAX_MONTH_INDEX = monthIndex(9999, 12);

/**
 * The day number of `anchor` in the month `months` after the month of day number `start`
 * (internal; arguments trusted). Throws CALENDAR_DATE_OUT_OF_RANGE past years 0001-9999.
 */
export function shiftMonths(start: number, months: number, anchor: AnchorDay, path: ErrorPath): number {
  const c = civilFromDays(start);
  const mi = monthIndex(c.year, c.month) + months;
  if (mi < MIN_MONTH_INDEX || mi > MAX_MONTH_INDEX) {
    throw new DomainRuleError(
      CalendarErrorCodes.CALENDAR_DATE_OUT_OF_RANGE,
      `${formatDay(start)} plus ${months} months falls outside the supported years 0001-9999.`,
      { path, details: { min: '0001-01-01', max: '9999-12-31' } },
    );
  }
  return dayInMonthIndex(mi, anchor === 'last' ? 31 : anchor);
}

/** Resolves the anchor of a month step, checking that `start` is on it (internal). */
function resolveAnchor(start: number, anchorDay: AnchorDay | undefined): AnchorDay {
  const c = civilFromDays(start);
  if (anchorDay === undefined) return c.day;
  const expected = Math.min(anchorDay === 'last' ? 31 : anchorDay, monthLength(c.year, c.month));
  if (expected !== c.day) {
    throw new ValidationError([
      {
        code: CalendarErrorCodes.CALENDAR_ANCHOR_DAY_MISMATCH,
        path: ['options', 'anchorDay'],
        message: `"options.anchorDay": the date ${formatDay(start)} is not on the anchor day ${anchorDay} of its month (that would be day ${expected}).`,
      },
    ]);
  }
  return anchorDay;
}

/**
 * Adds a signed number of calendar months, keeping the day of the month and clamping it to
 * the last day of a shorter month: `2025-01-31` plus one month is `2025-02-28`.
 *
 * The result is computed from `date` in one step, never by chaining: `2025-01-31` plus two
 * months is `2025-03-31`. To step on from a clamped date (`2025-02-28`) without losing the
 * original day, pass `anchorDay` (1-31, or `'last'` for every month's last day): the result
 * is the anchor day of the target month, clamped. `date` must itself be on the anchor day
 * (after clamping), otherwise `CALENDAR_ANCHOR_DAY_MISMATCH`.
 *
 * @param date - a calendar date
 * @param months - a safe integer, negative to go back
 * @param options - `anchorDay`: the day of the month to keep (default: the day of `date`)
 * @returns the date `months` months later
 * @throws {@link arrears!ValidationError} for a bad date, a non-integer `months`, unknown
 *   options, or `CALENDAR_ANCHOR_DAY_MISMATCH`
 * @throws {@link arrears!DomainRuleError} `CALENDAR_DATE_OUT_OF_RANGE` past years 0001-9999
 *
 * @example
 * ```ts
 * import { addMonths } from 'arrears/calendar';
 * addMonths('2024-01-31', 1); // => '2024-02-29'
 * addMonths('2025-01-31', 2); // => '2025-03-31'
 * addMonths('2025-02-28', 1, { anchorDay: 31 }); // => '2025-03-31'
 * addMonths('2025-04-30', 1, { anchorDay: 'last' }); // => '2025-05-31'
 * addMonths('2025-03-10', 1, { anchorDay: 31 }); // throws CALENDAR_ANCHOR_DAY_MISMATCH
 * ```
 */
export function addMonths(date: CalendarDate, months: number, options?: AddMonthsOptionsInput): CalendarDate {
  const start = readDay(date, ['date']);
  const n = parseInput(StepCountSchema, months, ['months']);
  const opts = parseInput(OptionalAddMonthsOptionsSchema, options, ['options']);
  return formatDay(shiftMonths(start, n, resolveAnchor(start, opts?.anchorDay), ['months']));
}

/**
 * Adds a signed number of years (12 months each, as {@link addMonths}): February 29 becomes
 * February 28 in a common year.
 *
 * @param date - a calendar date
 * @param years - a safe integer, negative to go back
 * @param options - `anchorDay`, as for {@link addMonths}
 * @returns the date `years` years later
 * @throws {@link arrears!ValidationError} for a bad date, a non-integer `years` or bad options
 * @throws {@link arrears!DomainRuleError} `CALENDAR_DATE_OUT_OF_RANGE` past years 0001-9999
 *
 * @example
 * ```ts
 * import { addYears } from 'arrears/calendar';
 * addYears('2024-02-29', 1); // => '2025-02-28'
 * addYears('2024-02-29', 4); // => '2028-02-29'
 * addYears('9999-01-01', 1); // throws CALENDAR_DATE_OUT_OF_RANGE
 * ```
 */
export function addYears(date: CalendarDate, years: number, options?: AddMonthsOptionsInput): CalendarDate {
  const start = readDay(date, ['date']);
  const n = parseInput(StepCountSchema, years, ['years']);
  const opts = parseInput(OptionalAddMonthsOptionsSchema, options, ['options']);
  return formatDay(shiftMonths(start, n * 12, resolveAnchor(start, opts?.anchorDay), ['years']));
}

/**
 * The last day of the month of a date.
 *
 * @param date - a calendar date
 * @returns the month's last date
 * @throws {@link arrears!ValidationError} when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * import { endOfMonth } from 'arrears/calendar';
 * endOfMonth('2024-02-10'); // => '2024-02-29'
 * endOfMonth('2026-12-31'); // => '2026-12-31'
 * ```
 */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const c = civilFromDays(readDay(date, ['date']));
  return formatDay(dayInMonthIndex(monthIndex(c.year, c.month), 31));
}

/**
 * Whether a date is the last day of its month.
 *
 * @param date - a calendar date
 * @returns `true` on the month's last day
 * @throws {@link arrears!ValidationError} when `date` is not a real calendar date
 *
 * @example
 * ```ts
 * import { isEndOfMonth } from 'arrears/calendar';
 * isEndOfMonth('2025-02-28'); // => true
 * isEndOfMonth('2024-02-28'); // => false
 * ```
 */
export function isEndOfMonth(date: CalendarDate): boolean {
  const c = civilFromDays(readDay(date, ['date']));
  return c.day === monthLength(c.year, c.month);
}
