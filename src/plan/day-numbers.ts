// Dates of the plan module as integer day numbers (days since 1970-01-01), on the integer
// primitives of arrears/calendar (`civilFromDayNumber`, `dayNumberFromCivil`, `daysInMonthOf`),
// plus fast ISO formatting for schedules. Internal: every date reaching here was validated by a
// schema. Occurrence -1 of a plan (one period before the first due date) may fall before year 1
// and the last occurrence of a long plan after 9999: such day numbers are computed through the
// 400-year Gregorian cycle (146,097 days) so that range checks can see them.
import { toDayNumber } from '../calendar/index.js';
import { civilFromDayNumber, dayNumberFromCivil, daysInMonthOf } from '../calendar/civil-date.js';
import type { CivilDate } from '../calendar/civil-date.js';

/** Days in 400 Gregorian years. */
const CYCLE_DAYS = 146_097;

/** Day number of 0001-01-01 and of 9999-12-31. */
export const FIRST_DAY = toDayNumber('0001-01-01');
export const LAST_DAY = toDayNumber('9999-12-31');

/** Two-digit strings '00'..'99', for dates and 2-decimal amounts. */
export const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** The civil date of a day number, any year (years outside 1-9999 through the 400-year cycle). */
export function civilOf(n: number): CivilDate {
  if (n >= FIRST_DAY && n <= LAST_DAY) return civilFromDayNumber(n);
  const shift = n < FIRST_DAY ? Math.ceil((FIRST_DAY - n) / CYCLE_DAYS) : -Math.ceil((n - LAST_DAY) / CYCLE_DAYS);
  const c = civilFromDayNumber(n + shift * CYCLE_DAYS);
  return { year: c.year - 400 * shift, month: c.month, day: c.day };
}

/** The day number of day `day` of month index `mi` (`year * 12 + month - 1`); 31 = the last day, later days clamped. */
export function dayInMonth(mi: number, day: number): number {
  const year = Math.floor(mi / 12);
  const month = mi - year * 12 + 1;
  if (year >= 1 && year <= 9999) return dayNumberFromCivil(year, month, day);
  const shift = year < 1 ? Math.ceil((1 - year) / 400) : -Math.ceil((year - 9999) / 400);
  return dayNumberFromCivil(year + 400 * shift, month, day) - shift * CYCLE_DAYS;
}

/** The day number of a `YYYY-MM-DD` string already checked by the date schema. */
export function dayOfIso(date: string): number {
  return dayNumberFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Month index: `year * 12 + month - 1`. */
export function monthIndexOf(n: number): number {
  const c = civilOf(n);
  return c.year * 12 + c.month - 1;
}

/** The day of the month of a day number. */
export function dayOfMonth(n: number): number {
  return civilOf(n).day;
}

/** Whether a day number is the last day of its month. */
export function isMonthEnd(n: number): boolean {
  return civilOf(n + 1).day === 1;
}

/** Days in a month (year 1-9999, month 1-12). */
export function monthLength(year: number, month: number): number {
  return daysInMonthOf(year, month);
}

/** `YYYY` for a year, zero-padded below 1000. */
export function yearText(year: number): string {
  return year >= 1000 ? String(year) : String(year).padStart(4, '0');
}

/** Formats a day number as `YYYY-MM-DD`. */
export function isoOfDay(n: number): string {
  const c = civilOf(n);
  return `${yearText(c.year)}-${TWO_DIGITS[c.month] as string}-${TWO_DIGITS[c.day] as string}`;
}
