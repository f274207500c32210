import { describe, expect, it } from 'vitest';
import {
  fromLocalDateTime,
  isArrearsError,
  isValidTimeZone,
  parseInstant,
  safeParseInstant,
  toLocalDate,
  toLocalDateTime,
} from '../../src/calendar/index.js';

function failure(fn: () => unknown): [string, string, unknown] {
  try {
    fn();
  } catch (error) {
    if (isArrearsError(error)) return [error.name, error.code, error.path];
    throw error;
  }
  throw new Error('expected a throw');
}

const NY = 'America/New_York';

describe('parseInstant', () => {
  it('normalizes to UTC with milliseconds', () => {
    expect(parseInstant('2026-03-10T12:30:00Z')).toBe('2026-03-10T12:30:00.000Z');
    expect(parseInstant('2026-03-10T08:30:00-04:00')).toBe('2026-03-10T12:30:00.000Z');
    expect(parseInstant('2026-03-10T18:00:00+05:30')).toBe('2026-03-10T12:30:00.000Z');
    expect(parseInstant('2026-01-01T00:00:00+01:00')).toBe('2025-12-31T23:00:00.000Z');
    expect(parseInstant('2026-03-10T12:30:00.5Z')).toBe('2026-03-10T12:30:00.500Z');
    expect(parseInstant('2026-03-10T12:30:00.123456789Z')).toBe('2026-03-10T12:30:00.123Z');
    expect(parseInstant('2026-03-10T12:30:00.999999-00:00')).toBe('2026-03-10T12:30:00.999Z');
  });

  it('covers UTC years 0001-9999', () => {
    expect(parseInstant('0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00.000Z');
    expect(parseInstant('9999-12-31T23:59:59.999Z')).toBe('9999-12-31T23:59:59.999Z');
    expect(parseInstant('1969-12-31T23:59:59.999Z')).toBe('1969-12-31T23:59:59.999Z');
    expect(failure(() => parseInstant('0001-01-01T00:00:00+00:01'))).toEqual(['ValidationError', 'CALENDAR_DATE_OUT_OF_RANGE', []]);
    expect(failure(() => parseInstant('9999-12-31T23:59:59-00:01'))).toEqual(['ValidationError', 'CALENDAR_DATE_OUT_OF_RANGE', []]);
    expect(failure(() => parseInstant('0000-06-01T00:00:00Z'))).toEqual(['ValidationError', 'CALENDAR_DATE_OUT_OF_RANGE', []]);
  });

  it('rejects timestamps without an offset, with bad fields, or in other shapes', () => {
    for (const bad of [
      '2026-03-10T08:30:00',
      '2026-03-10',
      '2026-03-10T08:30Z',
      '2026-03-10 08:30:00Z',
      '2026-03-10t08:30:00z',
      '2026-03-10T24:00:00Z',
      '2026-03-10T08:60:00Z',
      '2026-03-10T08:30:60Z',
      '2026-03-10T08:30:00+24:00',
      '2026-03-10T08:30:00+05:60',
      '2026-03-10T08:30:00+0530',
      '2026-02-30T08:30:00Z',
      '2026-13-10T08:30:00Z',
      '',
      'yesterday',
      '1741600000000',
    ]) {
      expect(failure(() => parseInstant(bad)), bad).toEqual(['ValidationError', 'CALENDAR_INVALID_INSTANT', []]);
    }
  });

  it('rejects non-strings', () => {
    expect(failure(() => parseInstant(1_741_600_000_000))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', []]);
    expect(failure(() => parseInstant(new Date(0)))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', []]);
  });

  it('explains the problem', () => {
    expect(() => parseInstant('2026-03-10T08:30:00')).toThrow(/with "Z" or an offset/);
    expect(() => parseInstant('2026-02-30T08:30:00Z')).toThrow(/February 2026 has 28 days/);
  });
});

describe('safeParseInstant', () => {
  it('returns a result instead of throwing', () => {
    expect(safeParseInstant('2026-03-10T08:30:00-04:00')).toEqual({ success: true, data: '2026-03-10T12:30:00.000Z' });
    const bad = safeParseInstant('2026-03-10T08:30:00');
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.error.code).toBe('CALENDAR_INVALID_INSTANT');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects everything else', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Etc/GMT+5')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    for (const bad of ['America/Springfield', '', 'local', 'system', '+05:00', 'UTC+3', 'Z', ' America/New_York', 'x'.repeat(100), 42, null, undefined, {}]) {
      expect(isValidTimeZone(bad), String(bad)).toBe(false);
    }
  });
});

describe('toLocalDateTime', () => {
  it('reads an instant on the wall clock of a zone (worked example 2)', () => {
    expect(toLocalDateTime('2026-03-10T12:30:00Z', NY)).toEqual({ date: '2026-03-10', time: '08:30:00', offset: '-04:00', weekday: 2 });
    expect(toLocalDateTime('2026-03-10T12:30:00Z', 'America/Los_Angeles')).toEqual({ date: '2026-03-10', time: '05:30:00', offset: '-07:00', weekday: 2 });
    expect(toLocalDateTime('2026-03-10T15:00:00Z', 'America/Los_Angeles').time).toBe('08:00:00');
  });

  it('follows DST changes in New York (worked example 5)', () => {
    expect(toLocalDateTime('2026-03-08T06:59:59Z', NY)).toEqual({ date: '2026-03-08', time: '01:59:59', offset: '-05:00', weekday: 7 });
    expect(toLocalDateTime('2026-03-08T07:00:00Z', NY)).toEqual({ date: '2026-03-08', time: '03:00:00', offset: '-04:00', weekday: 7 });
    expect(toLocalDateTime('2026-11-01T05:30:00Z', NY).time).toBe('01:30:00');
    expect(toLocalDateTime('2026-11-01T06:30:00Z', NY)).toEqual({ date: '2026-11-01', time: '01:30:00', offset: '-05:00', weekday: 7 });
  });

  it('shows milliseconds only when there are some, and odd offsets exactly', () => {
    expect(toLocalDateTime('2026-03-10T12:30:00.250Z', 'UTC')).toEqual({ date: '2026-03-10', time: '12:30:00.250', offset: '+00:00', weekday: 2 });
    expect(toLocalDateTime('2026-03-10T12:30:00Z', 'Asia/Kathmandu').offset).toBe('+05:45');
    expect(toLocalDateTime('2026-03-10T12:30:00Z', 'America/St_Johns').offset).toBe('-02:30');
    expect(toLocalDateTime('1880-01-01T12:00:00Z', NY)).toEqual({ date: '1880-01-01', time: '07:03:58', offset: '-04:56:02', weekday: 4 });
  });

  it('knows that Samoa skipped 2011-12-30', () => {
    expect(toLocalDate('2011-12-30T09:59:59Z', 'Pacific/Apia')).toBe('2011-12-29');
    expect(toLocalDate('2011-12-30T10:00:00Z', 'Pacific/Apia')).toBe('2011-12-31');
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE when the local date leaves years 0001-9999', () => {
    expect(failure(() => toLocalDateTime('9999-12-31T23:00:00Z', 'Asia/Tokyo'))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['instant']]);
    expect(failure(() => toLocalDateTime('0001-01-01T01:00:00Z', NY))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['instant']]);
  });

  it('rejects bad instants and unknown zones', () => {
    expect(failure(() => toLocalDateTime('2026-03-10T12:30:00', NY))).toEqual(['ValidationError', 'CALENDAR_INVALID_INSTANT', ['instant']]);
    expect(failure(() => toLocalDateTime('2026-03-10T12:30:00Z', 'America/NewYork'))).toEqual(['ValidationError', 'CALENDAR_UNKNOWN_TIME_ZONE', ['timeZone']]);
    expect(failure(() => toLocalDateTime('2026-03-10T12:30:00Z', ''))).toEqual(['ValidationError', 'CALENDAR_UNKNOWN_TIME_ZONE', ['timeZone']]);
    expect(failure(() => toLocalDateTime('2026-03-10T12:30:00Z', 'local'))).toEqual(['ValidationError', 'CALENDAR_UNKNOWN_TIME_ZONE', ['timeZone']]);
    expect(failure(() => toLocalDateTime('2026-03-10T12:30:00Z', -5 as unknown as string))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', ['timeZone']]);
  });
});

