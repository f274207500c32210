import { describe, expect, it } from 'vitest';
import { isArrearsError, UnsupportedOptionError, usFederalCalendar, usFederalHolidays } from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

// The observed federal holidays published by OPM (opm.gov, "Federal Holidays", 2021-2030),
// by holiday year, in date order. Inauguration Day (2021-01-20, 2025-01-20; DC area only) is
// not included. New Year's Day 2022 and 2028 fall on Saturday and are observed on the Friday
// before, in the previous calendar year.
const OPM_OBSERVED: Record<number, string[]> = {
  2021: ['2021-01-01', '2021-01-18', '2021-02-15', '2021-05-31', '2021-06-18', '2021-07-05', '2021-09-06', '2021-10-11', '2021-11-11', '2021-11-25', '2021-12-24'],
  2022: ['2021-12-31', '2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26'],
  2023: ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25'],
  2024: ['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
  2027: ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24'],
  2028: ['2027-12-31', '2028-01-17', '2028-02-21', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25'],
  2029: ['2029-01-01', '2029-01-15', '2029-02-19', '2029-05-28', '2029-06-19', '2029-07-04', '2029-09-03', '2029-10-08', '2029-11-12', '2029-11-22', '2029-12-25'],
  2030: ['2030-01-01', '2030-01-21', '2030-02-18', '2030-05-27', '2030-06-19', '2030-07-04', '2030-09-02', '2030-10-14', '2030-11-11', '2030-11-28', '2030-12-25'],
};

const IDS = [
  'newYearsDay',
  'martinLutherKingJrBirthday',
  'washingtonsBirthday',
  'memorialDay',
  'juneteenth',
  'independenceDay',
  'laborDay',
  'columbusDay',
  'veteransDay',
  'thanksgivingDay',
  'christmasDay',
];

describe('usFederalHolidays', () => {
  it.each(Object.entries(OPM_OBSERVED))('matches the OPM list of observed holidays for %s', (year, observed) => {
    const holidays = usFederalHolidays(Number(year));
    expect(holidays.map((h) => h.observed)).toEqual(observed);
    expect(holidays.map((h) => h.id)).toEqual(IDS);
  });

  it('gives the statutory dates and the observed ones side by side', () => {
    const h2022 = usFederalHolidays(2022);
    expect(h2022[0]).toEqual({ id: 'newYearsDay', name: "New Year's Day", date: '2022-01-01', observed: '2021-12-31' });
    expect(h2022.find((h) => h.id === 'juneteenth')).toEqual({ id: 'juneteenth', name: 'Juneteenth National Independence Day', date: '2022-06-19', observed: '2022-06-20' });
    expect(usFederalHolidays(2023)[0]).toEqual({ id: 'newYearsDay', name: "New Year's Day", date: '2023-01-01', observed: '2023-01-02' });
    expect(usFederalHolidays(2021).find((h) => h.id === 'christmasDay')?.observed).toBe('2021-12-24');
    expect(usFederalHolidays(2021).find((h) => h.id === 'juneteenth')).toMatchObject({ date: '2021-06-19', observed: '2021-06-18' });
  });

  it('uses the names of 5 U.S.C. 6103(a)', () => {
    expect(usFederalHolidays(2026).map((h) => h.name)).toEqual([
      "New Year's Day",
      'Birthday of Martin Luther King, Jr.',
      "Washington's Birthday",
      'Memorial Day',
      'Juneteenth National Independence Day',
      'Independence Day',
      'Labor Day',
      'Columbus Day',
      'Veterans Day',
      'Thanksgiving Day',
      'Christmas Day',
    ]);
  });

  it('adds Juneteenth from 2021 only', () => {
    expect(usFederalHolidays(2020).some((h) => h.id === 'juneteenth')).toBe(false);
    expect(usFederalHolidays(2020)).toHaveLength(10);
    expect(usFederalHolidays(2021)).toHaveLength(11);
  });

  it('adds Martin Luther King, Jr. Day (third Monday of January) from 1986 only', () => {
    expect(usFederalHolidays(1985).some((h) => h.id === 'martinLutherKingJrBirthday')).toBe(false);
    expect(usFederalHolidays(1986).find((h) => h.id === 'martinLutherKingJrBirthday')?.date).toBe('1986-01-20');
    expect(usFederalHolidays(1985)).toHaveLength(9);
  });

  it('puts Veterans Day on the fourth Monday of October 1971-1977 and on November 11 from 1978', () => {
    expect(usFederalHolidays(1971).find((h) => h.id === 'veteransDay')?.date).toBe('1971-10-25');
    expect(usFederalHolidays(1977).find((h) => h.id === 'veteransDay')?.date).toBe('1977-10-24');
    expect(usFederalHolidays(1978).find((h) => h.id === 'veteransDay')).toMatchObject({ date: '1978-11-11', observed: '1978-11-10' });
  });

  it('applies the Monday-holiday rules of 1971', () => {
    const h1971 = usFederalHolidays(1971);
    expect(h1971.map((h) => h.date)).toEqual(['1971-01-01', '1971-02-15', '1971-05-31', '1971-07-04', '1971-09-06', '1971-10-11', '1971-10-25', '1971-11-25', '1971-12-25']);
    expect(h1971.find((h) => h.id === 'independenceDay')?.observed).toBe('1971-07-05');
  });

  it('works for far years', () => {
    const h9999 = usFederalHolidays(9999);
    expect(h9999).toHaveLength(11);
    expect(h9999.at(-1)?.date).toBe('9999-12-25');
  });

  it('throws UnsupportedOptionError before 1971', () => {
    expect(failure(() => usFederalHolidays(1970))).toEqual(['UnsupportedOptionError', 'CALENDAR_UNSUPPORTED_HOLIDAY_YEAR', ['year']]);
    expect(() => usFederalHolidays(1)).toThrow(UnsupportedOptionError);
  });

  it('rejects years that are not whole numbers 1-9999', () => {
    expect(failure(() => usFederalHolidays(10000))).toEqual(['ValidationError', 'INPUT_OUT_OF_RANGE', ['year']]);
    expect(failure(() => usFederalHolidays(2026.5))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['year']]);
    expect(failure(() => usFederalHolidays('2026' as unknown as number))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['year']]);
    expect(failure(() => usFederalHolidays(Number.NaN))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['year']]);
  });
});

