import { fromDayNumber, toDayNumber, usFederalCalendar } from '../calendar/index.js';
import type { BusinessCalendar } from '../calendar/index.js';

/** Day numbers (days since 1970-01-01) and their weekdays, for the planner's loops. */
export function dayOf(date: string): number {
  return toDayNumber(date);
}

/** The `YYYY-MM-DD` text of a day number. */
export function dateOf(day: number): string {
  return fromDayNumber(day);
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a day number; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

let federal: BusinessCalendar | undefined;

/**
 * US federal holidays, statutory and observed dates (5 U.S.C. 6103(a)): the same days
 * `arrears/compliance` avoids for `avoidFederalHolidays`.
 */
export function isFederalHoliday(day: number): boolean {
  federal ??= usFederalCalendar({ dates: 'both' });
  return federal.isHoliday(fromDayNumber(day));
}

/** Saturday or Sunday. */
export function isWeekendDay(day: number): boolean {
  return weekdayOfDay(day) >= 6;
}
