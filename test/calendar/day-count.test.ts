import { describe, expect, it } from 'vitest';
import { dayCount, isArrearsError, yearFraction } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

describe('dayCount', () => {
  it('counts actual days for the actual conventions', () => {
    for (const c of ['actual360', 'actual365', 'actualActual'] as const) {
      expect(dayCount('2024-01-15', '2024-03-15', c)).toBe(60);
      expect(dayCount('2024-03-15', '2024-01-15', c)).toBe(-60);
    }
  });

  // 30/360 US cases: the end-of-month rules of the SIFMA "30/360 US" definition.
  it.each([
    ['2026-01-15', '2026-02-15', 30, 'plain month'],
    ['2026-01-31', '2026-02-28', 28, 'D1 = 31 -> 30; D2 = 28 (Feb end, but D1 not Feb end)'],
    ['2026-01-30', '2026-03-31', 60, 'D2 = 31 and D1 = 30 -> D2 = 30'],
    ['2026-01-29', '2026-03-31', 62, 'D2 = 31 stays when D1 < 30'],
    ['2026-02-28', '2026-03-31', 30, 'D1 last of Feb -> 30, then D2 31 -> 30'],
    ['2026-02-28', '2026-08-31', 180, 'D1 last of Feb -> 30, then D2 31 -> 30'],
    ['2024-02-29', '2025-02-28', 360, 'both last of Feb -> D2 = 30'],
    ['2024-02-28', '2025-02-28', 360, 'D1 not last of Feb (leap year)'],
    ['2025-02-28', '2026-02-28', 360, 'both last of Feb'],
    ['2024-02-29', '2024-03-30', 30, 'D1 last of Feb -> 30'],
    ['2026-12-31', '2027-01-31', 30, 'D1 31 -> 30, D2 31 -> 30'],
    ['1637-02-28', '1637-03-28', 28, 'D1 last of Feb -> 30 (found by a property test)'],
    ['2026-03-31', '2026-04-30', 30, 'D1 31 -> 30'],
  ] as Array<[string, string, number, string]>)('30/360 US from %s to %s is %i (%s)', (start, end, expected) => {
    expect(dayCount(start, end, 'thirty360')).toBe(expected);
  });

  it.each([
    ['2026-01-31', '2026-02-28', 28],
    ['2026-01-30', '2026-03-31', 60],
    ['2026-01-29', '2026-03-31', 61],
    ['2026-02-28', '2026-03-31', 32],
    ['2024-02-29', '2025-02-28', 359],
    ['2026-12-31', '2027-01-31', 30],
  ] as Array<[string, string, number]>)('30E/360 from %s to %s is %i', (start, end, expected) => {
    expect(dayCount(start, end, 'thirtyE360')).toBe(expected);
  });

  it('is antisymmetric, and zero for equal dates without -0', () => {
    expect(dayCount('2026-03-31', '2026-01-30', 'thirty360')).toBe(-60);
    expect(Object.is(dayCount('2026-01-30', '2026-01-30', 'thirty360'), 0)).toBe(true);
    expect(Object.is(dayCount('2026-01-31', '2026-01-30', 'thirtyE360'), 0)).toBe(true);
  });

  it('rejects unknown conventions and bad dates', () => {
    expect(failure(() => dayCount('2026-01-01', '2026-02-01', 'act/365' as never))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['convention']]);
    // The names before issue 20 are refused, not mapped: the conventions are camelCase now.
    for (const old of ['30/360', '30E/360', 'actual/360', 'actual/365', 'actual/actual']) {
      expect(failure(() => dayCount('2026-01-01', '2026-02-01', old as never))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['convention']]);
    }
    expect(failure(() => dayCount('2026-01-01', '2026-02-30', 'thirty360'))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['end']]);
  });
});

describe('yearFraction', () => {
  it('divides by 360 or 365 without reducing the fraction', () => {
    expect(yearFraction('2026-01-01', '2026-07-01', 'actual360')).toEqual({ numerator: 181, denominator: 360 });
    expect(yearFraction('2026-01-01', '2026-07-01', 'actual365')).toEqual({ numerator: 181, denominator: 365 });
    expect(yearFraction('2026-01-01', '2026-07-01', 'thirty360')).toEqual({ numerator: 180, denominator: 360 });
    expect(yearFraction('2026-01-31', '2026-07-31', 'thirtyE360')).toEqual({ numerator: 180, denominator: 360 });
    expect(yearFraction('2024-01-01', '2025-01-01', 'actual365')).toEqual({ numerator: 366, denominator: 365 });
  });

  it('splits actual/actual (ISDA) at year ends: days in leap years over 366, others over 365', () => {
    // ISDA example: 2003-11-01 to 2004-05-01 = 61/365 + 121/366.
    expect(yearFraction('2003-11-01', '2004-05-01', 'actualActual')).toEqual({ numerator: 61 * 366 + 121 * 365, denominator: 365 * 366 });
    expect(yearFraction('2024-01-01', '2025-01-01', 'actualActual')).toEqual({ numerator: 133590, denominator: 133590 });
    expect(yearFraction('2025-01-01', '2026-01-01', 'actualActual')).toEqual({ numerator: 133590, denominator: 133590 });
    expect(yearFraction('2020-01-01', '2026-01-01', 'actualActual')).toEqual({ numerator: 6 * 133590, denominator: 133590 });
    expect(yearFraction('2024-03-01', '2024-03-01', 'actualActual')).toEqual({ numerator: 0, denominator: 133590 });
  });

  it('is negative when end is before start, never -0', () => {
    expect(yearFraction('2004-05-01', '2003-11-01', 'actualActual')).toEqual({ numerator: -(61 * 366 + 121 * 365), denominator: 133590 });
    expect(yearFraction('2026-07-01', '2026-01-01', 'actual365')).toEqual({ numerator: -181, denominator: 365 });
    expect(Object.is(yearFraction('2026-01-31', '2026-01-30', 'thirty360').numerator, 0)).toBe(true);
  });

  it('rejects unknown conventions and bad dates', () => {
    expect(failure(() => yearFraction('2026-01-01', '2026-02-01', 'ACT/ACT' as never))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['convention']]);
    expect(failure(() => yearFraction('', '2026-02-01', 'actual360'))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['start']]);
  });
});
