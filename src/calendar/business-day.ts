import { DomainRuleError } from '../errors/arrears-error.js';
import { parseInput } from '../internal/parse.js';
import { checkDayInRange, civilFromDays, daysFromCivil, formatDay, monthLength } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { readDay } from './date.js';
import { resolveCalendar } from './business-calendar.js';
import type { ResolvedCalendar } from './business-calendar.js';
import { BusinessDayConventionSchema, StepCountSchema } from './schemas.js';
import type { BusinessCalendar, BusinessDayConvention, CalendarDate } from './types.js';

/** How many consecutive non-business days a search crosses before giving up (ten years). */
const MAX_SEARCH_DAYS = 3660;

/**
 * The first business day from `day` (inclusive) in direction `step`, or undefined once past
 * `stop` (internal). Throws CALENDAR_NO_BUSINESS_DAY after {@link MAX_SEARCH_DAYS} days and
 * CALENDAR_DATE_OUT_OF_RANGE past years 0001-9999.
 */
function findBusinessDay(day: number, step: 1 | -1, cal: ResolvedCalendar, stop?: number): number | undefined {
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    const d = day + step * i;
    if (stop !== undefined && (step === 1 ? d > stop : d < stop)) return undefined;
    checkDayInRange(d, ['date'], `The business-day search from ${formatDay(day)}`);
    if (!cal.isNonBusinessDay(d)) return d;
  }
  throw new DomainRuleError(
    CalendarErrorCodes.CALENDAR_NO_BUSINESS_DAY,
    `The calendar "${cal.calendar.name}" has no business day within ${MAX_SEARCH_DAYS} days ${step === 1 ? 'after' : 'before'} ${formatDay(day)}.`,
    { path: ['calendar'], details: { from: formatDay(day), searchedDays: MAX_SEARCH_DAYS } },
  );
}

/** Like {@link findBusinessDay} without a stop: always a day or a throw (internal). */
function nextBusinessDay(day: number, step: 1 | -1, cal: ResolvedCalendar): number {
  return findBusinessDay(day, step, cal) as number;
}

function monthBounds(day: number): { first: number; last: number } {
  const c = civilFromDays(day);
  return { first: daysFromCivil(c.year, c.month, 1), last: daysFromCivil(c.year, c.month, monthLength(c.year, c.month)) };
}

/**
 * Whether a date is a business day of a calendar: not one of its weekend days and not one of
 * its holidays.
 *
 * @param date - a calendar date
 * @param calendar - a {@link BusinessCalendar}
 * @returns `true` on a business day
 * @throws {@link arrears!ValidationError} for a bad date or calendar
 * @throws {@link arrears!UnsupportedOptionError} when the calendar does (US federal: before 1971)
 *
 * @example
 * ```ts
 * import { isBusinessDay, usFederalCalendar } from 'arrears/calendar';
 * isBusinessDay('2026-11-11', usFederalCalendar()); // => false
 * isBusinessDay('2026-11-12', usFederalCalendar()); // => true
 * isBusinessDay('2026-11-14', usFederalCalendar()); // => false
 * ```
 */
export function isBusinessDay(date: CalendarDate, calendar: BusinessCalendar): boolean {
  const day = readDay(date, ['date']);
  return !resolveCalendar(calendar).isNonBusinessDay(day);
}

/**
 * Moves a date that is not a business day to one that is, by a business-day convention
 * (ISDA 2006 Definitions, section 4.12): `'unadjusted'` (no move), `'following'` (the next
 * business day), `'preceding'` (the previous one), `'modifiedFollowing'` (the next one unless
 * it is in the next month, then the previous one), `'modifiedPreceding'` (the previous one
 * unless it is in the previous month, then the next one). A business day is returned as is.
 *
 * @param date - a calendar date
 * @param convention - a {@link BusinessDayConvention}
 * @param calendar - a {@link BusinessCalendar}
 * @returns the adjusted date
 * @throws {@link arrears!ValidationError} for a bad date, convention or calendar
 * @throws {@link arrears!DomainRuleError} `CALENDAR_NO_BUSINESS_DAY` when no business day is
 *   found within 3,660 days; `CALENDAR_DATE_OUT_OF_RANGE` past years 0001-9999
 *
 * @example
 * ```ts
 * import { adjustBusinessDay, usFederalCalendar } from 'arrears/calendar';
 * const federal = usFederalCalendar();
 * adjustBusinessDay('2026-07-03', 'following', federal); // => '2026-07-06'
 * adjustBusinessDay('2026-07-04', 'preceding', federal); // => '2026-07-02'
 * adjustBusinessDay('2026-01-31', 'modifiedFollowing', federal); // => '2026-01-30'
 * adjustBusinessDay('2026-01-31', 'unadjusted', federal); // => '2026-01-31'
 * ```
 */
