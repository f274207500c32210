import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, dayOfWeek, daysInMonth, fromDayNumber, parseDate, toDayNumber } from '../../src/calendar/index.js';
import { civilArb, dateArb, iso, MAX_DAY_NUMBER, MIN_DAY_NUMBER, monthDays } from '../arbitraries/calendar.js';

/** An independent oracle: JavaScript's UTC date arithmetic (never the host zone). */
function utcDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

describe('toDayNumber', () => {
  it('agrees with UTC Date arithmetic for every date in years 0001-9999', () => {
    fc.assert(
      fc.property(civilArb(), ({ year, month, day }) => {
        expect(toDayNumber(iso(year, month, day))).toBe(utcDayNumber(year, month, day));
      }),
    );
  });
});

describe('fromDayNumber', () => {
  it('round-trips with toDayNumber over the whole range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('maps consecutive day numbers to consecutive dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER - 1 }), (n) => {
        const a = fromDayNumber(n);
        const b = fromDayNumber(n + 1);
        const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
        const expected = ad < monthDays(ay, am) ? iso(ay, am, ad + 1) : am < 12 ? iso(ay, am + 1, 1) : iso(ay + 1, 1, 1);
        expect(b).toBe(expected);
      }),
    );
  });
});

describe('parseDate', () => {
  it('accepts every real date unchanged', () => {
    fc.assert(
      fc.property(dateArb(), (date) => {
        expect(parseDate(date)).toBe(date);
      }),
    );
  });
});

describe('compareDates', () => {
  it('agrees with string order and day-number order', () => {
    fc.assert(
      fc.property(dateArb(), dateArb(), (a, b) => {
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(compareDates(a, b)).toBe(expected);
        expect(Math.sign(toDayNumber(a) - toDayNumber(b))).toBe(expected);
      }),
    );
  });
});

describe('dayOfWeek', () => {
  it('agrees with UTC Date and advances by one each day', () => {
    fc.assert(
      fc.property(civilArb(), ({ year, month, day }) => {
        const d = new Date(0);
        d.setUTCFullYear(year, month - 1, day);
        const expected = ((d.getUTCDay() + 6) % 7) + 1;
        expect(dayOfWeek(iso(year, month, day))).toBe(expected);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('is the day of the last date of the month', () => {
    fc.assert(
      fc.property(civilArb(), ({ year, month, day }) => {
        expect(daysInMonth(iso(year, month, day))).toBe(monthDays(year, month));
      }),
    );
  });
});
