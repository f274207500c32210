import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, EscalationAccount, EscalationAdvanced, EscalationMachine, EscalationResult } from '../../src/escalation/index.js';
import { createEscalation, EscalationAccountSchema } from '../../src/escalation/index.js';
import { addDays, daysBetween } from '../../src/calendar/index.js';
import { OPENED_ON, opening, openingArb, stepsArb } from '../arbitraries/escalation.js';
import type { Step } from '../arbitraries/escalation.js';

const machine = createEscalation();
const TERMINAL = new Set(['paidInFull', 'settled', 'discharged', 'closedDeceased', 'sold', 'recalled', 'writtenOff']);

interface Run {
  readonly account: EscalationAccount;
  readonly results: ReadonlyArray<EscalationResult | EscalationAdvanced>;
  readonly stages: string[];
}

/** Applies the steps; the clock and the recording day move together, events may be back-dated. */
function run(m: EscalationMachine, extra: number, jurisdiction: string | undefined, steps: readonly Step[]): Run {
  let account = m.initialState(opening(extra, jurisdiction));
  let today = OPENED_ON;
  const results: Array<EscalationResult | EscalationAdvanced> = [];
  const stages = [account.stage];
  for (const step of steps) {
    today = addDays(today, step.days);
    const advanced = m.advance(account, today);
    results.push(advanced);
    account = advanced.account;
    stages.push(account.stage);
    if (step.event !== null) {
      const back = Math.min(step.backdate, daysBetween(OPENED_ON, today));
      const date = addDays(today, -back);
      const event = { ...step.event(date), recordedOn: today };
      const result = m.transition(account, event);
      results.push(result);
      account = result.account;
      stages.push(account.stage);
    }
  }
  return { account, results, stages };
}

const FORBIDDEN_UNDER = new Set(['bankruptcy', 'dispute']);

function checkAudit(account: EscalationAccount): void {
  const audit = account.audit;
  audit.forEach((e: AuditEntry, i) => {
    expect(e.seq).toBe(i + 1);
    const prev = audit[i - 1];
    if (prev !== undefined) {
      expect(e.from, `entry ${e.seq} continues from the previous entry`).toBe(prev.to);
      if (e.correction === null) expect(e.date >= prev.date, `entry ${e.seq} is not earlier than entry ${prev.seq}`).toBe(true);
      else expect(e.date <= prev.date || e.date >= prev.date).toBe(true);
    }
  });
  expect(audit[audit.length - 1]?.to).toBe(account.stage);
  for (const logged of account.log) expect(audit.some((e) => e.eventSeq === logged.seq), `event #${logged.seq} has an audit entry`).toBe(true);
}

