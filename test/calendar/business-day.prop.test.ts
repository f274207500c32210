import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  adjustBusinessDay,
  businessDaysBetween,
  BusinessDayConventionSchema,
  createCalendar,
  daysBetween,
  isBusinessDay,
  usFederalCalendar,
  weekendsOnlyCalendar,
} from '../../src/calendar/index.js';
import type { BusinessCalendar } from '../../src/calendar/index.js';
import { customCalendarDefinitionArb, dateArb } from '../arbitraries/calendar.js';

const date = dateArb(1972, 2200);

/** A US federal reading, weekends only, or a random custom calendar (possibly on top of US federal). */
const calendarArb: fc.Arbitrary<BusinessCalendar> = fc.oneof(
  fc.constantFrom(usFederalCalendar(), usFederalCalendar({ dates: 'statutory' }), usFederalCalendar({ dates: 'both' }), weekendsOnlyCalendar),
  fc.tuple(customCalendarDefinitionArb(date), fc.boolean()).map(([definition, layered]) =>
    createCalendar(layered ? { ...definition, extends: usFederalCalendar() } : definition),
  ),
  // A user calendar that is a plain object (exercises the public isHoliday path).
  customCalendarDefinitionArb(date).map((d): BusinessCalendar => {
    const holidays = new Set(d.holidays);
    return { name: 'User', weekendDays: d.weekendDays, isHoliday: (x) => holidays.has(x) };
  }),
);

const convention = fc.constantFrom('following', 'preceding', 'modifiedFollowing', 'modifiedPreceding' as const);

describe('adjustBusinessDay', () => {
  it('lands on a business day under every adjusting convention', () => {
    fc.assert(
      fc.property(date, convention, calendarArb, (d, c, calendar) => {
        expect(isBusinessDay(adjustBusinessDay(d, c, calendar), calendar)).toBe(true);
      }),
    );
  });

  it('moves to the nearest business day in its direction, and not at all from a business day', () => {
    fc.assert(
      fc.property(date, calendarArb, (d, calendar) => {
        const following = adjustBusinessDay(d, 'following', calendar);
        const preceding = adjustBusinessDay(d, 'preceding', calendar);
        expect(daysBetween(d, following)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(d, preceding)).toBeLessThanOrEqual(0);
        for (let x = d; x !== following; x = addDays(x, 1)) expect(isBusinessDay(x, calendar)).toBe(false);
        for (let x = d; x !== preceding; x = addDays(x, -1)) expect(isBusinessDay(x, calendar)).toBe(false);
        if (isBusinessDay(d, calendar)) {
          for (const c of BusinessDayConventionSchema.options) expect(adjustBusinessDay(d, c, calendar)).toBe(d);
        }
      }),
    );
  });

  it('modified conventions take the plain result when it stays in the month, else the other direction', () => {
    fc.assert(
      fc.property(date, calendarArb, (d, calendar) => {
        const following = adjustBusinessDay(d, 'following', calendar);
        const preceding = adjustBusinessDay(d, 'preceding', calendar);
        const month = d.slice(0, 7);
        expect(adjustBusinessDay(d, 'modifiedFollowing', calendar)).toBe(following.startsWith(month) ? following : preceding);
        expect(adjustBusinessDay(d, 'modifiedPreceding', calendar)).toBe(preceding.startsWith(month) ? preceding : following);
      }),
    );
  });
});

describe('addBusinessDays', () => {
  it('lands on a business day exactly n business days away', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0), calendarArb, (d, n, calendar) => {
        const result = addBusinessDays(d, n, calendar);
        expect(isBusinessDay(result, calendar)).toBe(true);
        expect(businessDaysBetween(d, result, calendar)).toBe(n);
        expect(Math.sign(daysBetween(d, result))).toBe(Math.sign(n));
      }),
    );
  });

  it('composes: adding a then b business days equals adding a + b when both have the same sign', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), calendarArb, (d, a, b, back, calendar) => {
        const s = back ? -1 : 1;
        expect(addBusinessDays(addBusinessDays(d, s * a, calendar), s * b, calendar)).toBe(addBusinessDays(d, s * (a + b), calendar));
      }),
    );
  });
});

describe('businessDaysBetween', () => {
  it('adds up along a chain of dates in one direction', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), fc.boolean(), calendarArb, (a, x, y, back, calendar) => {
        const s = back ? -1 : 1;
        const b = addDays(a, s * x);
        const c = addDays(b, s * y);
        expect(businessDaysBetween(a, b, calendar) + businessDaysBetween(b, c, calendar)).toBe(businessDaysBetween(a, c, calendar));
      }),
    );
  });

  it('is antisymmetric between business days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -90, max: 90 }), calendarArb, (d, x, calendar) => {
        const a = adjustBusinessDay(d, 'following', calendar);
        const b = adjustBusinessDay(addDays(a, x), 'following', calendar);
        expect(businessDaysBetween(b, a, calendar)).toBe(-businessDaysBetween(a, b, calendar) || 0);
      }),
    );
  });

  it('inverts addBusinessDays in both directions', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), calendarArb, (d, x, calendar) => {
        const end = adjustBusinessDay(addDays(d, x), 'following', calendar);
        expect(addBusinessDays(d, businessDaysBetween(d, end, calendar), calendar)).toBe(end);
      }),
    );
  });
});