describe('usFederalCalendar', () => {
  it('treats every OPM observed date of 2021-2030 as a holiday by default', () => {
    const calendar = usFederalCalendar();
    for (const date of Object.values(OPM_OBSERVED).flat()) expect(calendar.isHoliday(date), date).toBe(true);
  });

  it("knows that 2021-12-31 is New Year's Day 2022 observed, and 2027-12-31 that of 2028", () => {
    const calendar = usFederalCalendar();
    expect(calendar.isHoliday('2021-12-31')).toBe(true);
    expect(calendar.isHoliday('2027-12-31')).toBe(true);
    expect(calendar.isHoliday('2026-12-31')).toBe(false);
    expect(calendar.isHoliday('2022-01-01')).toBe(false);
  });

  it('has exactly the observed dates as holidays in a year', () => {
    const calendar = usFederalCalendar();
    const holidays: string[] = [];
    for (let d = new Date(Date.UTC(2027, 0, 1)); d.getUTCFullYear() === 2027; d = new Date(d.getTime() + 86_400_000)) {
      const date = d.toISOString().slice(0, 10);
      if (calendar.isHoliday(date)) holidays.push(date);
    }
    expect(holidays).toEqual([...(OPM_OBSERVED[2027] ?? []), '2027-12-31']);
  });

  it("uses the statutory dates with dates: 'statutory'", () => {
    const calendar = usFederalCalendar({ dates: 'statutory' });
    expect(calendar.isHoliday('2022-01-01')).toBe(true);
    expect(calendar.isHoliday('2021-12-31')).toBe(false);
    expect(calendar.isHoliday('2026-07-04')).toBe(true);
    expect(calendar.isHoliday('2026-07-03')).toBe(false);
    expect(calendar.name).toBe('US federal (statutory)');
  });

  it("uses both with dates: 'both'", () => {
    const calendar = usFederalCalendar({ dates: 'both' });
    for (const date of ['2022-01-01', '2021-12-31', '2026-07-04', '2026-07-03', '2026-11-11']) expect(calendar.isHoliday(date), date).toBe(true);
    expect(calendar.isHoliday('2026-07-02')).toBe(false);
  });

  it('has Saturday and Sunday as weekend days and a descriptive name', () => {
    expect(usFederalCalendar().weekendDays).toEqual([6, 7]);
    expect(usFederalCalendar().name).toBe('US federal (observed)');
    expect(usFederalCalendar({}).name).toBe('US federal (observed)');
    expect(Object.isFrozen(usFederalCalendar())).toBe(true);
  });

  it('throws UnsupportedOptionError for dates before 1971 and ValidationError for bad dates', () => {
    expect(failure(() => usFederalCalendar().isHoliday('1970-12-31'))).toEqual(['UnsupportedOptionError', 'CALENDAR_UNSUPPORTED_HOLIDAY_YEAR', ['date']]);
    expect(failure(() => usFederalCalendar().isHoliday('2026-02-30'))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
    expect(usFederalCalendar().isHoliday('1971-01-01')).toBe(true);
  });

  it('gives the same answers in any lookup order (the per-year memo is invisible)', () => {
    const a = usFederalCalendar();
    const b = usFederalCalendar();
    const dates = ['2030-12-25', '1999-12-31', '2030-12-24', '2021-12-31', '1999-12-24', '2021-12-30'];
    const forward = dates.map((d) => a.isHoliday(d));
    const backward = [...dates].reverse().map((d) => b.isHoliday(d)).reverse();
    expect(forward).toEqual(backward);
    expect(forward).toEqual([true, true, false, true, true, false]);
  });

  it('rejects unknown options', () => {
    expect(failure(() => usFederalCalendar({ dates: '6103a' as never }))).toEqual(['ValidationError', 'INPUT_INVALID_VALUE', ['options', 'dates']]);
    expect(failure(() => usFederalCalendar({ inauguration: true } as never))).toEqual(['ValidationError', 'INPUT_UNRECOGNIZED_KEYS', ['options']]);
    expect(failure(() => usFederalCalendar('observed' as never))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['options']]);
  });
});
