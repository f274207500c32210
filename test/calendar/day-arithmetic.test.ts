import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isArrearsError } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

describe('addDays', () => {
  it('adds and subtracts calendar days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-15', 0)).toBe('2026-01-15');
    expect(addDays('1970-01-01', 365 * 30 + 7)).toBe('2000-01-01');
  });

  it('does not depend on DST or the host zone (a DST Sunday is one day)', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE past years 0001-9999', () => {
    expect(failure(() => addDays('9999-12-31', 1))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['days']]);
    expect(failure(() => addDays('0001-01-01', -1))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['days']]);
    expect(failure(() => addDays('2026-01-01', Number.MAX_SAFE_INTEGER))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['days']]);
  });

  it('rejects days that are not safe integers', () => {
    expect(failure(() => addDays('2026-01-01', 1.5))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['days']]);
    expect(failure(() => addDays('2026-01-01', Number.NaN))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['days']]);
    expect(failure(() => addDays('2026-01-01', 2 ** 60))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['days']]);
    expect(failure(() => addDays('2026-01-01', '1' as unknown as number))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['days']]);
  });

  it('rejects bad dates', () => {
    expect(failure(() => addDays('2025-02-30', 1))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
  });
});

describe('daysBetween', () => {
  it('is end minus start in calendar days, signed', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1);
    expect(daysBetween('0001-01-01', '9999-12-31')).toBe(3652058);
  });

  it('rejects bad dates, naming the bad one', () => {
    expect(failure(() => daysBetween('2026-01-01', '2026-01-32'))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['end']]);
    expect(failure(() => daysBetween(null as unknown as string, '2026-01-01'))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['start']]);
  });
});
