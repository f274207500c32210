import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  adjustBusinessDay,
  businessDaysBetween,
  createCalendar,
  isArrearsError,
  isBusinessDay,
  usFederalCalendar,
  weekendsOnlyCalendar,
} from '../../src/calendar/index.js';
import type { BusinessCalendar } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

const federal = usFederalCalendar();
const statutory = usFederalCalendar({ dates: 'statutory' });
/** A calendar with every day of 2026 a holiday. */
const closed2026: BusinessCalendar = { name: 'Closed 2026', weekendDays: [], isHoliday: (d) => d.startsWith('2026-') };
/** A calendar with no business day at all. */
const neverOpen: BusinessCalendar = { name: 'Never open', weekendDays: [6, 7], isHoliday: () => true };

describe('isBusinessDay', () => {
  it('is false on weekends and holidays, true otherwise', () => {
    expect(isBusinessDay('2026-11-11', federal)).toBe(false);
    expect(isBusinessDay('2026-11-14', federal)).toBe(false);
    expect(isBusinessDay('2026-11-15', federal)).toBe(false);
    expect(isBusinessDay('2026-11-12', federal)).toBe(true);
    expect(isBusinessDay('2026-07-03', federal)).toBe(false);
    expect(isBusinessDay('2026-07-03', statutory)).toBe(true);
  });

  it('uses the weekend days of the calendar', () => {
    const friSat = createCalendar({ name: 'Fri-Sat', holidays: [], weekendDays: [5, 6] });
    expect(isBusinessDay('2026-01-02', friSat)).toBe(false);
    expect(isBusinessDay('2026-01-04', friSat)).toBe(true);
  });

  it('rejects bad dates and calendars', () => {
    expect(failure(() => isBusinessDay('2026-02-30', federal))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
    expect(failure(() => isBusinessDay('2026-01-02', {} as never))).toEqual(['ValidationError', 'INPUT_MISSING', ['calendar', 'name']]);
    expect(failure(() => isBusinessDay('2026-01-02', undefined as never))).toEqual(['ValidationError', 'INPUT_MISSING', ['calendar']]);
    expect(failure(() => isBusinessDay('2026-01-02', 'US' as never))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['calendar']]);
    const bad: BusinessCalendar = { name: 'Bad', weekendDays: [], isHoliday: () => 'no' as unknown as boolean };
    expect(failure(() => isBusinessDay('2026-01-02', bad))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['calendar', 'isHoliday']]);
  });

  it('lets a non-arrears exception from a user calendar propagate (it is a bug)', () => {
    const broken: BusinessCalendar = {
      name: 'Broken',
      weekendDays: [],
      isHoliday: () => {
        throw new RangeError('boom');
      },
    };
    expect(() => isBusinessDay('2026-01-02', broken)).toThrow(RangeError);
  });
});

describe('adjustBusinessDay', () => {
  it('returns a business day unchanged under every convention', () => {
    for (const c of ['unadjusted', 'following', 'preceding', 'modifiedFollowing', 'modifiedPreceding'] as const) {
      expect(adjustBusinessDay('2026-11-12', c, federal)).toBe('2026-11-12');
    }
  });

  it('moves forward with following and back with preceding, over weekends and holidays', () => {
    expect(adjustBusinessDay('2026-11-11', 'following', federal)).toBe('2026-11-12');
    expect(adjustBusinessDay('2026-11-11', 'preceding', federal)).toBe('2026-11-10');
    expect(adjustBusinessDay('2026-12-26', 'following', federal)).toBe('2026-12-28');
    expect(adjustBusinessDay('2026-12-27', 'preceding', federal)).toBe('2026-12-24');
    expect(adjustBusinessDay('2021-12-31', 'following', federal)).toBe('2022-01-03');
  });

  it('stays in the month with modifiedFollowing and modifiedPreceding', () => {
    expect(adjustBusinessDay('2026-05-30', 'modifiedFollowing', federal)).toBe('2026-05-29');
    expect(adjustBusinessDay('2026-05-30', 'following', federal)).toBe('2026-06-01');
    expect(adjustBusinessDay('2026-05-16', 'modifiedFollowing', federal)).toBe('2026-05-18');
    expect(adjustBusinessDay('2026-11-01', 'modifiedPreceding', federal)).toBe('2026-11-02');
    expect(adjustBusinessDay('2026-11-01', 'preceding', federal)).toBe('2026-10-30');
    expect(adjustBusinessDay('2026-11-15', 'modifiedPreceding', federal)).toBe('2026-11-13');
  });

  it('leaves a non-business day alone when unadjusted', () => {
    expect(adjustBusinessDay('2026-11-14', 'unadjusted', federal)).toBe('2026-11-14');
  });

  it('searches past a long closure, and gives up with CALENDAR_NO_BUSINESS_DAY', () => {
    expect(adjustBusinessDay('2026-06-01', 'following', closed2026)).toBe('2027-01-01');
    expect(adjustBusinessDay('2026-06-01', 'preceding', closed2026)).toBe('2025-12-31');
    expect(adjustBusinessDay('2026-01-10', 'modifiedFollowing', closed2026)).toBe('2025-12-31');
    expect(adjustBusinessDay('2026-12-10', 'modifiedPreceding', closed2026)).toBe('2027-01-01');
    expect(failure(() => adjustBusinessDay('2026-06-01', 'following', neverOpen))).toEqual(['DomainRuleError', 'CALENDAR_NO_BUSINESS_DAY', ['calendar']]);
    expect(failure(() => adjustBusinessDay('2026-06-01', 'modifiedFollowing', neverOpen))).toEqual(['DomainRuleError', 'CALENDAR_NO_BUSINESS_DAY', ['calendar']]);
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE when the search leaves years 0001-9999', () => {
    expect(failure(() => adjustBusinessDay('9999-12-31', 'following', createCalendar({ name: 'x', holidays: ['9999-12-31'] })))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['date']]);
    expect(adjustBusinessDay('9999-12-31', 'modifiedFollowing', createCalendar({ name: 'x', holidays: ['9999-12-31'] }))).toBe('9999-12-30');
    expect(failure(() => adjustBusinessDay('0001-01-01', 'preceding', createCalendar({ name: 'x', holidays: ['0001-01-01'] })))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['date']]);
  });

  it('throws UnsupportedOptionError when a US federal search reaches before 1971', () => {
    expect(failure(() => adjustBusinessDay('1971-01-02', 'preceding', federal))).toEqual(['UnsupportedOptionError', 'CALENDAR_UNSUPPORTED_HOLIDAY_YEAR', ['date']]);
  });

  it('rejects unknown conventions', () => {
    expect(failure(() => adjustBusinessDay('2026-11-14', 'nearest' as never, federal))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['convention']]);
  });
});

