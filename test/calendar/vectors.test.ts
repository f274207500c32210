import { describe, expect, it } from 'vitest';
import { addBusinessDays, addDays, fromLocalDateTime, toLocalDateTime, usFederalCalendar } from '../../src/calendar/index.js';

// Worked examples from /shared/reference/compliance.md ("Worked examples to test against").

describe('worked example 1: validation period (12 CFR 1006.34; five days excluding weekends and legal public holidays)', () => {
  it('mailed Monday 2026-11-02: receipt assumed 2026-11-09, period ends 2026-12-09', () => {
    for (const dates of ['observed', 'statutory', 'both'] as const) {
      const calendar = usFederalCalendar({ dates });
      const receipt = addBusinessDays('2026-11-02', 5, calendar);
      expect(receipt, dates).toBe('2026-11-09');
      expect(addDays(receipt, 30)).toBe('2026-12-09');
    }
  });

  it('counts Veterans Day (Wed 2026-11-11) when the five days span it', () => {
    expect(addBusinessDays('2026-11-06', 5, usFederalCalendar())).toBe('2026-11-16');
  });

  it('gives an equal or later date with the observed reading near a Saturday holiday (C4)', () => {
    // Independence Day 2026 is a Saturday, observed Friday 2026-07-03.
    expect(addBusinessDays('2026-06-29', 5, usFederalCalendar({ dates: 'statutory' }))).toBe('2026-07-06');
    expect(addBusinessDays('2026-06-29', 5, usFederalCalendar({ dates: 'observed' }))).toBe('2026-07-07');
    // New Year's Day 2028 is a Saturday, observed 2027-12-31 (the next year's calendar matters).
    expect(addBusinessDays('2027-12-27', 5, usFederalCalendar({ dates: 'statutory' }))).toBe('2028-01-03');
    expect(addBusinessDays('2027-12-27', 5, usFederalCalendar({ dates: 'observed' }))).toBe('2028-01-04');
  });
});

describe('worked example 2: two zones', () => {
  it('12:30Z is 08:30 in New York and 05:30 in Los Angeles; 08:00 Los Angeles is 15:00Z', () => {
    expect(toLocalDateTime('2026-03-10T12:30:00Z', 'America/New_York').time).toBe('08:30:00');
    expect(toLocalDateTime('2026-03-10T12:30:00Z', 'America/Los_Angeles').time).toBe('05:30:00');
    expect(fromLocalDateTime({ date: '2026-03-10', time: '08:00', timeZone: 'America/Los_Angeles' })).toBe('2026-03-10T15:00:00.000Z');
    expect(toLocalDateTime('2026-03-10T15:00:00Z', 'America/New_York').time).toBe('11:00:00');
  });
});

describe('worked example 5: DST in America/New_York', () => {
  it('08:00 local is 12:00Z on 2026-03-08 and 13:00Z on 2026-11-01', () => {
    expect(fromLocalDateTime({ date: '2026-03-08', time: '08:00', timeZone: 'America/New_York' })).toBe('2026-03-08T12:00:00.000Z');
    expect(fromLocalDateTime({ date: '2026-11-01', time: '08:00', timeZone: 'America/New_York' })).toBe('2026-11-01T13:00:00.000Z');
  });

  it('02:00-03:00 does not exist on 2026-03-08 and 01:00-02:00 happens twice on 2026-11-01', () => {
    expect(() => fromLocalDateTime({ date: '2026-03-08', time: '02:00', timeZone: 'America/New_York', disambiguation: 'reject' })).toThrow(/does not exist/);
    expect(() => fromLocalDateTime({ date: '2026-03-08', time: '02:59:59', timeZone: 'America/New_York', disambiguation: 'reject' })).toThrow(/does not exist/);
    expect(() => fromLocalDateTime({ date: '2026-11-01', time: '01:00', timeZone: 'America/New_York', disambiguation: 'reject' })).toThrow(/occurs twice/);
    expect(() => fromLocalDateTime({ date: '2026-11-01', time: '01:59:59', timeZone: 'America/New_York', disambiguation: 'reject' })).toThrow(/occurs twice/);
  });
});
