import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, endOfMonth, isEndOfMonth } from '../../src/calendar/index.js';
import { dateArb, iso, monthDays } from '../arbitraries/calendar.js';

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function monthIndexOf(date: string): number {
  const [y, m] = parts(date);
  return y * 12 + m - 1;
}

const inner = dateArb(1000, 8999);
const months = fc.integer({ min: -1200, max: 1200 });

describe('addMonths', () => {
  it('never skips or repeats a month and keeps the anchor day (clamped) across a whole series', () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -24, max: 24 }), fc.integer({ min: 1, max: 40 }), (start, from, length) => {
        const [, , anchor] = parts(start);
        const series = Array.from({ length }, (_, k) => addMonths(start, from + k));
        series.forEach((date, k) => {
          expect(monthIndexOf(date)).toBe(monthIndexOf(start) + from + k);
          const [y, m, d] = parts(date);
          expect(d).toBe(Math.min(anchor, monthDays(y, m)));
        });
      }),
    );
  });

  it('moves by exactly n months', () => {
    fc.assert(
      fc.property(inner, months, (date, n) => {
        expect(monthIndexOf(addMonths(date, n))).toBe(monthIndexOf(date) + n);
      }),
    );
  });

  it('stepping on from a clamped date with anchorDay equals one step from the anchor', () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), (date, a, b) => {
        const [, , anchor] = parts(date);
        const mid = addMonths(date, a);
        expect(addMonths(mid, b, { anchorDay: anchor })).toBe(addMonths(date, a + b));
      }),
    );
  });

  it("with anchorDay 'last' always lands on a month end", () => {
    fc.assert(
      fc.property(inner, months, (date, n) => {
        const end = endOfMonth(date);
        const result = addMonths(end, n, { anchorDay: 'last' });
        expect(isEndOfMonth(result)).toBe(true);
        expect(monthIndexOf(result)).toBe(monthIndexOf(date) + n);
      }),
    );
  });

  it('is undone by adding -n when the day exists in both months', () => {
    fc.assert(
      fc.property(dateArb(1000, 8999).filter((d) => parts(d)[2] <= 28), months, (date, n) => {
        expect(addMonths(addMonths(date, n), -n)).toBe(date);
      }),
    );
  });
});

describe('addYears', () => {
  it('equals adding twelve months per year', () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -100, max: 100 }), (date, n) => {
        expect(addYears(date, n)).toBe(addMonths(date, 12 * n));
        const [y, m, d] = parts(date);
        expect(addYears(date, n)).toBe(iso(y + n, m, Math.min(d, monthDays(y + n, m))));
      }),
    );
  });
});
