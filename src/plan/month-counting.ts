// How Regulation Z Appendix J counts months and days between two dates (12 CFR 1026 App. J
// (b)(3), (b)(5)), on day numbers. The calendar arithmetic itself is arrears/calendar's (through
// ./day-numbers.ts); this file holds only Appendix J's counting rules. Internal: arguments are
// trusted day numbers.
import { civilOf, dayInMonth, isMonthEnd, monthIndexOf } from './day-numbers.js';

/** `n` shifted by `months` calendar months (negative to go back), the day clamped to the target month. */
export function shiftMonths(n: number, months: number): number {
  const c = civilOf(n);
  return dayInMonth(c.year * 12 + c.month - 1 + months, c.day);
}

/** Days in the month of month index `mi` (`year * 12 + month - 1`), any year (proleptic Gregorian). */
function lengthOfMonth(mi: number): number {
  const year = Math.floor(mi / 12);
  const month = mi - year * 12;
  if (month !== 1) return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
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
 *
 * On the two civil dates: `b` measured back by the months between their months lands in `a`'s
 * month (on `b`'s day, clamped); when that is before `a`, one month less lands in the month
 * after. Every way to a whole number of months (see {@link isWholeMonths}) needs that number
 * to be the months between the two months.
 */
export function monthsBack(a: number, b: number): { months: number; days: number } {
  const ca = civilOf(a);
  const cb = civilOf(b);
  const ma = ca.year * 12 + ca.month - 1;
  const m = cb.year * 12 + cb.month - 1 - ma;
  const lengthA = lengthOfMonth(ma);
  const lengthB = lengthOfMonth(ma + m);
  // b's day in a's month (clamped): b measured back by m months.
  const back = Math.min(cb.day, lengthA);
  if (m > 0 && (Math.min(ca.day, lengthB) === cb.day || back === ca.day || (ca.day === lengthA && cb.day === lengthB))) return { months: m, days: 0 };
  if (m > 0 && back < ca.day) return { months: m - 1, days: lengthA - ca.day + Math.min(cb.day, lengthOfMonth(ma + 1)) };
  return { months: m, days: back - ca.day };
}

/**
 * Days from `a` to `b` on a 30-day-month basis (30/360 US: day 31 and the last day of February
 * count as day 30). Used only to recognise semimonthly periods.
 */
export function days30(a: number, b: number): number {
  const ca = civilOf(a);
  const cb = civilOf(b);
  const da = ca.day === lengthOfMonth(ca.year * 12 + ca.month - 1) ? 30 : Math.min(ca.day, 30);
  const db = cb.day === lengthOfMonth(cb.year * 12 + cb.month - 1) ? 30 : Math.min(cb.day, 30);
  return (cb.year - ca.year) * 360 + (cb.month - ca.month) * 30 + (db - da);
}
