import * as z from 'zod/mini';
import { UnsupportedOptionError } from '../errors/arrears-error.js';
import type { ErrorPath } from '../errors/arrears-error.js';
import { parseInput } from '../internal/parse.js';
import { civilFromDays, daysFromCivil, formatDay, monthLength, weekdayOf } from './civil.js';
import { CalendarErrorCodes } from './codes.js';
import { makeCalendar } from './business-calendar.js';
import { CalendarYearSchema, UsFederalCalendarOptionsSchema } from './schemas.js';
import type { BusinessCalendar, HolidayDates, UsFederalCalendarOptionsInput, UsFederalHoliday, UsFederalHolidayId } from './types.js';

/** The first year whose holiday rules we know: the Uniform Monday Holiday Act took effect in 1971. */
const FIRST_HOLIDAY_YEAR = 1971;

const MONDAY = 1;
const THURSDAY = 4;

/** The `n`-th given weekday of a month (n = 1 for the first). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = daysFromCivil(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): number {
  const last = daysFromCivil(year, month, monthLength(year, month));
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/**
 * The observed (in-lieu) day of a holiday: a Saturday holiday is observed the Friday before,
 * a Sunday one the Monday after (5 U.S.C. 6103(b); Executive Order 11582, sec. 3).
 */
function observedDay(day: number): number {
  const wd = weekdayOf(day);
  return wd === 6 ? day - 1 : wd === 7 ? day + 1 : day;
}

interface HolidayDays {
  readonly id: UsFederalHolidayId;
  readonly name: string;
  readonly day: number;
}

/**
 * The statutory holidays of a year >= 1971 as day numbers, in date order (internal).
 * Rules: 5 U.S.C. 6103(a); Monday holidays from 1971 (Uniform Monday Holiday Act, Pub. L.
 * 90-363); Veterans Day on the fourth Monday of October 1971-1977, November 11 from 1978
 * (Pub. L. 94-97); Martin Luther King, Jr.'s Birthday from 1986 (Pub. L. 98-144); Juneteenth
 * from 2021 (Pub. L. 117-17).
 */
function statutoryHolidays(year: number): HolidayDays[] {
  const list: HolidayDays[] = [{ id: 'newYearsDay', name: "New Year's Day", day: daysFromCivil(year, 1, 1) }];
  if (year >= 1986) list.push({ id: 'martinLutherKingJrBirthday', name: 'Birthday of Martin Luther King, Jr.', day: nthWeekday(year, 1, MONDAY, 3) });
  list.push(
    { id: 'washingtonsBirthday', name: "Washington's Birthday", day: nthWeekday(year, 2, MONDAY, 3) },
    { id: 'memorialDay', name: 'Memorial Day', day: lastWeekday(year, 5, MONDAY) },
  );
  if (year >= 2021) list.push({ id: 'juneteenth', name: 'Juneteenth National Independence Day', day: daysFromCivil(year, 6, 19) });
  list.push(
    { id: 'independenceDay', name: 'Independence Day', day: daysFromCivil(year, 7, 4) },
    { id: 'laborDay', name: 'Labor Day', day: nthWeekday(year, 9, MONDAY, 1) },
    { id: 'columbusDay', name: 'Columbus Day', day: nthWeekday(year, 10, MONDAY, 2) },
  );
  const veterans: HolidayDays = {
    id: 'veteransDay',
    name: 'Veterans Day',
    day: year <= 1977 ? nthWeekday(year, 10, MONDAY, 4) : daysFromCivil(year, 11, 11),
  };
  // 1971-1977: the fourth Monday of October comes after Columbus Day and before Thanksgiving.
  list.push(
    veterans,
    { id: 'thanksgivingDay', name: 'Thanksgiving Day', day: nthWeekday(year, 11, THURSDAY, 4) },
    { id: 'christmasDay', name: 'Christmas Day', day: daysFromCivil(year, 12, 25) },
  );
  return list;
}

function checkHolidayYear(year: number, path: ErrorPath): void {
  if (year < FIRST_HOLIDAY_YEAR) {
    throw new UnsupportedOptionError(
      `US federal holidays are supported from ${FIRST_HOLIDAY_YEAR} (when the Monday-holiday rules took effect), not for ${year}.`,
      { path, details: { year, firstYear: FIRST_HOLIDAY_YEAR } },
      CalendarErrorCodes.CALENDAR_UNSUPPORTED_HOLIDAY_YEAR,
    );
  }
}

