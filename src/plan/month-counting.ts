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
  const ca = civilOf(a);
  const cb = civilOf(b);
  const da = isMonthEnd(a) ? 30 : Math.min(ca.day, 30);
  const db = isMonthEnd(b) ? 30 : Math.min(cb.day, 30);
  return (cb.year - ca.year) * 360 + (cb.month - ca.month) * 30 + (db - da);
}
