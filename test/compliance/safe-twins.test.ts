import { describe, expect, it } from 'vitest';
import type { BatchCheckResult } from '../../src/compliance/index.js';
import { checkContacts, checkEachContact, earliestAllowedAt, isArrearsError, safeCheckContacts, safeCheckEachContact, safeEarliestAllowedAt } from '../../src/compliance/index.js';

// STYLE.md "Calls": every function that takes a document has a safe* twin that accepts
// unknown. The twins answer what the throwing function returns, or the error it throws.

const single = {
  checkedAt: '2026-03-10T12:00:00Z',
  attempt: { channel: 'call' as const, at: '2026-03-11T02:00:00Z', debtIds: ['d1'] },
  consumer: { timeZones: ['America/New_York'] },
  debts: [{ id: 'd1' }],
  history: [],
};

const batch = {
  checkedAt: '2026-03-10T12:00:00Z',
  accounts: [{ id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }],
  attempts: [
    { accountId: 'a1', channel: 'call' as const, at: '2026-03-10T12:30:00Z', debtIds: ['d1'] },
    { accountId: 'a1', channel: 'call' as const, at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
  ],
};

function errorCode(thunk: () => unknown): string {
  try {
    thunk();
  } catch (error) {
    if (isArrearsError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describe('safeEarliestAllowedAt', () => {
  it('answers the instant earliestAllowedAt returns', () => {
    expect(safeEarliestAllowedAt(single)).toEqual({ success: true, data: earliestAllowedAt(single) });
    expect(safeEarliestAllowedAt(single)).toEqual({ success: true, data: '2026-03-11T12:00:00.000Z' });
  });

  it('answers null (a success) when no time will do: a cease request', () => {
    const ceased = { ...single, consumer: { ...single.consumer, ceaseCommunication: { receivedAt: '2026-03-01T12:00:00Z' } } };
    expect(safeEarliestAllowedAt(ceased)).toEqual({ success: true, data: null });
    expect(earliestAllowedAt(ceased)).toBeNull();
  });

  it('answers the error earliestAllowedAt throws, for junk too', () => {
    const bad = { ...single, attempt: { ...single.attempt, at: '2026-03-10T15:00:00' } };
    const r = safeEarliestAllowedAt(bad);
    expect(r.success ? 'none' : r.error.code).toBe(errorCode(() => earliestAllowedAt(bad)));
    expect(r.success ? 'none' : r.error.code).toBe('CALENDAR_INVALID_INSTANT');
    for (const junk of [null, undefined, 42, 'x', [], {}, { ...single, debts: 'd1' }]) expect(safeEarliestAllowedAt(junk).success).toBe(false);
  });
});

describe('safeCheckContacts', () => {
  it('answers the results checkContacts returns', () => {
    expect(safeCheckContacts(batch)).toEqual({ success: true, data: checkContacts(batch) });
  });

  it('answers COMPLIANCE_UNKNOWN_ACCOUNT for an attempt on a missing account (close negative: a1 exists)', () => {
    const r = safeCheckContacts({ ...batch, attempts: [{ ...batch.attempts[0], accountId: 'a2' }] });
    expect(r.success ? 'none' : [r.error.code, r.error.path]).toEqual(['COMPLIANCE_UNKNOWN_ACCOUNT', ['attempts', 0, 'accountId']]);
  });

  it('answers a failure for junk, never throws', () => {
    for (const junk of [null, undefined, 42, 'x', [], {}, { ...batch, accounts: {} }, { ...batch, checkedAt: 'now' }]) {
      const r = safeCheckContacts(junk);
      expect(r.success).toBe(false);
      if (!r.success) expect(isArrearsError(r.error)).toBe(true);
    }
  });
});

describe('safeCheckEachContact', () => {
  it('hands over the results checkEachContact hands over and answers their count', () => {
    const seen: BatchCheckResult[] = [];
    const expected: BatchCheckResult[] = [];
    checkEachContact(batch, (r) => expected.push(r));
    expect(safeCheckEachContact(batch, (r: BatchCheckResult) => seen.push(r))).toEqual({ success: true, data: 2 });
    expect(seen).toEqual(expected);
  });

  it('answers INPUT_INVALID_TYPE for a missing callback', () => {
    const r = safeCheckEachContact(batch, undefined);
    expect(r.success ? 'none' : [r.error.code, r.error.path]).toEqual(['INPUT_INVALID_TYPE', ['onResult']]);
  });

  it('answers a failure for a junk document, never throws', () => {
    for (const junk of [null, 42, { ...batch, attempts: 'all' }]) expect(safeCheckEachContact(junk, () => undefined).success).toBe(false);
  });

  it('lets an error thrown by the callback itself propagate (it is not the library’s)', () => {
    expect(() =>
      safeCheckEachContact(batch, () => {
        throw new TypeError('the caller’s bug');
      }),
    ).toThrow(TypeError);
  });
});
