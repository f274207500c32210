import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContact, prepareContactAccount, prepareContactPolicy, safePrepareContactAccount } from '../../src/compliance/index.js';
import type { CheckContactInput, ContactAttemptInput, ContactHistoryEntryInput, PrepareContactAccountInput } from '../../src/compliance/index.js';
import { isArrearsError } from '../../src/errors/index.js';
import { DAY_MS, callScenario, iso } from '../arbitraries/compliance.js';

/** The code and path of what a call throws, or its result. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (isArrearsError(error)) return `${error.name} ${error.code} ${error.path.join('.')}`;
    throw error;
  }
}

const POLICIES = [undefined, { callingWindow: { start: '10:00', end: '18:00' } }, { quietWeekdays: [6, 7] }, { limits: [{ id: 'P-2', max: 2, periodDays: 7, scope: 'consumer', channels: ['call', 'sms'] }] }] as const;

describe('prepareContactAccount (properties)', () => {
  it('gives every check exactly what checkContact gives with the recorded entries appended to the history', () => {
    fc.assert(
      fc.property(callScenario, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...POLICIES), fc.boolean(), (scenario, split, policy, asLater) => {
        const { attempt, checkedAt, history, ...account } = scenario;
        const first = history.slice(0, split);
        const later = history.slice(split);
        const prepared = prepareContactAccount({ checkedAt, history: first, ...account });
        for (const entry of later) prepared.record(entry);
        expect(prepared.historyLength).toBe(history.length);
        // The attempt's own time as checkedAt (as a planner checks) or the prepared checkedAt.
        const checkAsOf = asLater ? attempt.at : checkedAt;
        expect(outcome(() => prepared.check(attempt, checkAsOf))).toEqual(outcome(() => checkContact({ ...scenario, checkedAt: checkAsOf })));
        // Another policy, given as it is or prepared once.
        const { policy: _p, ...noPolicy } = scenario;
        const other: CheckContactInput = policy === undefined ? noPolicy : { ...noPolicy, policy: policy as CheckContactInput['policy'] };
        const expected = outcome(() => checkContact(other));
        expect(outcome(() => prepared.withPolicy(policy as CheckContactInput['policy']).check(attempt))).toEqual(expected);
        if (policy !== undefined) expect(outcome(() => prepared.withPolicy(prepareContactPolicy(policy as NonNullable<CheckContactInput['policy']>)).check(attempt))).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it('counts what is recorded: calls recorded one by one reach the seven-in-seven cap as checkContact counts them', () => {
    fc.assert(
      fc.property(callScenario, fc.array(fc.integer({ min: 1, max: 6 * DAY_MS }), { minLength: 1, maxLength: 9 }), fc.boolean(), (scenario, backs, withIds) => {
        const checkedAt = Date.parse(scenario.checkedAt);
        const { attempt, history, ...account } = scenario;
        const prepared = prepareContactAccount({ ...account, history });
        const all: ContactHistoryEntryInput[] = [...history];
        backs.forEach((back, i) => {
          // Entries with an id leave the common shape: the prepared account parses them (and keeps checking).
          const entry: ContactHistoryEntryInput = { channel: 'call', at: iso(checkedAt - back), outcome: 'noAnswer', debtIds: ['d1'], ...(withIds ? { id: `r${String(i)}` } : {}) };
          prepared.record(entry);
          all.push(entry);
          expect(outcome(() => prepared.check(attempt))).toEqual(outcome(() => checkContact({ ...scenario, history: all })));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('refuses what checkContact refuses, with the same codes and paths', () => {
    const input: PrepareContactAccountInput = { checkedAt: '2026-03-10T12:00:00Z', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] };
    const call: ContactAttemptInput = { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] };
    expect(outcome(() => prepareContactAccount({ ...input, consumer: { timeZones: ['Mars/Base'] } }))).toBe(outcome(() => checkContact({ ...input, attempt: call, consumer: { timeZones: ['Mars/Base'] } })));
    expect(outcome(() => prepareContactAccount({ ...input, policy: { callingWindow: { start: '07:00', end: '21:00' } } }))).toBe('DomainRuleError COMPLIANCE_POLICY_LOOSER_THAN_LAW policy.callingWindow');
    const prepared = prepareContactAccount(input);
    expect(outcome(() => prepared.check({ ...call, debtIds: ['d9'] }))).toBe(outcome(() => checkContact({ ...input, attempt: { ...call, debtIds: ['d9'] } })));
    expect(outcome(() => prepared.check({ ...call, at: '2026-03-10T11:00:00Z' }))).toBe('DomainRuleError COMPLIANCE_ATTEMPT_IN_PAST attempt.at');
    prepared.record({ channel: 'call', at: '2026-03-10T13:00:00Z', outcome: 'noAnswer', debtIds: ['d1'] });
    expect(outcome(() => prepared.check(call))).toBe('DomainRuleError COMPLIANCE_HISTORY_AFTER_CHECKED_AT history.0.at');
    expect(outcome(() => prepared.check(call, '2026-03-10T15:00:00Z'))).toMatchObject({ ok: true });
    expect(outcome(() => prepared.record({ channel: 'call', outcome: 'noAnswer', debtIds: ['d1'] } as unknown as ContactHistoryEntryInput))).toBe('ValidationError INPUT_MISSING history.1.at');
    expect(outcome(() => prepared.withPolicy({ callingWindow: { start: '07:00', end: '21:00' } }))).toBe('DomainRuleError COMPLIANCE_POLICY_LOOSER_THAN_LAW policy.callingWindow');
    expect(safePrepareContactAccount({ checkedAt: 'now' }).success).toBe(false);
  });
});
