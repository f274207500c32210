import { describe, expect, it } from 'vitest';
import * as compliance from '../../src/compliance/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20: arrears/compliance speaks the library's vocabulary. Every exported schema is walked
// (instants `...At`, dates `...Date`/`...On`, ISO 3166-2 `jurisdiction`, camelCase enums) and
// every check returns `{ ok, findings }` with the shared Finding, allowed and blocked.
const checkedAt = '2026-03-10T12:00:00Z';
const account = { consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-MA' }, debts: [{ id: 'd1' }], history: [] };
const call = { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] } as const;
const twoCalls = [5, 6].map((d) => ({ channel: 'call' as const, at: `2026-03-0${String(d)}T15:00:00Z`, outcome: 'noAnswer' as const, debtIds: ['d1'] }));
const letter = { channel: 'letter', at: '2026-05-01T14:00:00Z', outcome: 'messageSent', debtIds: ['d1'] } as const;

const VERDICTS: Readonly<Record<string, () => unknown>> = {
  'checkContact': () => compliance.checkContact({ ...account, checkedAt, attempt: call }),
  'checkContact (no state: a warning)': () => compliance.checkContact({ ...account, consumer: { timeZones: ['America/New_York'] }, checkedAt, attempt: call }),
  'checkContact (blocked: after 21:00)': () => compliance.checkContact({ ...account, checkedAt, attempt: { ...call, at: '2026-03-11T01:30:00Z' } }),
  'checkContact (Massachusetts cap, with a warning)': () => compliance.checkContact({ ...account, consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-MA', optOuts: [] }, history: twoCalls, checkedAt, attempt: call }),
  'checkContact (policy cap)': () =>
    compliance.checkContact({ ...account, checkedAt, attempt: { ...call, channel: 'sms', optOutNotice: true }, policy: { limits: [{ id: 'POLICY-SMS-0', max: 0, periodDays: 1, scope: 'consumer', channels: ['sms'] }] } }),
  'checkContacts[0]': () => compliance.checkContacts({ checkedAt, accounts: [{ id: 'a1', ...account }], attempts: [{ accountId: 'a1', ...call }] })[0],
  'checkContacts[0] (blocked)': () => compliance.checkContacts({ checkedAt, accounts: [{ id: 'a1', ...account }], attempts: [{ accountId: 'a1', ...call, at: '2026-03-11T02:00:00Z' }] })[0],
  'prepareContactAccount().check': () => compliance.prepareContactAccount({ ...account, checkedAt }).check(call),
  'prepareContactAccount().check (blocked)': () => compliance.prepareContactAccount({ ...account, history: twoCalls, checkedAt }).check(call),
  'checkFurnishing': () => compliance.checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones: ['America/New_York'], history: [letter] }),
  'checkFurnishing (blocked)': () => compliance.checkFurnishing({ checkedAt: '2026-05-02T12:00:00Z', debtId: 'd1', timeZones: ['America/New_York'], history: [letter] }),
};

describeVocabulary({ 'arrears/compliance': compliance }, VERDICTS);

describe('the compliance verdicts above cover both answers', () => {
  it('blocks exactly the calls named blocked or capped, and warns without a state', () => {
    const ok = Object.fromEntries(Object.entries(VERDICTS).map(([name, call]) => [name, (call() as { ok: boolean }).ok]));
    for (const [name, value] of Object.entries(ok)) expect([name, value]).toEqual([name, !/blocked|cap/.test(name)]);
    expect((VERDICTS['checkContact (no state: a warning)']?.() as { findings: Array<{ code: string; severity: string }> }).findings).toEqual([
      expect.objectContaining({ code: 'STATE-UNKNOWN', severity: 'warning' }),
    ]);
  });
});
