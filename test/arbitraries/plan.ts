import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';

/** A calendar date between 1950-01-01 and 2080-12-31, as `YYYY-MM-DD`. */
export const dateArb = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2080-12-31') }).map((n) => fromDayNumber(n));

/** A positive amount with two decimals, from integer cents (never from floats). */
export function centsArb(min = 1n, max = 10_000_000n): fc.Arbitrary<string> {
  return fc.bigInt({ min, max }).map((cents) => {
    const s = cents.toString().padStart(3, '0');
    return `${s.slice(0, -2)}.${s.slice(-2)}`;
  });
}

/** Writes integer cents as an amount string. */
export function centsToAmount(cents: bigint): string {
  const s = cents.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** A periodic rate as basis points of a unit period (1 bp .. 3%), an integer. */
export const basisPointsArb = fc.integer({ min: 1, max: 300 });

/** Unit periods whose level series the property tests build. */
export const levelUnitArb = fc.constantFrom('month', 'quarter', 'week', 'biweek', 'semimonth', '4-week', '2-month');