describe('toLocalDate', () => {
  it('gives the local calendar date', () => {
    expect(toLocalDate('2026-01-01T03:00:00Z', 'America/Chicago')).toBe('2025-12-31');
    expect(toLocalDate('2026-01-01T03:00:00Z', 'Europe/Berlin')).toBe('2026-01-01');
    expect(toLocalDate('2026-01-01T03:00:00-06:00', 'UTC')).toBe('2026-01-01');
  });

  it('rejects bad input', () => {
    expect(failure(() => toLocalDate('2026-01-01T03:00:00Z', 'Mars/Base'))).toEqual(['ValidationError', 'CALENDAR_UNKNOWN_TIME_ZONE', ['timeZone']]);
  });
});

describe('fromLocalDateTime', () => {
  it('gives 12:00Z and 13:00Z for 08:00 in New York on the DST change days (worked example 5)', () => {
    expect(fromLocalDateTime({ date: '2026-03-08', time: '08:00', timeZone: NY })).toBe('2026-03-08T12:00:00.000Z');
    expect(fromLocalDateTime({ date: '2026-11-01', time: '08:00', timeZone: NY })).toBe('2026-11-01T13:00:00.000Z');
    expect(fromLocalDateTime({ date: '2026-03-10', time: '08:00:00', timeZone: 'America/Los_Angeles' })).toBe('2026-03-10T15:00:00.000Z');
  });

  it('reads 24:00 as the end of the day: 00:00 of the next, with that day\'s offset', () => {
    expect(fromLocalDateTime({ date: '2026-03-09', time: '24:00', timeZone: NY })).toBe('2026-03-10T04:00:00.000Z');
    expect(fromLocalDateTime({ date: '2026-03-09', time: '24:00:00.000', timeZone: NY })).toBe(fromLocalDateTime({ date: '2026-03-10', time: '00:00', timeZone: NY }));
    expect(fromLocalDateTime({ date: '2026-12-31', time: '24:00', timeZone: 'UTC' })).toBe('2027-01-01T00:00:00.000Z');
  });

  it('resolves a time in the spring-forward gap per disambiguation', () => {
    const gap = { date: '2026-03-08', time: '02:30', timeZone: NY } as const;
    expect(fromLocalDateTime(gap)).toBe('2026-03-08T07:30:00.000Z');
    expect(fromLocalDateTime({ ...gap, disambiguation: 'compatible' })).toBe('2026-03-08T07:30:00.000Z');
    expect(fromLocalDateTime({ ...gap, disambiguation: 'later' })).toBe('2026-03-08T07:30:00.000Z');
    expect(fromLocalDateTime({ ...gap, disambiguation: 'earlier' })).toBe('2026-03-08T06:30:00.000Z');
    expect(failure(() => fromLocalDateTime({ ...gap, disambiguation: 'reject' }))).toEqual(['DomainRuleError', 'CALENDAR_NONEXISTENT_LOCAL_TIME', ['time']]);
    expect(toLocalDateTime(fromLocalDateTime(gap), NY).time).toBe('03:30:00');
    expect(toLocalDateTime(fromLocalDateTime({ ...gap, disambiguation: 'earlier' }), NY).time).toBe('01:30:00');
  });

  it('resolves a time in the fall-back overlap per disambiguation', () => {
    const overlap = { date: '2026-11-01', time: '01:30', timeZone: NY } as const;
    expect(fromLocalDateTime(overlap)).toBe('2026-11-01T05:30:00.000Z');
    expect(fromLocalDateTime({ ...overlap, disambiguation: 'earlier' })).toBe('2026-11-01T05:30:00.000Z');
    expect(fromLocalDateTime({ ...overlap, disambiguation: 'later' })).toBe('2026-11-01T06:30:00.000Z');
    expect(failure(() => fromLocalDateTime({ ...overlap, disambiguation: 'reject' }))).toEqual(['DomainRuleError', 'CALENDAR_AMBIGUOUS_LOCAL_TIME', ['time']]);
  });

  it('treats the edges of the gap and overlap exactly', () => {
    expect(fromLocalDateTime({ date: '2026-03-08', time: '01:59:59.999', timeZone: NY, disambiguation: 'reject' })).toBe('2026-03-08T06:59:59.999Z');
    expect(fromLocalDateTime({ date: '2026-03-08', time: '03:00', timeZone: NY, disambiguation: 'reject' })).toBe('2026-03-08T07:00:00.000Z');
    expect(fromLocalDateTime({ date: '2026-11-01', time: '00:59:59', timeZone: NY, disambiguation: 'reject' })).toBe('2026-11-01T04:59:59.000Z');
    expect(fromLocalDateTime({ date: '2026-11-01', time: '02:00', timeZone: NY, disambiguation: 'reject' })).toBe('2026-11-01T07:00:00.000Z');
  });

  it('handles a skipped calendar day (Samoa, 2011-12-30) and zones without DST', () => {
    expect(fromLocalDateTime({ date: '2011-12-30', time: '12:00', timeZone: 'Pacific/Apia' })).toBe('2011-12-30T22:00:00.000Z');
    expect(failure(() => fromLocalDateTime({ date: '2011-12-30', time: '12:00', timeZone: 'Pacific/Apia', disambiguation: 'reject' }))[1]).toBe('CALENDAR_NONEXISTENT_LOCAL_TIME');
    expect(fromLocalDateTime({ date: '2026-07-01', time: '09:00', timeZone: 'Asia/Kolkata', disambiguation: 'reject' })).toBe('2026-07-01T03:30:00.000Z');
  });

  it('throws CALENDAR_DATE_OUT_OF_RANGE outside UTC years 0001-9999', () => {
    expect(failure(() => fromLocalDateTime({ date: '9999-12-31', time: '23:00', timeZone: 'America/Los_Angeles' }))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['date']]);
    expect(failure(() => fromLocalDateTime({ date: '0001-01-01', time: '00:00', timeZone: 'Asia/Tokyo' }))).toEqual(['DomainRuleError', 'CALENDAR_DATE_OUT_OF_RANGE', ['date']]);
  });

  it('rejects bad dates, times, zones and options', () => {
    expect(failure(() => fromLocalDateTime({ date: '2025-02-30', time: '08:00', timeZone: NY }))).toEqual(['ValidationError', 'CALENDAR_INVALID_DATE', ['date']]);
    for (const time of ['24:01', '24:00:01', '24:00:00.001', '25:00', '8:00', '08:00:60', '08:60', '08:00:00.1234', '', '08:00Z']) {
      expect(failure(() => fromLocalDateTime({ date: '2026-01-01', time, timeZone: NY })), time).toEqual(['ValidationError', 'CALENDAR_INVALID_TIME', ['time']]);
    }
    expect(failure(() => fromLocalDateTime({ date: '2026-01-01', time: '08:00', timeZone: 'EST5EDT ' }))).toEqual(['ValidationError', 'CALENDAR_UNKNOWN_TIME_ZONE', ['timeZone']]);
    expect(failure(() => fromLocalDateTime({ date: '2026-01-01', time: '08:00', timeZone: NY, disambiguation: 'first' as never }))).toEqual([
      'ValidationError',
      'INPUT_INVALID_VALUE',
      ['disambiguation'],
    ]);
    expect(failure(() => fromLocalDateTime({ date: '2026-01-01', time: '08:00' } as never))).toEqual(['ValidationError', 'INPUT_MISSING', ['timeZone']]);
    expect(failure(() => fromLocalDateTime('2026-01-01T08:00' as never))).toEqual(['ValidationError', 'INPUT_INVALID_TYPE', []]);
  });
});
