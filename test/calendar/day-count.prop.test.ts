import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCount, DayCountConventionSchema, daysBetween, yearFraction } from '../../src/calendar/index.js';
import { dateArb } from '../arbitraries/calendar.js';

const date = dateArb(1600, 2400);
const convention = fc.constantFrom(...DayCountConventionSchema.options);

describe('dayCount', () => {
  it('equals the actual days for the actual conventions', () => {
    fc.assert(
      fc.property(date, date, fc.constantFrom('actual360', 'actual365', 'actualActual' as const), (a, b, c) => {
        expect(dayCount(a, b, c)).toBe(daysBetween(a, b));
      }),
    );
  });

  it('is antisymmetric for every convention', () => {
    fc.assert(
      fc.property(date, date, convention, (a, b, c) => {
        expect(dayCount(b, a, c)).toBe(-dayCount(a, b, c) || 0);
      }),
    );
  });

  it('gives 30 days per month between the same day (1-27) of two months under 30/360 and 30E/360 (day 28 can be a February end)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 0, max: 1200 }), (y, m, d, n) => {
        const pad = (x: number) => String(x).padStart(2, '0');
        const total = y * 12 + m - 1 + n;
        const a = `${y}-${pad(m)}-${pad(d)}`;
        const b = `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(d)}`;
        expect(dayCount(a, b, 'thirty360')).toBe(30 * n);
        expect(dayCount(a, b, 'thirtyE360')).toBe(30 * n);
      }),
    );
  });
});

describe('yearFraction', () => {
  it('is additive for the actual conventions (actual/actual splits exactly at year ends)', () => {
    fc.assert(
      fc.property(date, date, date, fc.constantFrom('actual360', 'actual365', 'actualActual' as const), (a, b, c, conv) => {
        const ab = yearFraction(a, b, conv);
        const bc = yearFraction(b, c, conv);
        const ac = yearFraction(a, c, conv);
        expect(ab.denominator).toBe(ac.denominator);
        expect(ab.numerator + bc.numerator).toBe(ac.numerator);
      }),
    );
  });

  it('gives exactly one year between January firsts under actual/actual', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 0, max: 50 }), (y, n) => {
        const f = yearFraction(`${y}-01-01`, `${y + n}-01-01`, 'actualActual');
        expect(f.numerator).toBe(n * f.denominator);
      }),
    );
  });

  it('lies between actual/366 and actual/365 under actual/actual, and matches dayCount elsewhere', () => {
    fc.assert(
      fc.property(date, date, convention, (a, b, c) => {
        const f = yearFraction(a, b, c);
        expect(Number.isSafeInteger(f.numerator) && Number.isSafeInteger(f.denominator)).toBe(true);
        if (c === 'actualActual') {
          const days = daysBetween(a, b);
          expect(Math.abs(f.numerator)).toBeGreaterThanOrEqual(Math.abs(days) * 365);
          expect(Math.abs(f.numerator)).toBeLessThanOrEqual(Math.abs(days) * 366);
        } else {
          expect(f.numerator).toBe(dayCount(a, b, c));
          expect(f.denominator).toBe(c === 'actual365' ? 365 : 360);
        }
      }),
    );
  });
});
