import { describe, expect, it } from 'vitest';
import { addMonths, addYears, endOfMonth, isArrearsError, isEndOfMonth } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

describe('addMonths', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('computes from the anchor, not by chaining: Jan 31 -> Feb 28 -> Mar 31', () => {
    expect([0, 1, 2, 3].map((n) => addMonths('2025-01-31', n))).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
  });

  it('keeps the anchor day when stepping on from a clamped date', () => {
    expect(addMonths('2025-02-28', 1, { anchorDay: 31 })).toBe('2025-03-31');
    expect(addMonths('2025-02-28', 1, { anchorDay: 30 })).toBe('2025-03-30');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28');
    expect(addMonths('2026-04-30', 1, { anchorDay: 'last' })).toBe('2026-05-31');
    expect(addMonths('2026-05-31', 1, { anchorDay: 'last' })).toBe('2026-06-30');
    expect(addMonths('2024-02-29', 12, { anchorDay: 'last' })).toBe('2025-02-28');
    expect(addMonths('2026-01-15', 1, { anchorDay: 15 })).toBe('2026-02-15');
    expect(addMonths('2026-01-15', 1, {})).toBe('2026-02-15');
  });

  it('does not depend on the host zone (date-fns gives 2011-12-31 under TZ=Pacific/Apia)', () => {
    expect(addMonths('2011-11-30', 1)).toBe('2011-12-30');
  });

  it('rejects a date that is not on the given anchor day', () => {
    expect(failure(() => addMonths('2025-03-10', 1, { anchorDay: 31 }))).toEqual(['ValidationError', 'CALENDAR_ANCHOR_DAY_MISMATCH', ['options', 'anchorDay']]);
    expect(failure(() => addMonths('2025-03-30', 1, { anchorDay: 'last' }))).toEqual(['ValidationError', 'CALENDAR_ANCHOR_DAY_MISMATCH', ['options', 'anchorDay']]);
  });

  it('rejects bad options', () => {
    expect(failure(() => addMonths('2025-03-10', 1, { anchorDay: 0 }))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['options', 'anchorDay']]);
    expect(failure(() => addMonths('2025-03-10', 1, { anchorDay: 32 }))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['options', 'anchorDay']]);
    expect(failure(() => addMonths('2025-03-10', 1, { anchorDay: 'first' as never }))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['options', 'anchorDay']]);
    expect(failure(() => addMonths('2025-03-10', 1, { anchor: 1 } as never))).toEqual(['ValidationError', 'INPUT_UNRECOGNIZED_KEYS', ['options']]);
    expect(failure(() => addMonths('2025-03-10', 1, 'x' as never))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['options']]);
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE past years 0001-9999', () => {
    expect(failure(() => addMonths('9999-12-01', 1))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['months']]);
    expect(failure(() => addMonths('0001-01-31', -1))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['months']]);
    expect(failure(() => addMonths('2026-01-01', Number.MAX_SAFE_INTEGER))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['months']]);
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
  });

  it('rejects months that are not safe integers and bad dates', () => {
    expect(failure(() => addMonths('2026-01-01', 0.5))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['months']]);
    expect(failure(() => addMonths('2026-01-01', Number.NaN))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['months']]);
    expect(failure(() => addMonths('2026-02-29', 1))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
  });
});

describe('addYears', () => {
  it('moves February 29 to February 28 in common years, and back in leap years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -100)).toBe('1924-02-29');
    expect(addYears('2024-02-29', 76)).toBe('2100-02-28');
    expect(addYears('2025-02-28', 1, { anchorDay: 'last' })).toBe('2026-02-28');
    expect(addYears('2023-02-28', 1, { anchorDay: 'last' })).toBe('2024-02-29');
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE past years 0001-9999 and rejects bad input', () => {
    expect(failure(() => addYears('9999-01-01', 1))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['years']]);
    expect(failure(() => addYears('2026-01-01', 2 ** 60))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['years']]);
    expect(failure(() => addYears('2026-01-01', Number.MAX_SAFE_INTEGER))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['years']]);
    expect(failure(() => addYears('', 1))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
  });
});

describe('endOfMonth', () => {
  it('returns the last day of the month', () => {
    expect(endOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(endOfMonth('2100-02-28')).toBe('2100-02-28');
    expect(endOfMonth('2026-04-01')).toBe('2026-04-30');
    expect(endOfMonth('9999-12-01')).toBe('9999-12-31');
  });

  it('rejects bad dates', () => {
    expect(failure(() => endOfMonth('2026-04-31'))[1]).toBe('CALENDAR_INVALID_DATE');
  });
});

describe('isEndOfMonth', () => {
  it('is true only on the last day of a month', () => {
    expect(isEndOfMonth('2025-02-28')).toBe(true);
    expect(isEndOfMonth('2024-02-28')).toBe(false);
    expect(isEndOfMonth('2024-02-29')).toBe(true);
    expect(isEndOfMonth('2026-04-30')).toBe(true);
    expect(isEndOfMonth('2026-05-30')).toBe(false);
  });

  it('rejects bad dates', () => {
    expect(failure(() => isEndOfMonth(42 as unknown as string))[1]).toBe('INPUT_INVALID_TYPE');
  });
});
