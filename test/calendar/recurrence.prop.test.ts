import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, FrequencySchema, recurrence } from '../../src/calendar/index.js';
import type { Frequency } from '../../src/calendar/index.js';
import { dateArb, monthDays } from '../arbitraries/calendar.js';

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function monthIndexOf(date: string): number {
  const [y, m] = parts(date);
  return y * 12 + m - 1;
}

const start = dateArb(1900, 2400);
const frequency = fc.constantFrom<Frequency>(...FrequencySchema.options);
const count = fc.integer({ min: 1, max: 60 });

describe('recurrence', () => {
  it('gives count strictly increasing dates starting at start', () => {
    fc.assert(
      fc.property(frequency, start, count, (f, s, n) => {
        const dates = recurrence({ frequency: f, start: s, count: n });
        expect(dates).toHaveLength(n);
        expect(dates[0]).toBe(s);
        for (let i = 1; i < dates.length; i++) expect(daysBetween(dates[i - 1] as string, dates[i] as string)).toBeGreaterThan(0);
      }),
    );
  });

  it('is a prefix of any longer series with the same start (occurrences depend only on their index)', () => {
    fc.assert(
      fc.property(frequency, start, count, count, (f, s, n, extra) => {
        const short = recurrence({ frequency: f, start: s, count: n });
        const long = recurrence({ frequency: f, start: s, count: n + extra });
        expect(long.slice(0, n)).toEqual(short);
      }),
    );
  });

  it('steps a fixed number of days for weekly, biweekly and fourWeekly', () => {
    const steps = { weekly: 7, biweekly: 14, fourWeekly: 28 } as const;
    fc.assert(
      fc.property(fc.constantFrom('weekly', 'biweekly', 'fourWeekly' as const), start, count, (f, s, n) => {
        const dates = recurrence({ frequency: f, start: s, count: n });
        dates.forEach((d, k) => {
          expect(daysBetween(s, d)).toBe(steps[f] * k);
        });
      }),
    );
  });

  it('never skips or repeats a month and keeps the anchor day for month-based frequencies', () => {
    const steps = { monthly: 1, quarterly: 3, semiAnnually: 6, annually: 12 } as const;
    fc.assert(
      fc.property(fc.constantFrom('monthly', 'quarterly', 'semiAnnually', 'annually' as const), start, count, (f, s, n) => {
        const [, , anchor] = parts(s);
        recurrence({ frequency: f, start: s, count: n }).forEach((d, k) => {
          expect(monthIndexOf(d)).toBe(monthIndexOf(s) + steps[f] * k);
          const [y, m, day] = parts(d);
          expect(day).toBe(Math.min(anchor, monthDays(y, m)));
        });
      }),
    );
  });

  it('gives semi-monthly dates twice in every month, on the two days', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 27 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        count,
        (s, first, gap, useLast, n) => {
          const second = useLast ? ('last' as const) : Math.min(31, first + gap);
          if (second !== 'last' && second <= first) return;
          const [y, m] = parts(s);
          const from = `${s.slice(0, 8)}${String(first).padStart(2, '0')}`;
          const dates = recurrence({ frequency: 'semiMonthly', start: from, semiMonthlyDays: [first, second], count: n });
          dates.forEach((d, k) => {
            const [dy, dm, dd] = parts(d);
            expect(monthIndexOf(d)).toBe(y * 12 + m - 1 + Math.floor(k / 2));
            const wanted = k % 2 === 0 ? first : second === 'last' ? 31 : second;
            expect(dd).toBe(Math.min(wanted, monthDays(dy, dm)));
          });
        },
      ),
    );
  });

  it('with end, returns every occurrence up to end and none after it', () => {
    fc.assert(
      fc.property(frequency, start, fc.integer({ min: 0, max: 2000 }), (f, s, span) => {
        const until = addDays(s, span);
        const dates = recurrence({ frequency: f, start: s, end: until });
        const longer = recurrence({ frequency: f, start: s, count: dates.length + 1 });
        expect(longer.slice(0, dates.length)).toEqual(dates);
        expect(compareDates(longer.at(-1) as string, until)).toBe(1);
        expect(dates.every((x) => compareDates(x, until) <= 0)).toBe(true);
      }),
    );
  });
});
