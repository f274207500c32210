import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  isArrearsError,
  isLeapYear,
  parseDate,
  safeParseDate,
  toDayNumber,
  ValidationError,
} from '../../src/calendar/index.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return `${error.name}:${error.code}`;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('parseDate', () => {
  it('returns real dates unchanged, including leap days and the range ends', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('0001-01-01')).toBe('0001-01-01');
    expect(parseDate('9999-12-31')).toBe('9999-12-31');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
  });

  it('rejects dates that do not exist with CALENDAR_INVALID_DATE', () => {
    for (const bad of ['2025-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(codeOf(() => parseDate(bad)), bad).toBe('ValidationError:CALENDAR_INVALID_DATE');
    }
  });

  it('rejects other shapes with CALENDAR_INVALID_DATE', () => {
    for (const bad of ['', ' 2026-01-01', '2026-01-01 ', '2026-1-1', '20260101', '2026/01/01', '2026-01-01T00:00:00Z', '+2026-01-01', '١٢٣٤-٠١-٠١', 'NaN']) {
      expect(codeOf(() => parseDate(bad)), bad).toBe('ValidationError:CALENDAR_INVALID_DATE');
    }
  });

  it('rejects year 0000 as out of range', () => {
    expect(codeOf(() => parseDate('0000-12-31'))).toBe('ValidationError:CALENDAR_DATE_OUT_OF_RANGE');
  });

  it('rejects non-strings with INPUT_INVALID_TYPE and missing input with INPUT_MISSING', () => {
    for (const bad of [20260101, Number.NaN, null, {}, [], true, 1n]) {
      expect(codeOf(() => parseDate(bad)), String(bad)).toBe('ValidationError:INPUT_INVALID_TYPE');
    }
    expect(codeOf(() => parseDate(undefined))).toBe('ValidationError:INPUT_MISSING');
  });

  it('names the problem in a sentence', () => {
    expect(() => parseDate('2025-02-30')).toThrow('"2025-02-30" is not a real calendar date: February 2025 has 28 days.');
    expect(() => parseDate('')).toThrow(/expected a calendar date written YYYY-MM-DD .* but got an empty string/);
  });
});

describe('safeParseDate', () => {
  it('returns the date as data', () => {
    expect(safeParseDate('2026-01-31')).toEqual({ success: true, data: '2026-01-31' });
  });

  it('returns the validation error instead of throwing', () => {
    const result = safeParseDate('2025-02-30');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ValidationError);
      expect(result.error.code).toBe('CALENDAR_INVALID_DATE');
    }
  });
});

describe('toDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(toDayNumber('0001-01-01')).toBe(-719162);
    expect(toDayNumber('9999-12-31')).toBe(2932896);
  });

  it('rejects bad dates with the path "date"', () => {
    try {
      toDayNumber('2025-02-30');
      expect.unreachable();
    } catch (error) {
      expect(isArrearsError(error) && error.path).toEqual(['date']);
    }
  });
});

describe('fromDayNumber', () => {
  it('is the inverse of toDayNumber', () => {
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-719162)).toBe('0001-01-01');
    expect(fromDayNumber(2932896)).toBe('9999-12-31');
    expect(fromDayNumber(11016)).toBe('2000-02-29');
  });

  it('rejects numbers outside years 0001-9999 with CALENDAR_DATE_OUT_OF_RANGE', () => {
    expect(codeOf(() => fromDayNumber(-719163))).toBe('ValidationError:CALENDAR_DATE_OUT_OF_RANGE');
    expect(codeOf(() => fromDayNumber(2932897))).toBe('ValidationError:CALENDAR_DATE_OUT_OF_RANGE');
  });

  it('rejects fractions, NaN, infinities and huge numbers', () => {
    expect(codeOf(() => fromDayNumber(1.5))).toBe('ValidationError:INPUT_INVALID_TYPE');
    expect(codeOf(() => fromDayNumber(Number.NaN))).toBe('ValidationError:INPUT_INVALID_TYPE');
    expect(codeOf(() => fromDayNumber(Number.POSITIVE_INFINITY))).toBe('ValidationError:INPUT_INVALID_TYPE');
    expect(codeOf(() => fromDayNumber(2 ** 60))).toBe('ValidationError:INPUT_OUT_OF_RANGE');
    expect(codeOf(() => fromDayNumber('0' as unknown as number))).toBe('ValidationError:INPUT_INVALID_TYPE');
  });
});

describe('compareDates', () => {
  it('orders dates by time', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(['2026-03-01', '0999-12-31', '2025-12-31'].sort(compareDates)).toEqual(['0999-12-31', '2025-12-31', '2026-03-01']);
  });

  it('rejects a bad second date with the path "b"', () => {
    try {
      compareDates('2026-01-01', '2026-02-30');
      expect.unreachable();
    } catch (error) {
      expect(isArrearsError(error) && [error.code, error.path]).toEqual(['CALENDAR_INVALID_DATE', ['b']]);
    }
  });
});

describe('dayOfWeek', () => {
  it('returns ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(dayOfWeek('2026-01-05')).toBe(1);
    expect(dayOfWeek('2026-01-10')).toBe(6);
    expect(dayOfWeek('2026-01-11')).toBe(7);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('0001-01-01')).toBe(1);
    expect(dayOfWeek('9999-12-31')).toBe(5);
  });

  it('rejects bad dates', () => {
    expect(codeOf(() => dayOfWeek('2026-02-29'))).toBe('ValidationError:CALENDAR_INVALID_DATE');
  });
});

describe('isLeapYear', () => {
  it('follows the Gregorian rule', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400, 4].map(isLeapYear)).toEqual([false, true, false, true, false, true, true]);
  });

  it('rejects years outside 1-9999 and non-integers', () => {
    expect(codeOf(() => isLeapYear(0))).toBe('ValidationError:INPUT_OUT_OF_RANGE');
    expect(codeOf(() => isLeapYear(10000))).toBe('ValidationError:INPUT_OUT_OF_RANGE');
    expect(codeOf(() => isLeapYear(2024.5))).toBe('ValidationError:INPUT_INVALID_TYPE');
    expect(codeOf(() => isLeapYear('2024' as unknown as number))).toBe('ValidationError:INPUT_INVALID_TYPE');
  });
});

describe('daysInMonth', () => {
  it('gives the month length, with leap Februaries', () => {
    expect(daysInMonth('2024-02-01')).toBe(29);
    expect(daysInMonth('2100-02-01')).toBe(28);
    expect(daysInMonth('2026-04-15')).toBe(30);
    expect(daysInMonth('2026-12-15')).toBe(31);
  });

  it('rejects bad dates', () => {
    expect(codeOf(() => daysInMonth(''))).toBe('ValidationError:CALENDAR_INVALID_DATE');
  });
});
