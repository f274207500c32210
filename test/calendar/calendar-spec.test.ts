import { describe, expect, it } from 'vitest';
import { CalendarSpecSchema, addBusinessDays, calendarFromSpec, isArrearsError, isBusinessDay, safeCalendarFromSpec, usFederalCalendar, weekendsOnlyCalendar } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

describe('calendarFromSpec', () => {
  it('builds the named calendars: usFederal (observed dates) and weekendsOnly', () => {
    const federal = calendarFromSpec('usFederal');
    expect(federal.isHoliday('2021-12-31')).toBe(true);
    expect(federal.isHoliday('2022-01-01')).toBe(false);
    expect(federal.name).toBe(usFederalCalendar().name);
    expect(calendarFromSpec('weekendsOnly')).toBe(weekendsOnlyCalendar);
  });

  it('adds its own holidays to the calendar it extends, keeping the base weekend', () => {
    const office = calendarFromSpec({ name: 'Office', extends: 'usFederal', holidays: ['2026-12-24'] });
    expect(office.name).toBe('Office');
    expect([office.isHoliday('2026-12-24'), office.isHoliday('2026-12-25'), office.isHoliday('2026-12-23')]).toEqual([true, true, false]);
    expect(office.weekendDays).toEqual([6, 7]);
    expect(addBusinessDays('2026-12-23', 1, office)).toBe('2026-12-28');
  });

  it('reads the federal dates usFederalDates names: observed by default, statutory, or both', () => {
    const on = (usFederalDates?: 'observed' | 'statutory' | 'both') => {
      const cal = calendarFromSpec(usFederalDates === undefined ? { extends: 'usFederal' } : { extends: 'usFederal', usFederalDates });
      return [cal.isHoliday('2021-12-31'), cal.isHoliday('2022-01-01')];
    };
    expect(on()).toEqual([true, false]);
    expect(on('observed')).toEqual([true, false]);
    expect(on('statutory')).toEqual([false, true]);
    expect(on('both')).toEqual([true, true]);
  });

  it('nests specs: holidays are the union down the chain; weekendDays default to the base, else Saturday-Sunday', () => {
    const inner = { holidays: ['2026-03-02'], weekendDays: [5, 6] };
    const outer = calendarFromSpec({ extends: inner, holidays: ['2026-03-03'] });
    expect([outer.isHoliday('2026-03-02'), outer.isHoliday('2026-03-03'), outer.isHoliday('2026-03-04')]).toEqual([true, true, false]);
    expect(outer.weekendDays).toEqual([5, 6]);
    expect(isBusinessDay('2026-03-06', outer)).toBe(false); // a Friday
    expect(isBusinessDay('2026-03-08', outer)).toBe(true); // a Sunday
    expect(calendarFromSpec({}).weekendDays).toEqual([6, 7]);
    expect(calendarFromSpec({ weekendDays: [] }).weekendDays).toEqual([]);
    expect(calendarFromSpec({ holidays: ['2026-01-02'] }).name).toBe('Custom (1 holidays)');
  });

  it('refuses usFederalDates where it has no effect (fail closed), unknown names and keys, and bad dates', () => {
    expect(failure(() => calendarFromSpec({ holidays: ['2026-12-24'], usFederalDates: 'both' }))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['usFederalDates']]);
    expect(failure(() => calendarFromSpec({ extends: 'weekendsOnly', usFederalDates: 'statutory' }))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['usFederalDates']]);
    expect(failure(() => calendarFromSpec({ extends: { extends: 'usFederal' }, usFederalDates: 'statutory' }))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['usFederalDates']]);
    expect(failure(() => calendarFromSpec('US' as never))[0]).toBe('ValidationError');
    expect(failure(() => calendarFromSpec({ holidays: ['2026-02-30'] }))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['holidays', 0]]);
    expect(failure(() => calendarFromSpec({ extendsUsFederal: true } as never))[1]).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(failure(() => calendarFromSpec({ weekendDays: [1, 2, 3, 4, 5, 6, 7] }))[1]).toBe('CALENDAR_INVALID_CALENDAR');
    // A BusinessCalendar object is not a spec: specs are JSON.
    expect(failure(() => calendarFromSpec({ extends: usFederalCalendar() as never }))[0]).toBe('ValidationError');
  });

  it('refuses extends nested more than 8 deep before walking it, and accepts 8', () => {
    const nest = (n: number): unknown => (n === 0 ? 'usFederal' : { extends: nest(n - 1) });
    expect(calendarFromSpec(nest(7) as never).isHoliday('2026-12-25')).toBe(true);
    expect(failure(() => calendarFromSpec(nest(9) as never))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['extends']]);
    expect(failure(() => calendarFromSpec(nest(5000) as never))).toEqual(['ValidationError', 'CALENDAR_INVALID_CALENDAR', ['extends']]);
    expect(CalendarSpecSchema.safeParse(nest(9)).success).toBe(false);
    expect(CalendarSpecSchema.safeParse(nest(8)).success).toBe(true);
  });

  it('has a safe twin that never throws', () => {
    expect(safeCalendarFromSpec('weekendsOnly')).toEqual({ success: true, data: weekendsOnlyCalendar });
    const bad = safeCalendarFromSpec({ usFederalDates: 'both' });
    expect(bad.success ? undefined : bad.error.code).toBe('CALENDAR_INVALID_CALENDAR');
  });
});
