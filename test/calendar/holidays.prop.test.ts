import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, daysBetween, HolidayDatesSchema, usFederalCalendar, usFederalHolidays } from '../../src/calendar/index.js';
import { dateArb } from '../arbitraries/calendar.js';

const year = fc.integer({ min: 1971, max: 9999 });

describe('usFederalHolidays', () => {
  it('observes every holiday on a weekday (Monday-Friday)', () => {
    fc.assert(
      fc.property(year, (y) => {
        for (const h of usFederalHolidays(y)) expect(dayOfWeek(h.observed), `${h.id} ${h.observed}`).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('moves a holiday only off a weekend, to the adjacent Friday or Monday', () => {
    fc.assert(
      fc.property(year, (y) => {
        for (const h of usFederalHolidays(y)) {
          const shift = daysBetween(h.date, h.observed);
          const weekday = dayOfWeek(h.date);
          expect(shift).toBe(weekday === 6 ? -1 : weekday === 7 ? 1 : 0);
        }
      }),
    );
  });

  it('lists 9 to 11 distinct holidays in date order, all dated in their year', () => {
    fc.assert(
      fc.property(year, (y) => {
        const holidays = usFederalHolidays(y);
        expect(holidays.length).toBe(9 + (y >= 1986 ? 1 : 0) + (y >= 2021 ? 1 : 0));
        for (let i = 1; i < holidays.length; i++) expect(daysBetween((holidays[i - 1] as { date: string }).date, (holidays[i] as { date: string }).date)).toBeGreaterThan(0);
        for (const h of holidays) expect(h.date.startsWith(String(y).padStart(4, '0'))).toBe(true);
      }),
    );
  });

  it('puts the Monday holidays on Mondays and Thanksgiving on a Thursday', () => {
    const mondays = new Set(['martinLutherKingJrBirthday', 'washingtonsBirthday', 'memorialDay', 'laborDay', 'columbusDay']);
    fc.assert(
      fc.property(year, (y) => {
        for (const h of usFederalHolidays(y)) {
          if (mondays.has(h.id)) expect(dayOfWeek(h.date)).toBe(1);
          if (h.id === 'thanksgivingDay') expect(dayOfWeek(h.date)).toBe(4);
        }
      }),
    );
  });
});

describe('usFederalCalendar', () => {
  it('calls a date a holiday exactly when a holiday of its year or the next is on it, per reading', () => {
    fc.assert(
      fc.property(dateArb(1971, 9998), fc.constantFrom(...HolidayDatesSchema.options), (date, dates) => {
        const y = Number(date.slice(0, 4));
        const all = [...usFederalHolidays(y), ...usFederalHolidays(y + 1)];
        const expected = all.some((h) => (dates !== 'observed' && h.date === date) || (dates !== 'statutory' && h.observed === date));
        expect(usFederalCalendar({ dates }).isHoliday(date)).toBe(expected);
      }),
    );
  });

  it('treats every listed observed and statutory date as a holiday of the matching reading', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1972, max: 9999 }), (y) => {
        const observed = usFederalCalendar();
        const statutory = usFederalCalendar({ dates: 'statutory' });
        const both = usFederalCalendar({ dates: 'both' });
        for (const h of usFederalHolidays(y)) {
          expect(observed.isHoliday(h.observed)).toBe(true);
          expect(statutory.isHoliday(h.date)).toBe(true);
          expect(both.isHoliday(h.date) && both.isHoliday(h.observed)).toBe(true);
        }
      }),
    );
  });
});
