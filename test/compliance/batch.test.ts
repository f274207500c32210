import { describe, expect, it } from 'vitest';
import { checkContact, checkContacts } from '../../src/compliance/index.js';
import type { BatchAttemptInput, CheckContactsInput } from '../../src/compliance/index.js';
import { isArrearsError } from '../../src/errors/index.js';
import { violations } from './verdict.js';

const account = {
  id: 'a1',
  consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-MA' as const },
  debts: [{ id: 'd1' }],
  history: [
    { channel: 'call' as const, at: '2026-03-05T15:00:00Z', outcome: 'noAnswer' as const, debtIds: ['d1'], toKind: 'mobile' as const },
    { channel: 'call' as const, at: '2026-03-06T15:00:00Z', outcome: 'noAnswer' as const, debtIds: ['d1'] },
  ],
};

describe('checkContacts', () => {
  it('gives, for each attempt, the same answer as checkContact', () => {
    const attempts: BatchAttemptInput[] = [
      { accountId: 'a1', channel: 'call', at: '2026-03-08T17:00:00Z', debtIds: ['d1'], to: { kind: 'mobile' } },
      { accountId: 'a1', channel: 'call', at: '2026-03-13T17:00:00+00:00', debtIds: ['d1'] },
      { accountId: 'a2', channel: 'letter', at: '2026-03-09T03:00:00.5Z', debtIds: ['x'], purpose: 'collection' },
      { accountId: 'a2', channel: 'sms', at: '2026-03-08T16:00:00Z', debtIds: ['x'], optOutNotice: true, to: { kind: 'mobile', value: '+15550100' } },
    ];
    const input: CheckContactsInput = {
      checkedAt: '2026-03-08T16:00:00Z',
      accounts: [account, { id: 'a2', consumer: { timeZones: ['America/Denver'] }, debts: [{ id: 'x' }], history: [] }],
      attempts,
    };
    const results = checkContacts(input);
    expect(results.map((r) => [r.index, r.accountId, r.ok])).toEqual([
      [0, 'a1', false],
      [1, 'a1', true],
      [2, 'a2', true],
      [3, 'a2', true],
    ]);
    results.forEach((r, i) => {
      const a = attempts[i] as BatchAttemptInput;
      const { accountId, ...attempt } = a;
      const acc = input.accounts.find((x) => x.id === accountId) as (typeof input.accounts)[number];
      const { id: _id, ...rest } = acc;
      const { index: _i, accountId: _a, ...single } = r;
      expect(single).toEqual(checkContact({ ...rest, checkedAt: input.checkedAt, attempt }));
    });
  });

  it('takes the schema path for unusual attempts and history, with the same results', () => {
    const attempt = { accountId: 'a1', channel: 'call' as const, at: '2026-03-08T17:00:00Z', debtIds: ['d1'] };
    const plain = checkContacts({ checkedAt: '2026-03-08T16:00:00Z', accounts: [account], attempts: [attempt] });
    // Nine fraction digits and a "-00:00" offset in history, an extra field on the attempt: the schema path.
    const odd = { ...account, history: account.history.map((h) => ({ ...h, at: h.at.replace('Z', '.000000000-00:00') })) };
    const slow = checkContacts({ checkedAt: '2026-03-08T16:00:00Z', accounts: [odd], attempts: [{ ...attempt, place: 'home' }], jurisdictions: [] });
    expect(slow).toEqual(plain);
    expect(violations(plain[0]).map((v) => v.code)).toEqual(['MA-CALLS-7D']);
  });

  it('reports bad attempts and accounts with their paths', () => {
    const run = (input: unknown): unknown => {
      try {
        checkContacts(input as CheckContactsInput);
      } catch (error) {
        return isArrearsError(error) ? { code: error.code, path: error.path } : error;
      }
      return 'no error';
    };
    const base = { checkedAt: '2026-03-08T16:00:00Z', accounts: [account] };
    expect(run({ ...base, attempts: [{ accountId: 'zz', channel: 'call', at: '2026-03-08T17:00:00Z', debtIds: ['d1'] }] })).toEqual({ code: 'COMPLIANCE_UNKNOWN_ACCOUNT', path: ['attempts', 0, 'accountId'] });
    expect(run({ ...base, attempts: [{ accountId: 'a1', channel: 'call', at: '2026-03-08T17:00:00', debtIds: ['d1'] }] })).toEqual({ code: 'CALENDAR_INVALID_INSTANT', path: ['attempts', 0, 'at'] });
    expect(run({ ...base, attempts: [{ accountId: 'a1', channel: 'call', at: '2026-03-01T17:00:00Z', debtIds: ['d1'] }] })).toEqual({ code: 'COMPLIANCE_ATTEMPT_IN_PAST', path: ['attempts', 0, 'at'] });
    expect(run({ ...base, accounts: [account, account], attempts: [] })).toEqual({ code: 'INPUT_INVALID_VALUE', path: ['accounts', 1, 'id'] });
    expect(run({ ...base, accounts: [{ ...account, history: [{ channel: 'call', outcome: 'noAnswer', debtIds: ['d1'] }] }], attempts: [] })).toEqual({ code: 'INPUT_MISSING', path: ['accounts', 0, 'history', 0, 'at'] });
    expect(run({ ...base, accounts: [{ ...account, consumer: { timeZones: ['Nowhere/City'] } }], attempts: [] })).toEqual({ code: 'CALENDAR_UNKNOWN_TIME_ZONE', path: ['accounts', 0, 'consumer', 'timeZones', 0] });
    expect(run({ ...base, accounts: [{ ...account, policy: { callingWindow: { start: '08:00', end: '22:00' } } }], attempts: [] })).toEqual({ code: 'COMPLIANCE_POLICY_LOOSER_THAN_LAW', path: ['accounts', 0, 'policy', 'callingWindow'] });
    expect(run({ ...base, attempts: [{ accountId: 'a1', channel: 'call', at: '2026-03-08T17:00:00Z', debtIds: ['d9'] }] })).toEqual({ code: 'COMPLIANCE_UNKNOWN_DEBT', path: ['attempts', 0, 'debtIds', 0] });
  });

  it('reports history after checkedAt as checkContact does, whichever path the account takes', () => {
    const attempt = { channel: 'call' as const, at: '2026-03-08T17:00:00Z', debtIds: ['d1'] };
    const errorOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (error) {
        return isArrearsError(error) ? { name: error.name, code: error.code, path: error.path, message: error.message } : error;
      }
      return 'no error';
    };
    // 2026 takes the common path (validated without zod); year 9999 only the schema accepts.
    for (const at of ['2026-03-09T15:00:00Z', '9999-01-01T00:00:00Z']) {
      const late = { ...account, id: 'a2', history: [...account.history, { channel: 'call' as const, at, outcome: 'noAnswer' as const, debtIds: ['d1'] }] };
      const { id: _id, ...single } = late;
      const expected = errorOf(() => checkContact({ ...single, checkedAt: '2026-03-08T16:00:00Z', attempt }));
      expect(expected).toMatchObject({ name: 'DomainRuleError', code: 'COMPLIANCE_HISTORY_AFTER_CHECKED_AT', path: ['history', 2, 'at'] });
      const batch = errorOf(() => checkContacts({ checkedAt: '2026-03-08T16:00:00Z', accounts: [account, late], attempts: [] }));
      expect(batch).toEqual({ ...(expected as object), path: ['accounts', 1, 'history', 2, 'at'] });
    }
  });

  it('allows past attempts only under policy.allowPastAttempts, on the simplest path too', () => {
    const attempt = { accountId: 'a1', channel: 'letter' as const, at: '2026-03-01T17:00:00Z', debtIds: ['d1'] };
    const audit = { ...account, policy: { allowPastAttempts: true } };
    const [result] = checkContacts({ checkedAt: '2026-03-08T16:00:00Z', accounts: [audit], attempts: [attempt] });
    expect(result).toEqual({ index: 0, accountId: 'a1', ok: true, findings: [], earliestAllowedAt: '2026-03-01T17:00:00.000Z' });
  });
});
