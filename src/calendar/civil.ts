// Proleptic Gregorian calendar arithmetic on integer day numbers (days since 1970-01-01).
// Internal: trusted, already-validated arguments only. The algorithms are the public-domain
// "days_from_civil" / "civil_from_days" of Howard Hinnant (chrono-Compatible Low-Level Date
// Algorithms), written here with Math.floor so that negative day numbers work.
import { DomainRuleError } from '../errors/arrears-error.js';
import type { ErrorPath } from '../errors/arrears-error.js';
import { CalendarErrorCodes } from './codes.js';

/** Day number of 0001-01-01. */
export const MIN_DAY = -719162;
/** Day number of 9999-12-31. */
export const MAX_DAY = 2932896;

/** A civil date as integers. */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 31;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}


/** ISO weekday, 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function formatCivil(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function formatDay(n: number): string {
  const c = civilFromDays(n);
  return formatCivil(c.year, c.month, c.day);
}

/** Day number of a string already checked by the date schema. */
export function dayOfIso(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Throws CALENDAR_DATE_OUT_OF_RANGE unless `n` lies in 0001-01-01 .. 9999-12-31. */
export function checkDayInRange(n: number, path: ErrorPath, what: string): number {
  if (n < MIN_DAY || n > MAX_DAY || !Number.isFinite(n)) {
    throw new DomainRuleError(
      CalendarErrorCodes.CALENDAR_DATE_OUT_OF_RANGE,
      `${what} falls outside the supported years 0001-9999.`,
      { path, details: { min: '0001-01-01', max: '9999-12-31' } },
    );
  }
  return n;
}

/** Month index (year * 12 + month - 1) and back: month arithmetic without loops. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The day number of `day` (clamped to the month's length) in month index `mi`. */
export function dayInMonthIndex(mi: number, day: number): number {
  const year = Math.floor(mi / 12);
  const month = mi - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(day, monthLength(year, month)));
}
