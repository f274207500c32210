import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toDayNumber } from '../../src/calendar/index.js';
import { dateArb } from '../arbitraries/calendar.js';

const inner = dateArb(1000, 8999);
const offset = fc.integer({ min: -300_000, max: 300_000 });

describe('addDays', () => {
  it('moves the day number by exactly n', () => {
    fc.assert(
      fc.property(inner, offset, (date, n) => {
        expect(toDayNumber(addDays(date, n))).toBe(toDayNumber(date) + n);
      }),
    );
  });

  it('is undone by adding -n', () => {
    fc.assert(
      fc.property(inner, offset, (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });
});

describe('daysBetween', () => {
  it('is the inverse of addDays and antisymmetric', () => {
    fc.assert(
      fc.property(inner, offset, (date, n) => {
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(daysBetween(later, date)).toBe(-n || 0);
      }),
    );
  });

  it('adds up along a chain of dates', () => {
    fc.assert(
      fc.property(dateArb(), dateArb(), dateArb(), (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });
});
