import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
// Internal since issue 20 (no longer exported from arrears/calendar): still fed junk from their files.
import * as civil from '../../src/calendar/civil-date.js';
import { DayNumberSchema } from '../../src/calendar/schemas.js';
import { isArrearsError } from '../../src/calendar/index.js';
import { junkArb, notDateArb, notSafeIntegerArb } from '../arbitraries/calendar.js';

// Every exported function, fed random junk in each argument (the others valid), must throw a
// ValidationError: never a TypeError, RangeError, ZodError, NaN or an invalid luxon value.

const DATE = '2026-03-10';
const INSTANT = '2026-03-10T12:30:00Z';
const ZONE = 'America/New_York';
const CAL = calendar.usFederalCalendar();

type Call = (junk: unknown) => unknown;

const notTimeZone = junkArb.filter((v) => !calendar.isValidTimeZone(v));
const notCalendar = junkArb.filter((v) => !calendar.BusinessCalendarSchema.safeParse(v).success);
const notInstant = junkArb.filter((v) => !calendar.InstantSchema.safeParse(v).success);
const notYear = junkArb.filter((v) => !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 9999));
const notOptionsObject = junkArb.filter((v) => v !== undefined && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0));
const notMonth = junkArb.filter((v) => !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12));
const notAnchorDay = junkArb.filter((v) => !calendar.AnchorDaySchema.safeParse(v).success);
const notDayNumber = junkArb.filter((v) => !DayNumberSchema.safeParse(v).success);

const cases: Record<string, Array<[fc.Arbitrary<unknown>, Call]>> = {
  parseDate: [[junkArb.filter((v) => !calendar.CalendarDateSchema.safeParse(v).success), (j) => calendar.parseDate(j)]],
  toDayNumber: [[notDateArb, (j) => calendar.toDayNumber(j as string)]],
  fromDayNumber: [[notDayNumber, (j) => calendar.fromDayNumber(j as number)]],
  compareDates: [
    [notDateArb, (j) => calendar.compareDates(j as string, DATE)],
    [notDateArb, (j) => calendar.compareDates(DATE, j as string)],
  ],
  dayOfWeek: [[notDateArb, (j) => calendar.dayOfWeek(j as string)]],
  isLeapYear: [[notYear, (j) => calendar.isLeapYear(j as number)]],
  daysInMonth: [[notDateArb, (j) => calendar.daysInMonth(j as string)]],
  addDays: [
    [notDateArb, (j) => calendar.addDays(j as string, 1)],
    [notSafeIntegerArb, (j) => calendar.addDays(DATE, j as number)],
  ],
  daysBetween: [
    [notDateArb, (j) => calendar.daysBetween(j as string, DATE)],
    [notDateArb, (j) => calendar.daysBetween(DATE, j as string)],
  ],
  addMonths: [
    [notDateArb, (j) => calendar.addMonths(j as string, 1)],
    [notSafeIntegerArb, (j) => calendar.addMonths(DATE, j as number)],
    [notOptionsObject, (j) => calendar.addMonths(DATE, 1, j as never)],
  ],
  addYears: [
    [notDateArb, (j) => calendar.addYears(j as string, 1)],
    [notSafeIntegerArb, (j) => calendar.addYears(DATE, j as number)],
    [notOptionsObject, (j) => calendar.addYears(DATE, 1, j as never)],
  ],
  endOfMonth: [[notDateArb, (j) => calendar.endOfMonth(j as string)]],
  isEndOfMonth: [[notDateArb, (j) => calendar.isEndOfMonth(j as string)]],
  recurrence: [
    [junkArb, (j) => calendar.recurrence(j as never)],
    [notDateArb, (j) => calendar.recurrence({ frequency: 'monthly', start: j as string, count: 3 })],
    [junkArb, (j) => calendar.recurrence({ frequency: j as never, start: DATE, count: 3 })],
    [junkArb.filter((v) => !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10_000)), (j) => calendar.recurrence({ frequency: 'monthly', start: DATE, count: j as number })],
    [junkArb.filter((v) => v !== undefined && !calendar.SemiMonthlyDaysSchema.safeParse(v).success), (j) => calendar.recurrence({ frequency: 'semiMonthly', start: DATE, semiMonthlyDays: j as never, count: 3 })],
  ],
  semiMonthlyDaysFor: [[notDateArb, (j) => calendar.semiMonthlyDaysFor(j as string)]],
  civilFromDayNumber: [[notDayNumber, (j) => civil.civilFromDayNumber(j as number)]],
  dayNumberFromCivil: [
    [notYear, (j) => civil.dayNumberFromCivil(j as number, 1, 1)],
    [notMonth, (j) => civil.dayNumberFromCivil(2026, j as number, 1)],
    [notAnchorDay, (j) => civil.dayNumberFromCivil(2026, 1, j as never)],
  ],
  daysInMonthOf: [
    [notYear, (j) => civil.daysInMonthOf(j as number, 1)],
    [notMonth, (j) => civil.daysInMonthOf(2026, j as number)],
  ],
  usFederalHolidays: [[notYear, (j) => calendar.usFederalHolidays(j as number)]],
  usFederalCalendar: [[notOptionsObject, (j) => calendar.usFederalCalendar(j as never)]],
  createCalendar: [
    [junkArb, (j) => calendar.createCalendar(j as never)],
    [junkArb, (j) => calendar.createCalendar({ name: 'X', holidays: [j as string] })],
    [notCalendar.filter((v) => v !== undefined), (j) => calendar.createCalendar({ name: 'X', holidays: [], extends: j as never })],
  ],
  calendarFromSpec: [
    [junkArb.filter((v) => !calendar.CalendarSpecSchema.safeParse(v).success), (j) => calendar.calendarFromSpec(j as never)],
    [junkArb, (j) => calendar.calendarFromSpec({ holidays: [j as string] })],
    [junkArb.filter((v) => v !== undefined && !calendar.CalendarSpecSchema.safeParse(v).success), (j) => calendar.calendarFromSpec({ extends: j as never })],
    [junkArb.filter((v) => v !== undefined), (j) => calendar.calendarFromSpec({ usFederalDates: j as never })],
  ],
  'calendar.isHoliday': [
    [notDateArb, (j) => CAL.isHoliday(j as string)],
    [notDateArb, (j) => calendar.weekendsOnlyCalendar.isHoliday(j as string)],
  ],
  isBusinessDay: [
    [notDateArb, (j) => calendar.isBusinessDay(j as string, CAL)],
    [notCalendar, (j) => calendar.isBusinessDay(DATE, j as never)],
  ],
  adjustBusinessDay: [
    [notDateArb, (j) => calendar.adjustBusinessDay(j as string, 'following', CAL)],
    [junkArb, (j) => calendar.adjustBusinessDay(DATE, j as never, CAL)],
    [notCalendar, (j) => calendar.adjustBusinessDay(DATE, 'following', j as never)],
  ],
  addBusinessDays: [
    [notDateArb, (j) => calendar.addBusinessDays(j as string, 1, CAL)],
    [notSafeIntegerArb, (j) => calendar.addBusinessDays(DATE, j as number, CAL)],
    [notCalendar, (j) => calendar.addBusinessDays(DATE, 1, j as never)],
  ],
  businessDaysBetween: [
    [notDateArb, (j) => calendar.businessDaysBetween(j as string, DATE, CAL)],
    [notDateArb, (j) => calendar.businessDaysBetween(DATE, j as string, CAL)],
    [notCalendar, (j) => calendar.businessDaysBetween(DATE, DATE, j as never)],
  ],
  dayCount: [
    [notDateArb, (j) => calendar.dayCount(j as string, DATE, 'thirty360')],
    [notDateArb, (j) => calendar.dayCount(DATE, j as string, 'thirty360')],
    [junkArb, (j) => calendar.dayCount(DATE, DATE, j as never)],
  ],
  yearFraction: [
    [notDateArb, (j) => calendar.yearFraction(j as string, DATE, 'actualActual')],
    [notDateArb, (j) => calendar.yearFraction(DATE, j as string, 'actualActual')],
    [junkArb, (j) => calendar.yearFraction(DATE, DATE, j as never)],
  ],
  parseInstant: [[notInstant, (j) => calendar.parseInstant(j)]],
  toLocalDateTime: [
    [notInstant, (j) => calendar.toLocalDateTime(j as string, ZONE)],
    [notTimeZone, (j) => calendar.toLocalDateTime(INSTANT, j as string)],
  ],
  toLocalDate: [
    [notInstant, (j) => calendar.toLocalDate(j as string, ZONE)],
    [notTimeZone, (j) => calendar.toLocalDate(INSTANT, j as string)],
  ],
  fromLocalDateTime: [
    [junkArb, (j) => calendar.fromLocalDateTime(j as never)],
    [notDateArb, (j) => calendar.fromLocalDateTime({ date: j as string, time: '08:00', timeZone: ZONE })],
    [junkArb.filter((v) => !calendar.LocalTimeSchema.safeParse(v).success), (j) => calendar.fromLocalDateTime({ date: DATE, time: j as string, timeZone: ZONE })],
    [notTimeZone, (j) => calendar.fromLocalDateTime({ date: DATE, time: '08:00', timeZone: j as string })],
    [junkArb.filter((v) => v !== undefined && !calendar.DisambiguationSchema.safeParse(v).success), (j) => calendar.fromLocalDateTime({ date: DATE, time: '08:00', timeZone: ZONE, disambiguation: j as never })],
  ],
};

