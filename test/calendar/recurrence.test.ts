import { describe, expect, it } from 'vitest';
import { isArrearsError, recurrence } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

describe('recurrence', () => {
  it('steps 7, 14 and 28 days for weekly, biweekly and fourWeekly', () => {
    expect(recurrence({ frequency: 'weekly', start: '2026-12-17', count: 4 })).toEqual(['2026-12-17', '2026-12-24', '2026-12-31', '2027-01-07']);
    expect(recurrence({ frequency: 'biweekly', start: '2024-02-15', count: 3 })).toEqual(['2024-02-15', '2024-02-29', '2024-03-14']);
    expect(recurrence({ frequency: 'fourWeekly', start: '2026-01-01', count: 3 })).toEqual(['2026-01-01', '2026-01-29', '2026-02-26']);
  });

  it('keeps the anchor day monthly: Jan 31 -> Feb 28/29 -> Mar 31, not Mar 28', () => {
    expect(recurrence({ frequency: 'monthly', start: '2025-01-31', count: 5 })).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    expect(recurrence({ frequency: 'monthly', start: '2024-01-30', count: 3 })).toEqual(['2024-01-30', '2024-02-29', '2024-03-30']);
  });

  it('steps three months for quarterly and twelve for annually', () => {
    expect(recurrence({ frequency: 'quarterly', start: '2025-11-30', count: 4 })).toEqual(['2025-11-30', '2026-02-28', '2026-05-30', '2026-08-30']);
    expect(recurrence({ frequency: 'annually', start: '2024-02-29', count: 5 })).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('steps six months for semiAnnually, keeping the anchor day: Aug 31 -> Feb 28 -> Aug 31', () => {
    expect(recurrence({ frequency: 'semiAnnually', start: '2025-08-31', count: 4 })).toEqual(['2025-08-31', '2026-02-28', '2026-08-31', '2027-02-28']);
    expect(recurrence({ frequency: 'semiAnnually', start: '2023-08-29', count: 3 })).toEqual(['2023-08-29', '2024-02-29', '2024-08-29']);
    expect(recurrence({ frequency: 'semiAnnually', start: '2026-02-28', anchorDay: 'last', count: 3 })).toEqual(['2026-02-28', '2026-08-31', '2027-02-28']);
    expect(recurrence({ frequency: 'semiAnnually', start: '2026-01-15', end: '2027-07-15' })).toEqual(['2026-01-15', '2026-07-15', '2027-01-15', '2027-07-15']);
    expect(recurrence({ frequency: 'semiAnnually', start: '2026-01-15', end: '2027-07-14' })).toEqual(['2026-01-15', '2026-07-15', '2027-01-15']);
    // Close negative: the anchor day must match the start, as for the other month-based frequencies.
    expect(failure(() => recurrence({ frequency: 'semiAnnually', start: '2026-02-27', anchorDay: 'last', count: 2 }))).toEqual(['ValidationError', 'CALENDAR_ANCHOR_DAY_MISMATCH', ['start']]);
    expect(failure(() => recurrence({ frequency: 'semiAnnually', start: '9999-08-01', count: 2 }))[1]).toBe('CALENDAR_DATE_OUT_OF_RANGE');
  });

  it('refuses the names before issue 20: "until" and "days" are unknown keys', () => {
    expect(failure(() => recurrence({ frequency: 'monthly', start: '2026-01-31', until: '2026-04-30' } as never))[1]).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(failure(() => recurrence({ frequency: 'semiMonthly', start: '2026-01-01', days: [1, 15], count: 2 } as never))[1]).toBe('INPUT_UNRECOGNIZED_KEYS');
  });

  it("keeps the last day of every month with anchorDay 'last'", () => {
    expect(recurrence({ frequency: 'monthly', start: '2026-02-28', anchorDay: 'last', count: 4 })).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(recurrence({ frequency: 'monthly', start: '2026-02-28', anchorDay: 31, count: 2 })).toEqual(['2026-02-28', '2026-03-31']);
    expect(recurrence({ frequency: 'quarterly', start: '2026-02-28', anchorDay: 'last', count: 3 })).toEqual(['2026-02-28', '2026-05-31', '2026-08-31']);
  });

  it('runs semi-monthly on two given days, clamping to short months', () => {
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-01', semiMonthlyDays: [1, 15], count: 5 })).toEqual(['2026-01-01', '2026-01-15', '2026-02-01', '2026-02-15', '2026-03-01']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-31', semiMonthlyDays: [15, 'last'], count: 4 })).toEqual(['2026-01-31', '2026-02-15', '2026-02-28', '2026-03-15']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2024-02-14', semiMonthlyDays: [14, 30], count: 4 })).toEqual(['2024-02-14', '2024-02-29', '2024-03-14', '2024-03-30']);
  });

  it('infers semi-monthly days from the start: [d, d + 14], [15, last], or [d - 14, d]', () => {
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-01', count: 3 })).toEqual(['2026-01-01', '2026-01-15', '2026-02-01']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-05', count: 3 })).toEqual(['2026-01-05', '2026-01-19', '2026-02-05']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-15', count: 4 })).toEqual(['2026-01-15', '2026-01-31', '2026-02-15', '2026-02-28']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-04-30', count: 3 })).toEqual(['2026-04-30', '2026-05-15', '2026-05-31']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-20', count: 3 })).toEqual(['2026-01-20', '2026-02-06', '2026-02-20']);
    expect(recurrence({ frequency: 'semiMonthly', start: '2026-01-30', count: 4 })).toEqual(['2026-01-30', '2026-02-16', '2026-02-28', '2026-03-16']);
  });

  it('stops at end, inclusive', () => {
    expect(recurrence({ frequency: 'monthly', start: '2026-01-31', end: '2026-04-30' })).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(recurrence({ frequency: 'monthly', start: '2026-01-31', end: '2026-04-29' })).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(recurrence({ frequency: 'weekly', start: '2026-01-01', end: '2026-01-01' })).toEqual(['2026-01-01']);
    expect(recurrence({ frequency: 'annually', start: '9998-06-01', end: '9999-12-31' })).toEqual(['9998-06-01', '9999-06-01']);
    expect(recurrence({ frequency: 'weekly', start: '9999-12-20', end: '9999-12-31' })).toEqual(['9999-12-20', '9999-12-27']);
  });

  it('allows exactly 10,000 occurrences', () => {
    expect(recurrence({ frequency: 'weekly', start: '2000-01-01', count: 10_000 })).toHaveLength(10_000);
    expect(recurrence({ frequency: 'weekly', start: '2000-01-01', end: '2191-08-24' })).toHaveLength(10_000);
  });

  it('refuses a series that would be longer than 10,000 occurrences', () => {
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2000-01-01', count: 10_001 }))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['count']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2000-01-01', end: '2191-08-31' }))).toEqual(['DomainRuleError', 'CALENDAR_RECURRENCE_TOO_LONG', ['end']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '0001-01-01', end: '9999-12-31' }))).toEqual(['DomainRuleError', 'CALENDAR_RECURRENCE_TOO_LONG', ['end']]);
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE when count runs past 9999-12-31', () => {
    expect(failure(() => recurrence({ frequency: 'annually', start: '9998-01-01', count: 3 }))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['count']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '9999-12-30', count: 2 }))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['count']]);
  });

  it('needs exactly one of count and end', () => {
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-01' }))).toEqual(['ValidationError', 'CALENDAR_INVALID_RECURRENCE', []]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-01', count: 2, end: '2026-02-01' }))).toEqual(['ValidationError', 'CALENDAR_INVALID_RECURRENCE', []]);
  });

  it('rejects an end before start, count below 1, and fractional counts', () => {
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-02', end: '2026-01-01' }))).toEqual(['ValidationError', 'CALENDAR_INVALID_RECURRENCE', ['end']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-02', count: 0 }))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['count']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-02', count: 2.5 }))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['count']]);
  });

  it('rejects days or anchorDay with the wrong frequency, or a start off them', () => {
    expect(failure(() => recurrence({ frequency: 'monthly', start: '2026-01-01', semiMonthlyDays: [1, 15], count: 2 }))).toEqual(['ValidationError', 'CALENDAR_INVALID_RECURRENCE', ['semiMonthlyDays']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-31', anchorDay: 'last', count: 2 }))).toEqual(['ValidationError', 'CALENDAR_INVALID_RECURRENCE', ['anchorDay']]);
    expect(failure(() => recurrence({ frequency: 'semiMonthly', start: '2026-01-02', semiMonthlyDays: [1, 15], count: 2 }))).toEqual(['ValidationError', 'CALENDAR_ANCHOR_DAY_MISMATCH', ['start']]);
    expect(failure(() => recurrence({ frequency: 'monthly', start: '2026-01-30', anchorDay: 'last', count: 2 }))).toEqual(['ValidationError', 'CALENDAR_ANCHOR_DAY_MISMATCH', ['start']]);
  });

  it('rejects semi-monthly days that are out of order or could coincide', () => {
    expect(failure(() => recurrence({ frequency: 'semiMonthly', start: '2026-01-15', semiMonthlyDays: [15, 15] as never, count: 2 }))).toEqual(['ValidationError', 'CALENDAR_INVALID_RECURRENCE', ['semiMonthlyDays']]);
    expect(failure(() => recurrence({ frequency: 'semiMonthly', start: '2026-01-28', semiMonthlyDays: [28, 'last'] as never, count: 2 }))[1]).toBe('INPUT_OUT_OF_RANGE');
    expect(failure(() => recurrence({ frequency: 'semiMonthly', start: '2026-01-01', semiMonthlyDays: [1] as never, count: 2 }))[0]).toBe('ValidationError');
  });

  it('rejects unknown frequencies, unknown keys, bad dates and non-objects', () => {
    expect(failure(() => recurrence({ frequency: 'daily' as never, start: '2026-01-01', count: 2 }))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['frequency']]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2026-01-01', count: 2, every: 2 } as never))).toEqual(['ValidationError', 'INPUT_UNRECOGNIZED_KEYS', []]);
    expect(failure(() => recurrence({ frequency: 'weekly', start: '2025-02-30', count: 2 }))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['start']]);
    expect(failure(() => recurrence('weekly' as never))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', []]);
  });
});