export function adjustBusinessDay(date: CalendarDate, convention: BusinessDayConvention, calendar: BusinessCalendar): CalendarDate {
  const day = readDay(date, ['date']);
  const conv = parseInput(BusinessDayConventionSchema, convention, ['convention']);
  const cal = resolveCalendar(calendar);
  switch (conv) {
    case 'unadjusted':
      return date;
    case 'following':
      return formatDay(nextBusinessDay(day, 1, cal));
    case 'preceding':
      return formatDay(nextBusinessDay(day, -1, cal));
    case 'modifiedFollowing':
      return formatDay(findBusinessDay(day, 1, cal, monthBounds(day).last) ?? nextBusinessDay(day, -1, cal));
    case 'modifiedPreceding':
      return formatDay(findBusinessDay(day, -1, cal, monthBounds(day).first) ?? nextBusinessDay(day, 1, cal));
  }
}

/**
 * Adds a signed number of business days: the `n`-th business day after `date` (before it,
 * for negative `n`). The start itself is never counted, and need not be a business day.
 * `n = 0` returns `date` unchanged, even when it is not a business day (adjust it with
 * {@link adjustBusinessDay} first if that matters).
 *
 * @param date - a calendar date
 * @param n - a safe integer
 * @param calendar - a {@link BusinessCalendar}
 * @returns a business day (or `date` when `n` is 0)
 * @throws {@link arrears!ValidationError} for a bad date, `n` or calendar
 * @throws {@link arrears!DomainRuleError} `CALENDAR_NO_BUSINESS_DAY` or `CALENDAR_DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { addBusinessDays, usFederalCalendar } from 'arrears/calendar';
 * const federal = usFederalCalendar();
 * addBusinessDays('2026-11-02', 5, federal); // => '2026-11-09'
 * addBusinessDays('2026-11-06', 3, federal); // => '2026-11-12'
 * addBusinessDays('2026-11-12', -1, federal); // => '2026-11-10'
 * addBusinessDays('2026-11-14', 0, federal); // => '2026-11-14'
 * ```
 */
export function addBusinessDays(date: CalendarDate, n: number, calendar: BusinessCalendar): CalendarDate {
  let day = readDay(date, ['date']);
  const count = parseInput(StepCountSchema, n, ['n']);
  const cal = resolveCalendar(calendar);
  // Each step moves at least one day: a count that would leave years 0001-9999 on whole days
  // alone is out of range before any step is taken (the loop below is linear in the count).
  checkDayInRange(day + count, ['date'], `The date ${String(count)} business days from ${date}`);
  const step = count < 0 ? -1 : 1;
  for (let remaining = Math.abs(count); remaining > 0; remaining--) {
    day = nextBusinessDay(day + step, step, cal);
  }
  return count === 0 ? date : formatDay(day);
}

/**
 * The signed number of business-day steps from `start` to `end`: for `end` on or after
 * `start`, the business days in (start, end] (after `start`, up to and including `end`); for
 * `end` before `start`, minus the business days in [end, start). So
 * `addBusinessDays(start, businessDaysBetween(start, end, c), c)` is `end` whenever `end` is a
 * business day, in both directions. Neither endpoint needs to be a business day.
 *
 * @param start - a calendar date
 * @param end - a calendar date
 * @param calendar - a {@link BusinessCalendar}
 * @returns a signed integer
 * @throws {@link arrears!ValidationError} for bad dates or calendar
 *
 * @example
 * ```ts
 * import { businessDaysBetween, usFederalCalendar } from 'arrears/calendar';
 * businessDaysBetween('2026-11-02', '2026-11-09', usFederalCalendar()); // => 5
 * businessDaysBetween('2026-11-09', '2026-11-02', usFederalCalendar()); // => -5
 * businessDaysBetween('2026-11-02', '2026-11-02', usFederalCalendar()); // => 0
 * businessDaysBetween('2026-11-14', '2026-11-16', usFederalCalendar()); // => 1
 * ```
 */
export function businessDaysBetween(start: CalendarDate, end: CalendarDate, calendar: BusinessCalendar): number {
  const from = readDay(start, ['start']);
  const to = readDay(end, ['end']);
  const cal = resolveCalendar(calendar);
  let count = 0;
  if (from <= to) {
    for (let d = from + 1; d <= to; d++) if (!cal.isNonBusinessDay(d)) count++;
    return count;
  }
  for (let d = to; d < from; d++) if (!cal.isNonBusinessDay(d)) count--;
  return count;
}
