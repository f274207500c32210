import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
// Internal since issue 20 (no longer exported from arrears/calendar): tested from their file.
import { civilFromDayNumber, dayNumberFromCivil, daysInMonthOf } from '../../src/calendar/civil-date.js';
import { nameAndCode as codeOf } from '../support/errors.js';

const dayArb = fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-12-31') });

describe('civilFromDayNumber and dayNumberFromCivil', () => {
  it('agree with fromDayNumber and toDayNumber on every date', () => {
    fc.assert(
      fc.property(dayArb, (n) => {
        const c = civilFromDayNumber(n);
        const iso = fromDayNumber(n);
        expect(`${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`).toBe(iso);
        expect(dayNumberFromCivil(c.year, c.month, c.day)).toBe(n);
        expect(daysInMonthOf(c.year, c.month)).toBe(daysInMonth(iso));
      }),
    );
  });

  it('clamps days past the end of the month, as anchor days are', () => {
    expect(dayNumberFromCivil(2025, 2, 31)).toBe(toDayNumber('2025-02-28'));
    expect(dayNumberFromCivil(2024, 2, 30)).toBe(toDayNumber('2024-02-29'));
    expect(dayNumberFromCivil(2026, 4, 'last')).toBe(toDayNumber('2026-04-30'));
  });

  it('throws a ValidationError naming the bad part', () => {
    expect(codeOf(() => dayNumberFromCivil(0, 1, 1))).toBe('ValidationError:INPUT_OUT_OF_RANGE');
    expect(codeOf(() => dayNumberFromCivil(2026, 13, 1))).toBe('ValidationError:CALENDAR_INVALID_DATE');
    expect(codeOf(() => dayNumberFromCivil(2026, 1, 0))).toMatch(/^ValidationError:/);
    expect(codeOf(() => dayNumberFromCivil(2026, 1, 32))).toMatch(/^ValidationError:/);
    expect(codeOf(() => dayNumberFromCivil(2026, 1, 'first' as never))).toMatch(/^ValidationError:/);
    expect(codeOf(() => civilFromDayNumber(toDayNumber('9999-12-31') + 1))).toBe('ValidationError:CALENDAR_DATE_OUT_OF_RANGE');
    expect(codeOf(() => daysInMonthOf(2026, 0))).toBe('ValidationError:CALENDAR_INVALID_DATE');
    expect(codeOf(() => daysInMonthOf(1.5, 1))).toMatch(/^ValidationError:/);
  });
});
