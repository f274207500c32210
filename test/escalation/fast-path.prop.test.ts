import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationAccount } from '../../src/escalation/index.js';
import { createEscalation } from '../../src/escalation/index.js';
import { Draft, runUntil, withDerivedFields } from '../../src/escalation/engine.js';
import { compilePolicy } from '../../src/escalation/policy.js';
import { dayOf } from '../../src/escalation/days.js';
import { addDays, daysBetween } from '../../src/calendar/index.js';
import { OPENED_ON, opening, openingArb, stepsArb } from '../arbitraries/escalation.js';
import type { Step } from '../arbitraries/escalation.js';

// `advance` answers most calls without the time engine: when no rule is due up to `asOf` (the
// account's `nextReviewOn` is later) it returns the very same account. These properties pin that
// shortcut to the general path (runUntil), the derived fields to their recomputation, and the
// day counts to `countDaysPastDue`.

const machine = createEscalation();
const policy = compilePolicy(undefined);
const TERMINAL = new Set(['paidInFull', 'settled', 'discharged', 'closedDeceased', 'sold', 'recalled', 'writtenOff']);

/** Every account a random run goes through. */
function accounts(extra: number, jurisdiction: string | undefined, steps: readonly Step[]): EscalationAccount[] {
  let account = machine.initialState(opening(extra, jurisdiction));
  const seen = [account];
  let today = OPENED_ON;
  for (const step of steps) {
    today = addDays(today, step.days);
    account = machine.advance(account, today).account;
    seen.push(account);
    if (step.event !== null) {
      account = machine.transition(account, { ...step.event(today), recordedOn: today }).account;
      seen.push(account);
    }
  }
  return seen;
}

/** The general time engine, without the shortcut. */
function general(account: EscalationAccount, asOf: string): EscalationAccount {
  const d = new Draft(account);
  runUntil(d, policy, dayOf(asOf), false);
  return d.a;
}

/** A JSON copy: what a store gives back, untrusted by the machine. */
function stored(account: EscalationAccount): EscalationAccount {
  return JSON.parse(JSON.stringify(account)) as EscalationAccount;
}

describe('advance: the shortcut when no rule is due', () => {
  it('returns the very same account exactly when no rule is due, and the general engine agrees', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.integer({ min: 1, max: 120 }), ({ extra, jurisdiction }, steps, days) => {
        for (const account of accounts(extra, jurisdiction, steps)) {
          const asOf = addDays(account.clock, days);
          const result = machine.advance(account, asOf);
          const due = account.nextReviewOn !== null && account.nextReviewOn <= asOf;
          expect(result.account === account).toBe(!due);
          if (!due) {
            expect(result.audit).toEqual([]);
            expect(general(account, asOf)).toStrictEqual(account);
          } else {
            expect(result.account).toStrictEqual(general(account, asOf));
          }
        }
      }),
    );
  });

  it('keeps the day counts summing to the days since the oldest unpaid due date (a closed account: until it closed)', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        for (const a of accounts(extra, jurisdiction, steps)) {
          const first = a.dues[0];
          const expected = first !== undefined && first.dueDate < a.clock ? daysBetween(first.dueDate, a.clock) : 0;
          expect(a.daysPastDue + a.pausedDays).toBe(expected);
        }
      }),
    );
  });

  it('counts days past due on any later day as advancing there and recomputing would', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.integer({ min: 0, max: 400 }), ({ extra, jurisdiction }, steps, days) => {
        for (const account of accounts(extra, jurisdiction, steps)) {
          if (TERMINAL.has(account.stage)) continue;
          const asOf = addDays(account.clock, days);
          const count = machine.countDaysPastDue(account, asOf);
          // Recompute from the facts: move the clock of the advanced account to `asOf`.
          const d = new Draft(machine.advance(account, asOf).account);
          runUntil(d, policy, dayOf(asOf), true);
          expect(count).toEqual({ asOf, daysPastDue: d.a.daysPastDue, pausedDays: d.a.pausedDays });
        }
      }),
    );
  });

  it('returns the same object when nothing is due and never mutates the input', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });
    const late = machine.advance(account, '2026-01-12').account;
    expect([late.stage, late.clock, late.daysPastDue, late.nextReviewOn]).toEqual(['grace', '2026-01-11', 1, '2026-01-26']);
    const before = JSON.stringify(late);
    const next = machine.advance(late, '2026-01-13');
    expect(next.account).toBe(late);
    expect([next.actions, next.audit]).toEqual([[], []]);
    expect(JSON.stringify(late)).toBe(before);
    expect(machine.countDaysPastDue(late, '2026-01-13')).toEqual({ asOf: '2026-01-13', daysPastDue: 3, pausedDays: 0 });
    const early = machine.advance(late, '2026-01-26').account;
    expect([early.stage, early.clock, early.daysPastDue]).toEqual(['early', '2026-01-26', 16]);
    expect(JSON.stringify(late)).toBe(before);
  });

  it('counts paused days, not days past due, while a hold stops the clock', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });
    const held = machine.transition(machine.advance(account, '2026-01-12').account, { type: 'hardshipGranted', date: '2026-01-12' }).account;
    expect(machine.advance(held, '2026-01-20').account).toBe(held);
    expect(machine.countDaysPastDue(held, '2026-01-20')).toEqual({ asOf: '2026-01-20', daysPastDue: held.daysPastDue, pausedDays: held.pausedDays + 8 });
  });
});

