import { describe, expect, it } from 'vitest';
import { BusinessCalendarSchema, createCalendar, isArrearsError, isBusinessDay, usFederalCalendar, weekendsOnlyCalendar } from '../../src/calendar/index.js';
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

describe('weekendsOnlyCalendar', () => {
  it('has no holidays and Saturday-Sunday weekends', () => {
    expect(weekendsOnlyCalendar.isHoliday('2026-12-25')).toBe(false);
    expect(weekendsOnlyCalendar.weekendDays).toEqual([6, 7]);
    expect(weekendsOnlyCalendar.name).toBe('Weekends only');
    expect(Object.isFrozen(weekendsOnlyCalendar)).toBe(true);
    expect(Object.isFrozen(weekendsOnlyCalendar.weekendDays)).toBe(true);
  });

  it('still checks the date it is asked about', () => {
    expect(failure(() => weekendsOnlyCalendar.isHoliday('2026-02-30'))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
    expect(failure(() => weekendsOnlyCalendar.isHoliday(5 as unknown as string))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['date']]);
  });
});

describe('createCalendar', () => {
  it('treats the listed dates as holidays, with Saturday-Sunday weekends by default', () => {
    const calendar = createCalendar({ name: 'Office', holidays: ['2026-12-24', '2026-12-24', '2026-12-31'] });
    expect(calendar.isHoliday('2026-12-24')).toBe(true);
    expect(calendar.isHoliday('2026-12-31')).toBe(true);
    expect(calendar.isHoliday('2026-12-25')).toBe(false);
    expect(calendar.weekendDays).toEqual([6, 7]);
    expect(calendar.name).toBe('Office');
  });

  it('extends another calendar with the union of holidays and its weekend days', () => {
    const gulf = createCalendar({ name: 'Gulf', holidays: [], weekendDays: [5, 6] });
    const office = createCalendar({ name: 'Gulf office', holidays: ['2026-03-20'], extends: gulf });
    expect(office.weekendDays).toEqual([5, 6]);
    const federalPlus = createCalendar({ name: 'Federal + Christmas Eve', holidays: ['2026-12-24'], extends: usFederalCalendar() });
    expect(federalPlus.isHoliday('2026-12-24')).toBe(true);
    expect(federalPlus.isHoliday('2026-12-25')).toBe(true);
    expect(federalPlus.isHoliday('2021-12-31')).toBe(true);
    expect(federalPlus.isHoliday('2026-12-23')).toBe(false);
  });

  it('lets weekendDays override those of the base, and allows no weekend at all', () => {
    const sevenDay = createCalendar({ name: 'Seven days', holidays: [], weekendDays: [], extends: usFederalCalendar() });
    expect(sevenDay.weekendDays).toEqual([]);
    expect(isBusinessDay('2026-11-14', sevenDay)).toBe(true);
    expect(isBusinessDay('2026-11-11', sevenDay)).toBe(false);
  });

  it('extends a user calendar that is a class instance, keeping its methods', () => {
    class Closures implements BusinessCalendar {
      readonly name = 'Closures';
      readonly weekendDays = [7];
      private readonly closed = new Set(['2026-05-01']);
      isHoliday(date: string): boolean {
        return this.closed.has(date);
      }
    }
    const mine = new Closures();
    expect(BusinessCalendarSchema.parse(mine)).toBe(mine);
    const calendar = createCalendar({ name: 'Mine plus', holidays: ['2026-05-02'], extends: mine });
    expect(calendar.isHoliday('2026-05-01')).toBe(true);
    expect(calendar.isHoliday('2026-05-02')).toBe(true);
    expect(calendar.weekendDays).toEqual([7]);
  });

  it('passes only valid dates to a base calendar and checks it returns booleans', () => {
    const seen: string[] = [];
    const base: BusinessCalendar = {
      name: 'Recorder',
      weekendDays: [6, 7],
      isHoliday: (date) => {
        seen.push(date);
        return date === '2026-01-02';
      },
    };
    const calendar = createCalendar({ name: 'Layered', holidays: [], extends: base });
    expect(calendar.isHoliday('2026-01-02')).toBe(true);
    expect(seen).toEqual(['2026-01-02']);
    const liar = createCalendar({ name: 'Liar', holidays: [], extends: { name: 'Liar', weekendDays: [], isHoliday: () => 1 as unknown as boolean } });
    expect(failure(() => liar.isHoliday('2026-01-02'))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['calendar', 'isHoliday']]);
  });

  it('rejects bad holiday dates, weekend days, names and bases', () => {
    expect(failure(() => createCalendar({ name: 'X', holidays: ['2026-02-30'] }))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['holidays', 0]]);
    expect(failure(() => createCalendar({ name: 'X', holidays: [], weekendDays: [0] }))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['weekendDays', 0]]);
    expect(failure(() => createCalendar({ name: 'X', holidays: [], weekendDays: [6, 6] }))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['weekendDays']]);
    expect(failure(() => createCalendar({ name: 'X', holidays: [], weekendDays: [1, 2, 3, 4, 5, 6, 7] }))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['weekendDays']]);
    expect(failure(() => createCalendar({ name: '', holidays: [] }))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['name']]);
    expect(failure(() => createCalendar({ name: 'X', holidays: [], extends: { name: 'Y', weekendDays: [6] } as never }))).toEqual([
      'ValidationError',
      'CALENDAR_INVALID_CALENDAR',
      ['extends', 'isHoliday'],
    ]);
    expect(failure(() => createCalendar({ name: 'X', holidays: '2026-01-01' as never }))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['holidays']]);
    expect(failure(() => createCalendar(null as never))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', []]);
  });
});

describe('BusinessCalendarSchema', () => {
  it('accepts the library calendars and well-formed user calendars as the same object', () => {
    const federal = usFederalCalendar();
    expect(BusinessCalendarSchema.parse(federal)).toBe(federal);
    const user = { name: 'U', weekendDays: [6, 7], isHoliday: () => false, extra: 1 };
    expect(BusinessCalendarSchema.parse(user)).toBe(user);
  });

  it('rejects objects without the calendar shape', () => {
    expect(BusinessCalendarSchema.safeParse({ name: 'U', weekendDays: [6, 7], isHoliday: 'no' }).success).toBe(false);
    expect(BusinessCalendarSchema.safeParse({ name: 'U', weekendDays: [8], isHoliday: () => false }).success).toBe(false);
    expect(BusinessCalendarSchema.safeParse(null).success).toBe(false);
    expect(BusinessCalendarSchema.safeParse(() => false).success).toBe(false);
  });
});
