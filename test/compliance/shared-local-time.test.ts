// Compliance's local times are calendar's LocalTimeSchema: a malformed time is calendar's
// CALENDAR_INVALID_TIME with calendar's sentence, at the field's path; compliance adds only
// what its windows need (whole minutes, end after start: COMPLIANCE_INVALID_WINDOW).
import { describe, expect, it } from 'vitest';
import { LocalTimeSchema } from '../../src/calendar/index.js';
import { InconvenientTimeSchema, JurisdictionWindowSchema, TimeWindowSchema, checkContact, safeCheckContact } from '../../src/compliance/index.js';
import type { CheckContactInput } from '../../src/compliance/index.js';
import { issuesOf } from '../support/errors.js';

const base: CheckContactInput = {
  checkedAt: '2026-03-01T00:00:00Z',
  debts: [{ id: 'd1' }],
  history: [],
  attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'], to: { kind: 'mobile' } },
  consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-NY' },
};

function issue(input: unknown): { code: string; path: readonly (string | number)[]; message: string } | undefined {
  const result = safeCheckContact(input);
  if (result.success) return undefined;
  const first = issuesOf(result.error)[0];
  return first === undefined ? undefined : { code: first.code, path: first.path, message: first.message };
}

function calendarSentence(value: string): string {
  const result = LocalTimeSchema.safeParse(value);
  if (result.success) throw new Error('passed');
  return result.error.issues[0]?.message ?? '';
}

describe('compliance windows take calendar\'s LocalTimeSchema', () => {
  it('refuses a malformed time with CALENDAR_INVALID_TIME and calendar\'s sentence at its path', () => {
    expect(issue({ ...base, policy: { callingWindow: { start: '9:00', end: '20:00' } } })).toEqual({
      code: 'CALENDAR_INVALID_TIME',
      path: ['policy', 'callingWindow', 'start'],
      message: `"policy.callingWindow.start": ${calendarSentence('9:00')}`,
    });
    expect(issue({ ...base, consumer: { ...base.consumer, inconvenientTimes: [{ start: '12:00', end: '24:01' }] } })).toMatchObject({ code: 'CALENDAR_INVALID_TIME', path: ['consumer', 'inconvenientTimes', 0, 'end'] });
    expect(issue({ ...base, consumer: { ...base.consumer, inconvenientTimes: [{ start: '25:00', end: '24:00' }] } })).toMatchObject({ code: 'CALENDAR_INVALID_TIME', path: ['consumer', 'inconvenientTimes', 0, 'start'] });
  });

  it('keeps 24:00 as the end of the day, as before, and refuses it as a start (the window would be empty)', () => {
    expect(InconvenientTimeSchema.parse({ start: '00:00', end: '24:00' })).toEqual({ start: 0, end: 1440 });
    expect(checkContact({ ...base, consumer: { ...base.consumer, inconvenientTimes: [{ start: '00:00', end: '24:00' }] } }).earliestAllowedAt).toBeNull();
    expect((TimeWindowSchema.safeParse({ start: '24:00', end: '24:00' }).error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ arrearsCode: 'COMPLIANCE_INVALID_WINDOW' });
  });

  it('accepts calendar\'s other spellings of a whole minute (seconds of zero), and 23:59 as the last minute', () => {
    expect(TimeWindowSchema.parse({ start: '09:00:00', end: '20:00:00.000' })).toEqual({ start: 540, end: 1200 });
    expect(TimeWindowSchema.parse({ start: '00:00', end: '23:59' })).toEqual({ start: 0, end: 1439 });
    expect(TimeWindowSchema.parse({ start: '21:00', end: '24:00:00' })).toEqual({ start: 1260, end: 1440 });
  });

  it('refuses a time between minutes with COMPLIANCE_INVALID_WINDOW (windows count minutes: no silent rounding)', () => {
    expect(issue({ ...base, policy: { callingWindow: { start: '09:00:30', end: '20:00' } } })).toMatchObject({ code: 'COMPLIANCE_INVALID_WINDOW', path: ['policy', 'callingWindow', 'start'] });
    expect(issue({ ...base, policy: { callingWindow: { start: '09:00', end: '20:00:00.001' } } })).toMatchObject({ code: 'COMPLIANCE_INVALID_WINDOW', path: ['policy', 'callingWindow', 'end'] });
    // A malformed time is reported once, by calendar, not again as a window problem.
    const twice = safeCheckContact({ ...base, policy: { callingWindow: { start: '09:00:61', end: '20:00' } } });
    expect(twice.success ? [] : issuesOf(twice.error).map((i) => i.code)).toEqual(['CALENDAR_INVALID_TIME']);
  });

  it('uses the same schema in a jurisdiction\'s own window', () => {
    const window = { id: 'XX-TIME', citation: 'X Code 1', start: '09:00', end: '20:00' };
    expect(JurisdictionWindowSchema.safeParse(window).success).toBe(true);
    expect((JurisdictionWindowSchema.safeParse({ ...window, start: '9h' }).error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ arrearsCode: 'CALENDAR_INVALID_TIME' });
  });

  it('still orders a window: an end not after its start is COMPLIANCE_INVALID_WINDOW', () => {
    expect(issue({ ...base, consumer: { ...base.consumer, inconvenientTimes: [{ start: '12:00', end: '12:00' }] } })).toMatchObject({ code: 'COMPLIANCE_INVALID_WINDOW', path: ['consumer', 'inconvenientTimes', 0] });
    expect(safeCheckContact({ ...base, consumer: { ...base.consumer, inconvenientTimes: [{ start: '12:00', end: '12:01' }] } }).success).toBe(true);
  });
});