/**
 * The US federal legal public holidays of a year (5 U.S.C. 6103(a)), in date order, each with
 * its statutory date and its observed in-lieu date (Saturday -> the Friday before, Sunday ->
 * the Monday after; 5 U.S.C. 6103(b), Executive Order 11582). The observed New Year's Day can
 * fall on December 31 of the year before: it is listed under its own holiday year.
 *
 * History: the Monday holidays from 1971; Veterans Day on the fourth Monday of October
 * 1971-1977 and on November 11 from 1978; Martin Luther King, Jr.'s Birthday from 1986;
 * Juneteenth from 2021. Inauguration Day (6103(c)) is left out: it is a holiday only in the
 * capital area.
 *
 * @param year - 1971-9999
 * @returns the 10 or 11 holidays `{ id, name, date, observed }` of the year
 * @throws {@link arrears!ValidationError} for a year that is not a whole number 1-9999
 * @throws {@link arrears!UnsupportedOptionError} `CALENDAR_UNSUPPORTED_HOLIDAY_YEAR` before 1971
 *
 * @example
 * ```ts
 * import { usFederalHolidays } from 'arrears/calendar';
 * usFederalHolidays(2022)[0]; // => { id: 'newYearsDay', name: "New Year's Day", date: '2022-01-01', observed: '2021-12-31' }
 * usFederalHolidays(2021).find((h) => h.id === 'juneteenth')?.observed; // => '2021-06-18'
 * usFederalHolidays(2026).length; // => 11
 * usFederalHolidays(1970); // throws CALENDAR_UNSUPPORTED_HOLIDAY_YEAR
 * ```
 */
export function usFederalHolidays(year: number): UsFederalHoliday[] {
  const y = parseInput(CalendarYearSchema, year, ['year']);
  checkHolidayYear(y, ['year']);
  return statutoryHolidays(y).map((h) => ({ id: h.id, name: h.name, date: formatDay(h.day), observed: formatDay(observedDay(h.day)) }));
}

/** The holiday day numbers that fall in `year` under a `dates` reading (internal). */
function holidayDaysInYear(year: number, dates: HolidayDates): Set<number> {
  const set = new Set<number>();
  const start = daysFromCivil(year, 1, 1);
  const end = daysFromCivil(year, 12, 31);
  for (const h of statutoryHolidays(year)) {
    if (dates !== 'observed') set.add(h.day);
    const observed = observedDay(h.day);
    if (dates !== 'statutory' && observed >= start) set.add(observed);
  }
  // The next New Year's Day, observed on December 31 when January 1 is a Saturday.
  if (dates !== 'statutory' && weekdayOf(end + 1) === 6) set.add(end);
  return set;
}

function calendarName(dates: HolidayDates): string {
  if (dates === 'observed') return 'US federal (observed)';
  return dates === 'statutory' ? 'US federal (statutory)' : 'US federal (statutory and observed)';
}

/**
 * A business calendar of the US federal legal public holidays (see {@link usFederalHolidays}),
 * with Saturday and Sunday as weekend days.
 *
 * `dates` picks which days count as holidays: `'observed'` (default; the in-lieu days federal
 * offices close, so `2021-12-31` is a holiday: New Year's Day 2022 observed), `'statutory'`
 * (the 6103(a) dates themselves, e.g. for a statute that counts "legal public holidays") or
 * `'both'` (a date is a holiday under either reading: the most conservative count of days).
 * Near a Saturday or Sunday holiday, counting business days with `'observed'` gives an equal or
 * later date than with `'statutory'` (see the Regulation F validation-period convention).
 *
 * Holiday sets are computed once per year and kept inside the calendar object, so lookups in
 * long loops are cheap. `isHoliday` throws {@link arrears!UnsupportedOptionError}
 * (`CALENDAR_UNSUPPORTED_HOLIDAY_YEAR`) for dates before 1971.
 *
 * @param options - `{ dates?: 'observed' | 'statutory' | 'both' }`
 * @returns a frozen {@link BusinessCalendar}
 * @throws {@link arrears!ValidationError} for unknown options
 *
 * @example
 * ```ts
 * import { usFederalCalendar } from 'arrears/calendar';
 * usFederalCalendar().isHoliday('2021-12-31'); // => true
 * usFederalCalendar({ dates: 'statutory' }).isHoliday('2021-12-31'); // => false
 * usFederalCalendar({ dates: 'statutory' }).isHoliday('2022-01-01'); // => true
 * usFederalCalendar({ dates: 'both' }).isHoliday('2022-01-01'); // => true
 * usFederalCalendar().isHoliday('1970-12-25'); // throws CALENDAR_UNSUPPORTED_HOLIDAY_YEAR
 * ```
 */
export function usFederalCalendar(options?: UsFederalCalendarOptionsInput): BusinessCalendar {
  const opts = parseInput(z.optional(UsFederalCalendarOptionsSchema), options, ['options']);
  const dates: HolidayDates = opts?.dates ?? 'observed';
  const byYear = new Map<number, Set<number>>();
  // The last year looked up, with its bounds: consecutive lookups mostly stay in one year.
  let cached: { start: number; end: number; set: Set<number> } | undefined;
  const isHolidayDay = (day: number): boolean => {
    if (cached === undefined || day < cached.start || day > cached.end) {
      const year = civilFromDays(day).year;
      checkHolidayYear(year, ['date']);
      let set = byYear.get(year);
      if (set === undefined) {
        set = holidayDaysInYear(year, dates);
        byYear.set(year, set);
      }
      cached = { start: daysFromCivil(year, 1, 1), end: daysFromCivil(year, 12, 31), set };
    }
    return cached.set.has(day);
  };
  return makeCalendar(calendarName(dates), [6, 7], isHolidayDay);
}
