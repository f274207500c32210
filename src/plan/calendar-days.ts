// Internal integer calendar arithmetic for the APR engine: day numbers (days since 1970-01-01)
// and month steps with end-of-month clamping. Arguments are trusted: every date reaching here
// was validated by CalendarDateSchema (years 0001-9999). Kept local because Appendix J's
// counting loops run thousands of times per call and must not re-parse strings.
// Algorithms: Howard Hinnant's public-domain days_from_civil / civil_from_days.

/** A civil date as integers. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day number of 0001-01-01 and of 9999-12-31. */
export const FIRST_DAY = -719162;
export const LAST_DAY = 2932896;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1-12). */
export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a civil date. */
export function toDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function toCivil(n: number): CivilDate {
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

/** The day number of a `YYYY-MM-DD` string already checked by the date schema. */
export function dayOfIso(date: string): number {
  return toDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Formats a day number as `YYYY-MM-DD`. */
export function isoOfDay(n: number): string {
  const c = toCivil(n);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** Month index: `year * 12 + month - 1`. */
export function monthIndexOf(n: number): number {
  const c = toCivil(n);
  return c.year * 12 + c.month - 1;
}

/** The day number of day `day` (31 = the last day; clamped to the month's length) of month index `mi`. */
export function dayInMonth(mi: number, day: number): number {
  const year = Math.floor(mi / 12);
  const month = mi - year * 12 + 1;
  return toDay(year, month, Math.min(day, monthLength(year, month)));
}

/** `n` shifted by `months` calendar months (negative to go back), the day clamped to the target month. */
export function shiftMonths(n: number, months: number): number {
  const c = toCivil(n);
  return dayInMonth(c.year * 12 + c.month - 1 + months, c.day);
}

/** Whether a day number is the last day of its month. */
export function isMonthEnd(n: number): boolean {
  const c = toCivil(n);
  return c.day === monthLength(c.year, c.month);
}

/**
 * Whether `b` is exactly `months` (>= 1) calendar months after `a`, months counted from a date to
 * the corresponding date (Appendix J (b)(3): all months are equal): `a` plus the months (clamped)
 * is `b`, or `b` minus the months (clamped) is `a`, or both are month ends. So 01-31 -> 02-28,
 * 02-28 -> 03-31 and 02-28 -> 03-30 (counted back from 03-30) are each one month.
 */
export function isWholeMonths(a: number, b: number, months: number): boolean {
  if (shiftMonths(a, months) === b || shiftMonths(b, -months) === a) return true;
  return isMonthEnd(a) && isMonthEnd(b) && monthIndexOf(b) - monthIndexOf(a) === months;
}

/**
 * Full months from `a` to `b` (a <= b) measured back from the later date (Appendix J
 * (b)(5)(ii)), and the days left over between `a` and the start of the first full month.
 * A whole-month interval in the sense of {@link isWholeMonths} leaves no days.
 */
export function monthsBack(a: number, b: number): { months: number; days: number } {
  let m = monthIndexOf(b) - monthIndexOf(a);
  while (m > 0 && shiftMonths(b, -m) < a) m -= 1;
  if (isWholeMonths(a, b, m + 1)) return { months: m + 1, days: 0 };
  if (m > 0 && isWholeMonths(a, b, m)) return { months: m, days: 0 };
  return { months: m, days: shiftMonths(b, -m) - a };
}

/**
 * Days from `a` to `b` on a 30-day-month basis (30/360 US: day 31 and the last day of February
 * count as day 30). Used only to recognise semimonthly periods.
 */
export function days30(a: number, b: number): number {
  const ca = toCivil(a);
  const cb = toCivil(b);
  const da = isMonthEnd(a) ? 30 : Math.min(ca.day, 30);
  const db = isMonthEnd(b) ? 30 : Math.min(cb.day, 30);
  return (cb.year - ca.year) * 360 + (cb.month - ca.month) * 30 + (db - da);
}
