// The cheap tests the fast input paths share (internal): apr-fast-input.ts (APR inputs) and
// fast-terms.ts (plan terms) accept a value only when it passes these, each of which accepts
// only what the schemas accept too; anything else goes to the schema.
import { daysInMonthOf } from '../calendar/civil-date.js';

/** Up to 15 integer digits and 4 decimals: always inside the money grammar and every currency's digits tested below. */
const AMOUNT = /^(?:0|[1-9][0-9]{0,14})(?:\.([0-9]{1,4}))?$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** A positive decimal string with at most `minorUnits` decimals (and at most 4). */
export function isPositiveAmount(value: unknown, minorUnits: number): value is string {
  if (typeof value !== 'string') return false;
  const match = AMOUNT.exec(value);
  return match !== null && (match[1] === undefined || match[1].length <= minorUnits) && /[1-9]/.test(value);
}

/** A real calendar date `YYYY-MM-DD`, years 0001-9999. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthOf(year, month);
}

/** A plain object (the prototype Object.prototype or null). */
export function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
