import { fromDayNumber, usFederalCalendar } from '../calendar/index.js';
import { civilFromDayNumber } from '../calendar/civil-date.js';
import type { BusinessCalendar } from '../calendar/index.js';


const TWO = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${String(i)}` : String(i)));

/** The `YYYY-MM-DD` text of a day number (days since 1970-01-01), by arrears/calendar's arithmetic. */
export function dateOf(day: number): string {
  const { year, month, day: d } = civilFromDayNumber(day);
  return `${String(year)}-${TWO[month] as string}-${TWO[d] as string}`;
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a day number; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

let federal: BusinessCalendar | undefined;
// Holiday answers by day number: the planner asks about the same few weeks for every account.
const holidayCache = new Map<number, boolean>();

/**
 * US federal holidays, statutory and observed dates (5 U.S.C. 6103(a)): the same days
 * `arrears/compliance` avoids for `avoidFederalHolidays`.
 */
export function isFederalHoliday(day: number): boolean {
  let known = holidayCache.get(day);
  if (known === undefined) {
    federal ??= usFederalCalendar({ dates: 'both' });
    known = federal.isHoliday(fromDayNumber(day));
    if (holidayCache.size > 4096) holidayCache.clear();
    holidayCache.set(day, known);
  }
  return known;
}

/** Saturday or Sunday. */
export function isWeekendDay(day: number): boolean {
  return weekdayOfDay(day) >= 6;
}
