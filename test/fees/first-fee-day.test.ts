import { describe, expect, it } from 'vitest';
import { firstLateFeeDate, isArrearsError } from '../../src/fees/index.js';

describe('firstLateFeeDate', () => {
  it('counts "within N days", "more than N days late" and "N full days after" as D + N + 1', () => {
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5 } })).toBe('2026-06-07');
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5, counting: 'moreThan' } })).toBe('2026-06-07');
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 2, counting: 'fullDaysAfter' } })).toBe('2026-06-04');
  });

  it('counts "at least N days" and "the N-day period beginning on the due date" as D + N', () => {
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 10, counting: 'atLeast' } })).toBe('2026-06-11');
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 15, counting: 'periodBeginningOnDueDate' } })).toBe('2026-06-16');
  });

  it('never falls on the due date itself', () => {
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 0 } })).toBe('2026-06-02');
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 0, counting: 'atLeast' } })).toBe('2026-06-02');
  });

  it('crosses month and leap-year ends', () => {
    expect(firstLateFeeDate({ dueDate: '2028-02-25', trigger: { graceDays: 5 } })).toBe('2028-03-02');
    expect(firstLateFeeDate({ dueDate: '2026-12-28', trigger: { graceDays: 10 } })).toBe('2027-01-08');
  });

  it('extends a last grace day on a weekend or federal holiday to the next business day', () => {
    expect(firstLateFeeDate({ dueDate: '2026-05-06', trigger: { graceDays: 10, extendToBusinessDay: true } })).toBe('2026-05-19');
    expect(firstLateFeeDate({ dueDate: '2026-05-15', trigger: { graceDays: 10, extendToBusinessDay: true } })).toBe('2026-05-27');
    expect(firstLateFeeDate({ dueDate: '2026-05-15', trigger: { graceDays: 10, extendToBusinessDay: true, calendar: 'weekendsOnly' } })).toBe('2026-05-26');
    expect(firstLateFeeDate({ dueDate: '2026-05-01', trigger: { graceDays: 10, extendToBusinessDay: true } })).toBe('2026-05-12');
  });

  it('counts business days', () => {
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business' } })).toBe('2026-07-07');
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', counting: 'atLeast' } })).toBe('2026-07-06');
    expect(firstLateFeeDate({ dueDate: '2026-06-30', trigger: { graceDays: 3, dayType: 'business', calendar: { holidays: [], weekendDays: [7] } } })).toBe('2026-07-04');
  });

  it('rejects a grace period that is not a whole number of days, and bad dates, naming the field', () => {
    for (const [date, trigger, code, path] of [
      ['2026-06-01', { graceDays: 1.5 }, 'FEES_INVALID_DAYS', ['trigger', 'graceDays']],
      ['2026-06-01', { graceDays: -1 }, 'FEES_INVALID_DAYS', ['trigger', 'graceDays']],
      ['2026-06-01', { graceDays: Number.NaN }, 'INPUT_INVALID_TYPE', ['trigger', 'graceDays']],
      ['2026-02-30', { graceDays: 1 }, 'CALENDAR_INVALID_DATE', ['dueDate']],
      ['2026-06-01', { graceDays: 1, counting: 'soon' }, 'INPUT_INVALID_VALUE', ['trigger', 'counting']],
    ] as const) {
      let error: unknown;
      try {
        firstLateFeeDate({ dueDate: date, trigger: trigger as never });
      } catch (e) {
        error = e;
      }
      expect(isArrearsError(error) && error.name === 'ValidationError').toBe(true);
      expect((error as { code: string }).code).toBe(code);
      expect((error as { path: unknown }).path).toEqual(path);
    }
  });
});
