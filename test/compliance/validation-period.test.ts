import { describe, expect, it } from 'vitest';
import { safeValidationPeriod, validationPeriod } from '../../src/compliance/index.js';

describe('validationPeriod (12 CFR 1006.34(b)(5))', () => {
  it('assumes receipt five days later not counting weekends and holidays, and ends 30 days after (worked example 1)', () => {
    expect(validationPeriod({ noticeDate: '2026-11-02', method: 'mail' })).toEqual({
      providedOn: '2026-11-02',
      method: 'mail',
      assumedReceiptOn: '2026-11-09',
      endsOn: '2026-12-09',
      holidayDates: 'statutory',
    });
  });

  it('skips a federal holiday inside the five days (Martin Luther King Jr. Day, Christmas, Veterans Day)', () => {
    // Friday 2026-01-16: the 19th is MLK Day -> 20, 21, 22, 23, 26.
    expect(validationPeriod({ noticeDate: '2026-01-16', method: 'mail' }).assumedReceiptOn).toBe('2026-01-26');
    expect(validationPeriod({ noticeDate: '2026-01-16', method: 'mail' }).endsOn).toBe('2026-02-25');
    // Tuesday 2026-12-22: Christmas is Friday the 25th -> 23, 24, 28, 29, 30.
    expect(validationPeriod({ noticeDate: '2026-12-22', method: 'electronic' }).assumedReceiptOn).toBe('2026-12-30');
    expect(validationPeriod({ noticeDate: '2026-12-22', method: 'electronic' }).endsOn).toBe('2027-01-29');
    // Thursday 2026-11-05: Veterans Day on Wednesday the 11th -> 6, 9, 10, 12, 13.
    expect(validationPeriod({ noticeDate: '2026-11-05', method: 'mail' }).assumedReceiptOn).toBe('2026-11-13');
  });

  it('does not move the last day off a weekend', () => {
    // Receipt Friday 2026-11-13 + 30 days = Sunday 2026-12-13.
    expect(validationPeriod({ noticeDate: '2026-11-05', method: 'mail' }).endsOn).toBe('2026-12-13');
  });

  it('reads Saturday holidays by the statute, or with the observed Friday as an option', () => {
    // 2026-07-04 is a Saturday, observed Friday 07-03.
    expect(validationPeriod({ noticeDate: '2026-07-02', method: 'mail' }).assumedReceiptOn).toBe('2026-07-09');
    expect(validationPeriod({ noticeDate: '2026-07-02', method: 'mail', holidayDates: 'both' }).assumedReceiptOn).toBe('2026-07-10');
    // New Year's Day 2028 is a Saturday, observed Friday 2027-12-31: next year's calendar matters.
    expect(validationPeriod({ noticeDate: '2027-12-28', method: 'mail' }).assumedReceiptOn).toBe('2028-01-04');
    expect(validationPeriod({ noticeDate: '2027-12-28', method: 'mail', holidayDates: 'both' }).assumedReceiptOn).toBe('2028-01-05');
    expect(validationPeriod({ noticeDate: '2027-12-28', method: 'mail', holidayDates: 'both' }).endsOn).toBe('2028-02-04');
  });

  it('takes the local date of an instant in the given zone', () => {
    expect(validationPeriod({ noticeSentAt: '2026-11-03T03:00:00Z', method: 'electronic', timeZone: 'America/Chicago' }).providedOn).toBe('2026-11-02');
    expect(validationPeriod({ noticeSentAt: '2026-11-03T03:00:00Z', method: 'electronic', timeZone: 'Europe/Berlin' }).providedOn).toBe('2026-11-03');
  });

  it('rejects bad dates, instants without a zone, and unknown methods', () => {
    const code = (input: unknown): string | undefined => {
      const r = safeValidationPeriod(input);
      return r.success ? undefined : r.error.code;
    };
    expect(code({ noticeDate: '2026-02-30', method: 'mail' })).toBe('CALENDAR_INVALID_DATE');
    expect(code({ noticeSentAt: '2026-11-03', timeZone: 'America/Chicago', method: 'mail' })).toBe('CALENDAR_INVALID_INSTANT');
    expect(code({ noticeDate: '2026-11-03T03:00:00Z', method: 'mail' })).toBe('CALENDAR_INVALID_DATE');
    expect(code({ noticeSentAt: '2026-11-03T03:00:00Z', method: 'mail' })).toBe('INPUT_MISSING');
    expect(code({ noticeDate: '2026-11-03', method: 'pigeon' })).toBe('INPUT_INVALID_VALUE');
    expect(code({ noticeDate: '1969-11-03', method: 'mail' })).toBe('CALENDAR_UNSUPPORTED_HOLIDAY_YEAR');
    expect(code(null)).toBe('INPUT_INVALID_TYPE');
  });

  it('takes the date or the instant with its zone, exactly one, and refuses a zone that has no effect (F27)', () => {
    const issue = (input: unknown): [string, unknown] | undefined => {
      const r = safeValidationPeriod(input);
      return r.success ? undefined : [r.error.code, r.error.path];
    };
    expect(issue({ method: 'mail' })).toEqual(['INPUT_MISSING', ['noticeDate']]);
    expect(issue({ noticeDate: '2026-11-02', noticeSentAt: '2026-11-03T03:00:00Z', timeZone: 'America/Chicago', method: 'mail' })).toEqual(['INPUT_INVALID_VALUE', ['noticeSentAt']]);
    expect(issue({ noticeSentAt: '2026-11-03T03:00:00Z', method: 'mail' })).toEqual(['INPUT_MISSING', ['timeZone']]);
    expect(issue({ noticeDate: '2026-11-02', timeZone: 'America/Chicago', method: 'mail' })).toEqual(['INPUT_INVALID_VALUE', ['timeZone']]);
    expect(issue({ noticeDate: '2026-11-02', method: 'mail', holidays: 'observed' })).toEqual(['INPUT_UNRECOGNIZED_KEYS', []]);
    expect(validationPeriod({ noticeDate: '2026-11-02', method: 'mail' })).toEqual(validationPeriod({ noticeSentAt: '2026-11-02T15:00:00Z', timeZone: 'America/Chicago', method: 'mail' }));
  });
});