describe('derived fields of an account the machine did not write', () => {
  it('agree with their recomputation on every account a run goes through', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        for (const account of accounts(extra, jurisdiction, steps)) {
          const copy = stored(account);
          expect(withDerivedFields(copy, policy)).toBe(copy);
        }
      }),
    );
  });

  it('are recomputed, so a tampered cache never makes advance skip a rule', () => {
    fc.assert(
      fc.property(
        openingArb,
        stepsArb,
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom<[string, (a: EscalationAccount) => EscalationAccount]>(
          ['nextReviewOn far ahead', (a) => ({ ...a, nextReviewOn: '2099-12-31' })],
          ['nextReviewOn null', (a) => ({ ...a, nextReviewOn: null })],
          ['day counts', (a) => ({ ...a, daysPastDue: 0, pausedDays: a.daysPastDue + a.pausedDays })],
          ['time bar', (a) => ({ ...a, limitations: { ...a.limitations, timeBarred: !a.limitations.timeBarred, timeBarredOn: '2099-12-31' } })],
        ),
        ({ extra, jurisdiction }, steps, days, [, tamper]) => {
          const all = accounts(extra, jurisdiction, steps);
          const account = all[all.length - 1] as EscalationAccount;
          const tampered = tamper(stored(account));
          const later = addDays(account.clock, days);
          expect(machine.advance(tampered, later)).toEqual(machine.advance(account, later));
          expect(machine.allowedEvents(tampered)).toEqual(machine.allowedEvents(account));
        },
      ),
    );
  });

  it('are recomputed for an old or edited account: the stage still climbs on time', () => {
    const opened = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }], limitations: { years: 1 } });
    const late = machine.advance(opened, '2026-01-12').account;
    const frozen = { ...stored(late), nextReviewOn: null, daysPastDue: 0 };
    const r = machine.advance(frozen, '2026-02-20');
    expect(r.audit.map((e) => [e.date, e.to])).toEqual([
      ['2026-01-26', 'early'],
      ['2026-02-10', 'mid'],
    ]);
    const barred = machine.advance(late, '2027-02-01').account;
    expect(barred.limitations.timeBarred).toBe(true);
    const unbarred = { ...stored(barred), limitations: { ...barred.limitations, timeBarred: false } };
    const refused = machine.transition(unbarred, { type: 'legalReferral', date: '2027-02-01' });
    expect(refused.findings.map((x) => x.code)).toContain('ESCALATION_TIME_BARRED');
  });
});

describe('trusted accounts', () => {
  it('hides the machine mark from JSON, keys and deep equality', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00', accountId: 'A-1' });
    const copy = JSON.parse(JSON.stringify(account)) as EscalationAccount;
    expect(copy).toStrictEqual(account);
    expect(Object.keys(account.opening)).toEqual(['currency', 'openedOn', 'balance', 'accountId']);
    expect(Object.getOwnPropertySymbols(account.opening).every((s) => !Object.getOwnPropertyDescriptor(account.opening, s)?.enumerable)).toBe(true);
  });

  it('validates an account another machine wrote', () => {
    const other = createEscalation({ states: [{ id: 'skipTrace' }], transitions: [{ event: 'skip', from: ['current'], to: 'skipTrace' }] });
    const account = other.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00' });
    const moved = other.transition(account, { type: 'custom', name: 'skip', date: OPENED_ON }).account;
    expect(() => machine.advance(moved, '2026-01-02')).toThrow(/not a state of this policy/);
    expect(machine.advance(account, '2026-01-02').account).toEqual(account);
  });

  it('validates a hand-edited copy', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00' });
    expect(() => machine.advance({ ...account, opening: { ...account.opening }, daysPastDue: -1 }, '2026-01-02')).toThrow();
  });
});
