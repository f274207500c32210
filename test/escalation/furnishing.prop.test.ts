import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput } from '../../src/escalation/index.js';
import { createEscalation, isArrearsError } from '../../src/escalation/index.js';
import { checkFurnishing } from '../../src/compliance/index.js';
import type { ContactHistoryEntryInput } from '../../src/compliance/index.js';
import { addDays } from '../../src/calendar/index.js';

// Issue 18, item 7: escalation's credit-reporting gate (12 CFR 1006.30(a)(1)) and compliance's
// `checkFurnishing` are one rule. Before: escalation took any telephone entry as speaking to
// the consumer, accepted `reportingWaitDays` down to 0, and kept its own copy of the rule.

const machine = createEscalation();
const OPENED = '2026-01-01';

type Fact = { day: number; kind: 'spoke' | 'call' | 'visit' | 'letter' | 'electronic' | 'undeliverable' };

const factArb: fc.Arbitrary<Fact> = fc.record({
  day: fc.integer({ min: 0, max: 60 }),
  kind: fc.constantFrom('spoke', 'call', 'visit', 'letter', 'electronic', 'undeliverable', 'undeliverable'),
});

function eventOf(f: Fact): EscalationEventInput {
  const date = addDays(OPENED, f.day);
  switch (f.kind) {
    case 'spoke':
      return { type: 'communicationMade', date, channel: 'telephone', spokeWithConsumer: true };
    case 'call':
      return { type: 'communicationMade', date, channel: 'telephone' };
    case 'visit':
      return { type: 'communicationMade', date, channel: 'inPerson', spokeWithConsumer: false };
    case 'letter':
      return { type: 'communicationMade', date, channel: 'letter' };
    case 'electronic':
      return { type: 'communicationMade', date, channel: 'electronic' };
    case 'undeliverable':
      return { type: 'communicationUndeliverable', date };
  }
}

/** The same facts as compliance history, written here independently of the escalation module. */
function entryOf(f: Fact): ContactHistoryEntryInput {
  const at = `${addDays(OPENED, f.day)}T15:00:00Z`;
  const debtIds = ['d1'];
  switch (f.kind) {
    case 'spoke':
      return { channel: 'call', at, outcome: 'connected', debtIds };
    case 'call':
      return { channel: 'call', at, outcome: 'voicemail', debtIds };
    case 'visit':
      return { channel: 'inPerson', at, outcome: 'notConnected', debtIds };
    case 'letter':
      return { channel: 'letter', at, outcome: 'messageSent', debtIds };
    case 'electronic':
      return { channel: 'email', at, outcome: 'messageSent', debtIds };
    case 'undeliverable':
      return { channel: 'email', at, outcome: 'bounced', debtIds };
  }
}

/** The facts in day order (a stable sort keeps the order of a day's facts). */
function sorted(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => a.day - b.day);
}

function run(facts: readonly Fact[], recordedLate: boolean): EscalationAccount {
  let a = machine.initialState({ currency: 'USD', openedOn: OPENED, balance: '100.00' });
  const last = addDays(OPENED, 70);
  for (const f of recordedLate ? facts : sorted(facts)) {
    const r = machine.transition(a, recordedLate ? { ...eventOf(f), recordedOn: last } : eventOf(f));
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    a = r.account;
  }
  return a;
}

/** Whether the escalation account allows a report on `day` (days after the opening). */
function escalationAllows(a: EscalationAccount, day: number): boolean {
  const from = a.communication.reportableFrom;
  return from !== null && from <= addDays(OPENED, day);
}

/** Compliance's answer for the facts dated on or before `day`, at the end of that day (UTC). */
function complianceAllows(facts: readonly Fact[], day: number): boolean {
  const history = sorted(facts).filter((f) => f.day <= day).map(entryOf);
  return checkFurnishing({ checkedAt: `${addDays(OPENED, day)}T23:00:00Z`, debtId: 'd1', timeZones: ['UTC'], history }).ok;
}