describe('addBusinessDays', () => {
  it('counts five days excluding weekends and Veterans Day (Regulation F validation-period example)', () => {
    expect(addBusinessDays('2026-11-02', 5, federal)).toBe('2026-11-09');
    expect(addBusinessDays('2026-11-05', 5, federal)).toBe('2026-11-13');
  });

  it('goes back with negative n', () => {
    expect(addBusinessDays('2026-11-13', -5, federal)).toBe('2026-11-05');
    expect(addBusinessDays('2026-11-16', -1, federal)).toBe('2026-11-13');
  });

  it('returns the date unchanged for n = 0, even on a non-business day', () => {
    expect(addBusinessDays('2026-11-14', 0, federal)).toBe('2026-11-14');
    expect(addBusinessDays('2026-11-11', 0, federal)).toBe('2026-11-11');
  });

  it('starts counting after a non-business start', () => {
    expect(addBusinessDays('2026-11-14', 1, federal)).toBe('2026-11-16');
    expect(addBusinessDays('2026-11-14', -1, federal)).toBe('2026-11-13');
  });

  it('counts the observed New Year on the previous December 31', () => {
    expect(addBusinessDays('2021-12-30', 1, federal)).toBe('2022-01-03');
    expect(addBusinessDays('2021-12-30', 1, statutory)).toBe('2021-12-31');
  });

  it('throws on running out of years or of business days', () => {
    expect(failure(() => addBusinessDays('9999-12-30', 2, weekendsOnlyCalendar))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['date']]);
    expect(failure(() => addBusinessDays('2026-01-01', Number.MAX_SAFE_INTEGER, weekendsOnlyCalendar))).toEqual([
      'DomainRuleError',
      'CALENDAR_DATE_OUT_OF_RANGE',
      ['date'],
    ]);
    expect(failure(() => addBusinessDays('2026-01-01', 1, neverOpen))).toEqual(['DomainRuleError', 'CALENDAR_NO_BUSINESS_DAY', ['calendar']]);
  });

  it('rejects n that is not a safe integer', () => {
    expect(failure(() => addBusinessDays('2026-01-01', 1.5, federal))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['n']]);
    expect(failure(() => addBusinessDays('2026-01-01', Number.NaN, federal))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['n']]);
  });
});

describe('businessDaysBetween', () => {
  it('counts business days in (start, end]', () => {
    expect(businessDaysBetween('2026-11-02', '2026-11-09', federal)).toBe(5);
    expect(businessDaysBetween('2026-11-02', '2026-11-12', federal)).toBe(7);
    expect(businessDaysBetween('2026-11-06', '2026-11-08', federal)).toBe(0);
    expect(businessDaysBetween('2026-01-01', '2027-01-01', federal)).toBe(250);
  });

  it('is minus the count over [end, start) when end is before start', () => {
    expect(businessDaysBetween('2026-11-09', '2026-11-02', federal)).toBe(-5);
    expect(businessDaysBetween('2026-11-08', '2026-11-06', federal)).toBe(-1);
    expect(businessDaysBetween('2026-11-08', '2026-11-07', federal)).toBe(0);
    expect(Object.is(businessDaysBetween('2026-11-08', '2026-11-07', federal), 0)).toBe(true);
    expect(businessDaysBetween('2026-11-14', '2026-11-12', federal)).toBe(-2);
  });

  it('rejects bad dates', () => {
    expect(failure(() => businessDaysBetween('2026-11-02', '2026-11-31', federal))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['end']]);
  });
});