describe('createEscalation: model-based properties', () => {
  it('never reaches a state outside the policy, and the state is always a valid account', () => {
    const states = new Set([...(machine.policy.stages ?? []).map((s) => s.id), 'current', 'chargedOff', 'placed', 'referredToLegal', ...TERMINAL]);
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        const r = run(machine, extra, jurisdiction, steps);
        for (const s of r.stages) expect(states.has(s), s).toBe(true);
        expect(EscalationAccountSchema.safeParse(r.account).success).toBe(true);
      }),
    );
  });

  it('keeps terminal states absorbing', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        const r = run(machine, extra, jurisdiction, steps);
        const first = r.stages.findIndex((s) => TERMINAL.has(s));
        if (first >= 0) for (const s of r.stages.slice(first)) expect(s).toBe(r.stages[first]);
      }),
    );
  });

  it('emits no contact, fee, offer, legal, reporting or charge-off action during a bankruptcy stay or an unverified dispute', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        const r = run(machine, extra, jurisdiction, steps);
        for (const result of r.results) {
          for (const entry of result.audit) {
            const held = entry.holds.some((h) => FORBIDDEN_UNDER.has(h));
            if (!held) continue;
            for (const action of entry.actions) {
              expect(action.category, `${action.type} under ${entry.holds.join(',')}`).toBe('internal');
              expect(action.type).not.toBe('chargeOff');
            }
          }
        }
      }),
    );
  });

  it('refuses every collection act during a bankruptcy stay', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        let account = run(machine, extra, jurisdiction, steps).account;
        if (TERMINAL.has(account.stage)) return;
        // Today: the clock, or the last recording day when a later event was dated earlier.
        const lastRecorded = account.log[account.log.length - 1]?.recordedOn ?? account.clock;
        const today = lastRecorded > account.clock ? lastRecorded : account.clock;
        const filed = machine.transition(account, { type: 'bankruptcyFiled', date: today });
        if (!filed.ok) return;
        account = filed.account;
        for (const type of ['legalReferral', 'placedWithAgency', 'chargeOff', 'sold'] as const) {
          const r = machine.transition(account, { type, date: today });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.findings.map((x) => x.code)).toContain('ESCALATION_BANKRUPTCY_STAY');
        }
        expect(machine.transition(account, { type: 'paymentReceived', date: today, amount: '1.00' }).ok).toBe(true);
      }),
    );
  });

  it('keeps a complete, ordered, chained audit trail', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        checkAudit(run(machine, extra, jurisdiction, steps).account);
      }),
    );
  });

  it('reproduces the account by replaying its log', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        const r = run(machine, extra, jurisdiction, steps);
        expect(machine.replay(r.account)).toEqual(r.account);
      }),
    );
  });

  it('round-trips the account through JSON, and the copy behaves the same', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.integer({ min: 0, max: 400 }), ({ extra, jurisdiction }, steps, days) => {
        const r = run(machine, extra, jurisdiction, steps);
        const copy = JSON.parse(JSON.stringify(r.account)) as EscalationAccount;
        expect(copy).toEqual(r.account);
        const later = addDays(r.account.clock, days);
        expect(machine.advance(copy, later)).toEqual(machine.advance(r.account, later));
      }),
    );
  });

  it('makes advance idempotent for the same asOf', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.integer({ min: 0, max: 400 }), ({ extra, jurisdiction }, steps, days) => {
        const r = run(machine, extra, jurisdiction, steps);
        const asOf = addDays(r.account.clock, days);
        const once = machine.advance(r.account, asOf);
        const twice = machine.advance(once.account, asOf);
        expect(twice.account).toEqual(once.account);
        expect(twice.audit).toEqual([]);
        expect(twice.actions).toEqual([]);
      }),
    );
  });

  it('gives the same account and the same transitions advancing day by day as in one call', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.integer({ min: 1, max: 250 }), ({ extra, jurisdiction }, steps, days) => {
        const r = run(machine, extra, jurisdiction, steps);
        const target = addDays(r.account.clock, days);
        const once = machine.advance(r.account, target);
        let daily = r.account;
        const audit: AuditEntry[] = [];
        for (let i = 1; i <= days; i += 1) {
          const step = machine.advance(daily, addDays(r.account.clock, i));
          audit.push(...step.audit);
          daily = step.account;
        }
        expect(daily).toEqual(once.account);
        expect(audit).toEqual(once.audit);
      }),
    );
  });

  it('emits one transition per stage crossed, each on the day its threshold is reached', () => {
    const stages = machine.policy.stages ?? [];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (days) => {
        const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '100.00', dues: [{ dueDate: OPENED_ON, amount: '100.00' }] });
        const r = machine.advance(account, addDays(OPENED_ON, days));
        const expected = stages.filter((s) => s.minDaysPastDue <= days).map((s) => [addDays(OPENED_ON, s.minDaysPastDue), s.id]);
        if (days >= 180) expected.push([addDays(OPENED_ON, 180), 'chargedOff']);
        expect(r.audit.filter((e) => e.from !== e.to).map((e) => [e.date, e.to])).toEqual(expected);
      }),
    );
  });
});
