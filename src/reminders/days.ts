import { fromDayNumber, usFederalCalendar } from '../calendar/index.js';
import type { BusinessCalendar } from '../calendar/index.js';


/** The `YYYY-MM-DD` text of a day number (days since 1970-01-01, within years 1970-9999 here). */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
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
