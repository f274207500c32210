import { describe, expect, it } from 'vitest';
import { addBusinessDays, createCalendar, isBusinessDay, usFederalCalendar } from '../../src/calendar/index.js';
// Internal since issue 20 (no longer exported from arrears/calendar).
import { dayNumberFromCivil, daysInMonthOf } from '../../src/calendar/civil-date.js';
import { nameAndCode } from '../support/errors.js';

// Issue 19 item 12 (FC_SEED=405809363 found { toString: 0 }) and issue 18 item 15.
describe('dayNumberFromCivil and daysInMonthOf with junk months', () => {
  const junk: unknown[] = [{ toString: 0 }, Object.create(null), new Date(Date.UTC(2026, 0, 1)), [1], () => 1, Symbol('m'), 1n, { valueOf: () => 3 }];
  it('throw a typed error, never a raw TypeError', () => {
    for (const month of junk) {
      expect(nameAndCode(() => daysInMonthOf(2026, month as number))).toBe('ValidationError:CALENDAR_INVALID_DATE');
      expect(nameAndCode(() => dayNumberFromCivil(2026, month as number, 1))).toBe('ValidationError:CALENDAR_INVALID_DATE');
    }
  });

  it('never print a Date (in the host zone) in the message', () => {
    try {
      daysInMonthOf(2026, new Date(Date.UTC(2026, 0, 1)) as unknown as number);
    } catch (error) {
      expect((error as Error).message).toBe('"month": an object is not a month: use a whole number from 1 to 12.');
    }
  });
});

describe('calendars copied with a spread', () => {
  it('are validated, and their own isHoliday is asked', () => {
    const copy = { ...usFederalCalendar(), isHoliday: (date: string) => date === '2026-03-10' };
    expect(isBusinessDay('2026-03-10', copy)).toBe(false);
    expect(addBusinessDays('2026-03-09', 1, copy)).toBe('2026-03-11');
    const broken = { ...usFederalCalendar(), isHoliday: 'no' };
    expect(nameAndCode(() => isBusinessDay('2026-03-10', broken as never))).toBe('ValidationError:CALENDAR_INVALID_CALENDAR');
    const extended = createCalendar({ name: 'Copy', holidays: [], extends: copy });
    expect(extended.isHoliday('2026-03-10')).toBe(true);
    // The library's own calendars keep their fast path and answers.
    expect(isBusinessDay('2026-12-25', usFederalCalendar())).toBe(false);
  });
});
