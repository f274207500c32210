import fc from 'fast-check';
import type { CheckContactInput, ContactHistoryEntryInput } from '../../src/compliance/index.js';

export const DAY_MS = 86_400_000;

/** US zones with DST, one without, and one far away. */
export const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu', 'Europe/London'] as const;

/** Instants between 2024 and 2027 (DST changes included), whole seconds. */
export const instantMs = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z') / 1000, max: Date.parse('2027-12-31T00:00:00Z') / 1000 }).map((s) => s * 1000);

export const iso = (ms: number): string => new Date(ms).toISOString();

const historyEntry = (checkedAt: number): fc.Arbitrary<ContactHistoryEntryInput> =>
  fc.record(
    {
      channel: fc.constantFrom('call', 'call', 'call', 'call', 'voicemail', 'sms'),
      at: fc.integer({ min: 0, max: 8 * DAY_MS }).map((back) => iso(checkedAt - back)),
      outcome: fc.constantFrom('connected', 'noAnswer', 'noAnswer', 'noAnswer', 'voicemail', 'notConnected', 'messageSent'),
      debtIds: fc.constantFrom(['d1'], ['d2'], ['d1', 'd2']),
      initiatedBy: fc.constantFrom('collector', 'collector', 'consumer'),
      toKind: fc.constantFrom('mobile', 'home', 'work'),
    },
    { requiredKeys: ['channel', 'at', 'outcome', 'debtIds'] },
  ) as fc.Arbitrary<ContactHistoryEntryInput>;

/**
 * A proposed call with a history of calls, one or two zones, optionally in Massachusetts,
 * optionally with a policy window and stated inconvenient times: the domain the reference
 * checker in check-contact.prop.test.ts covers.
 */
export const callScenario: fc.Arbitrary<CheckContactInput> = instantMs.chain((checkedAt) =>
  fc.record({
    checkedAt: fc.constant(iso(checkedAt)),
    attempt: fc.record({
      channel: fc.constant('call' as const),
      at: fc.integer({ min: 0, max: 3 * DAY_MS }).map((ahead) => iso(checkedAt + ahead)),
      debtIds: fc.constantFrom(['d1'], ['d2'], ['d1', 'd2']),
      to: fc.constantFrom({ kind: 'mobile' as const }, { kind: 'home' as const }),
    }),
    consumer: fc.record(
      {
        timeZones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 2 }),
        jurisdiction: fc.constantFrom('US-MA', 'US-TX'),
        inconvenientTimes: fc.array(
          fc.record({ start: fc.constantFrom('08:00', '12:00', '17:30'), end: fc.constantFrom('13:00', '18:00', '24:00'), weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }) }).filter((w) => w.end > w.start),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['timeZones'] },
    ),
    debts: fc.constant([{ id: 'd1' }, { id: 'd2' }]),
    history: fc.array(historyEntry(checkedAt), { maxLength: 20, size: 'max' }),
    policy: fc.option(fc.record({ callingWindow: fc.constantFrom({ start: '09:00', end: '20:00' }, { start: '08:00', end: '21:00' }, { start: '10:30', end: '17:45' }) }), { nil: undefined }),
  }).map((s) => {
    const out = { ...s } as unknown as CheckContactInput & { policy?: unknown };
    if (s.policy === undefined) delete out.policy;
    return out as CheckContactInput;
  }),
);