function expectValidationError(call: Call, junk: unknown): void {
  let thrown: unknown;
  try {
    call(junk);
  } catch (error) {
    thrown = error;
  }
  expect(isArrearsError(thrown) && thrown.name === 'ValidationError', `junk ${fc.stringify(junk)} gave ${fc.stringify(thrown)}`).toBe(true);
}

describe('every exported function given junk', () => {
  for (const [name, list] of Object.entries(cases)) {
    list.forEach(([arb, call], index) => {
      it(`${name} (argument case ${index + 1}) throws a ValidationError`, () => {
        fc.assert(fc.property(arb, (junk) => expectValidationError(call, junk)));
      });
    });
  }

  it('covers every exported function', () => {
    const functions = Object.entries(calendar)
      .filter(([, v]) => typeof v === 'function' && !/^[A-Z]/.test(v.name))
      .map(([k]) => k);
    const exempt = new Set(['isArrearsError', 'attempt', 'isValidTimeZone', 'safeParseDate', 'safeParseInstant', 'safeRecurrence', 'safeCreateCalendar', 'safeCalendarFromSpec', 'safeFromLocalDateTime']);
    expect(functions.filter((f) => !exempt.has(f) && !(f in cases)).sort()).toEqual([]);
  });
});

describe('the non-throwing functions given junk', () => {
  it('isValidTimeZone returns a boolean and never throws', () => {
    fc.assert(
      fc.property(junkArb, (junk) => {
        expect(typeof calendar.isValidTimeZone(junk)).toBe('boolean');
      }),
    );
  });

  it('safeParseDate and safeParseInstant return failures carrying a ValidationError', () => {
    fc.assert(
      fc.property(junkArb, (junk) => {
        for (const result of [calendar.safeParseDate(junk), calendar.safeParseInstant(junk)]) {
          if (!result.success) expect(result.error.name).toBe('ValidationError');
          else expect(typeof result.data).toBe('string');
        }
      }),
    );
  });
});