describe('credit reporting: escalation and compliance apply one rule (12 CFR 1006.30(a)(1))', () => {
  it('agree on every day for random communication histories', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 8 }), (facts) => {
        const a = run(facts, false);
        for (let day = 0; day <= 80; day += 1) {
          // The account's clock is at its last fact; a later day reads the same facts.
          const last = Math.max(0, ...facts.map((f) => f.day));
          if (day < last) continue;
          expect(escalationAllows(a, day)).toBe(complianceAllows(facts, day));
        }
        // The first allowed day is recomputed from the facts, not trusted, on a JSON copy.
        const copy = JSON.parse(JSON.stringify(a)) as EscalationAccount;
        expect(machine.advance(copy, a.clock).account.communication).toEqual(a.communication);
      }),
      { numRuns: 60 },
    );
  });

  it('agree when the facts are recorded late, as back-dated events (the account is replayed)', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 6 }), (facts) => {
        const a = run(facts, true);
        for (const day of [65, 70, 75, 90]) expect(escalationAllows(machine.advance(a, addDays(OPENED, Math.max(day, 70))).account, Math.max(day, 70))).toBe(complianceAllows(facts, Math.max(day, 70)));
      }),
      { numRuns: 30 },
    );
  });

  it('worked case, comment 30(a)(1)-2 example iii: mailed May 1, nothing back by May 14, reported from May 15', () => {
    let a = machine.initialState({ currency: 'USD', openedOn: '2026-04-01', balance: '100.00' });
    a = machine.transition(a, { type: 'communicationMade', date: '2026-05-01', channel: 'letter' }).account;
    expect(a.communication.reportableFrom).toBe('2026-05-15');
    // Close negative: a notice of undeliverability on May 14 (still in the wait) cancels it ...
    expect(machine.transition(a, { type: 'communicationUndeliverable', date: '2026-05-14' }).account.communication.reportableFrom).toBeNull();
    // ... one on May 15 does not.
    expect(machine.transition(a, { type: 'communicationUndeliverable', date: '2026-05-15' }).account.communication.reportableFrom).toBe('2026-05-15');
  });

  it('counts a call as speaking only when the event says it was a conversation with the consumer', () => {
    const a = machine.initialState({ currency: 'USD', openedOn: OPENED, balance: '100.00' });
    const voicemail = machine.transition(a, { type: 'communicationMade', date: '2026-01-05', channel: 'telephone' });
    expect(voicemail.account.communication.reportableFrom).toBeNull();
    expect(voicemail.audit[0]?.message).toMatch(/spokeWithConsumer/);
    const spoken = machine.transition(a, { type: 'communicationMade', date: '2026-01-05', channel: 'telephone', spokeWithConsumer: true });
    expect(spoken.account.communication.reportableFrom).toBe('2026-01-05');
    expect(() => machine.transition(a, { type: 'communicationMade', date: '2026-01-05', channel: 'letter', spokeWithConsumer: true })).toThrow(/spokeWithConsumer/);
  });

  it('refuses a reporting wait shorter than 14 days, as checkFurnishing does', () => {
    for (const days of [0, 7, 13]) {
      const r = createSafe({ timers: { reportingWaitDays: days } });
      expect(r).toBe('INPUT_OUT_OF_RANGE');
    }
    expect(createSafe({ timers: { reportingWaitDays: 14 } })).toBe('ok');
    const longer = createEscalation({ timers: { reportingWaitDays: 30 } });
    const a = longer.transition(longer.initialState({ currency: 'USD', openedOn: OPENED, balance: '100.00' }), { type: 'communicationMade', date: '2026-01-02', channel: 'letter' });
    expect(a.account.communication.reportableFrom).toBe('2026-02-01');
  });

  it('recomputes an edited first reporting day, and assumes no communication for an account stored without facts', () => {
    const a = machine.transition(machine.initialState({ currency: 'USD', openedOn: OPENED, balance: '100.00' }), { type: 'communicationMade', date: '2026-01-02', channel: 'letter' }).account;
    const edited = { ...a, communication: { ...a.communication, reportableFrom: '2026-01-02' } };
    expect(machine.advance(edited, '2026-01-03').account.communication.reportableFrom).toBe('2026-01-16');
    const { history: _, ...old } = a.communication;
    expect(machine.advance({ ...a, communication: old }, '2026-01-03').account.communication.reportableFrom).toBeNull();
  });
});

function createSafe(policy: unknown): string {
  try {
    createEscalation(policy as Parameters<typeof createEscalation>[0]);
    return 'ok';
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return error.code;
  }
}
