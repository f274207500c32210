import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationAccount } from '../../src/escalation/index.js';
import { createEscalation } from '../../src/escalation/index.js';
import { Draft, runUntil } from '../../src/escalation/engine.js';
import { compilePolicy } from '../../src/escalation/policy.js';
import { dayOf } from '../../src/escalation/days.js';
import { addDays, daysBetween } from '../../src/calendar/index.js';
import { OPENED_ON, opening, openingArb, stepsArb } from '../arbitraries/escalation.js';
import type { Step } from '../arbitraries/escalation.js';

// `advance` answers most calls without the time engine: when no rule is due before `asOf` it
// moves the clock and one day count in a new account that shares every other field. These
// properties pin that shortcut to the general path (runUntil) and to the invariant it relies on.

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

/** The general time engine, as `advance` ran it before the shortcut. */
function general(account: EscalationAccount, asOf: string): EscalationAccount {
  const d = new Draft(account);
  runUntil(d, policy, dayOf(asOf));
  return d.a;
}

describe('advance: the shortcut when no rule is due', () => {
  it('gives the account the general time engine gives, for every account and any later day', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.integer({ min: 1, max: 120 }), ({ extra, jurisdiction }, steps, days) => {
        for (const account of accounts(extra, jurisdiction, steps)) {
          const asOf = addDays(account.asOf, days);
          const result = machine.advance(account, asOf);
          if (result.audit.length === 0) expect(result.account).toStrictEqual(general(account, asOf));
        }
      }),
    );
  });

  it('keeps the day counts summing to the days since the oldest unpaid due date (what the shortcut relies on)', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, ({ extra, jurisdiction }, steps) => {
        for (const a of accounts(extra, jurisdiction, steps)) {
          if (TERMINAL.has(a.stage)) continue;
          const first = a.dues[0];
          const expected = first !== undefined && first.dueDate < a.asOf ? daysBetween(first.dueDate, a.asOf) : 0;
          expect(a.daysPastDue + a.pausedDays).toBe(expected);
        }
      }),
    );
  });

  it('shares every unchanged field with the input and never mutates it', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });
    const late = machine.advance(account, '2026-01-12').account;
    const before = JSON.stringify(late);
    const next = machine.advance(late, '2026-01-13').account;
    expect(JSON.stringify(late)).toBe(before);
    expect(next).not.toBe(late);
    expect([next.asOf, next.daysPastDue]).toEqual(['2026-01-13', late.daysPastDue + 1]);
    expect(next.audit).toBe(late.audit);
    expect(next.dues).toBe(late.dues);
  });

  it('counts paused days, not days past due, while a hold stops the clock', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });
    const held = machine.transition(machine.advance(account, '2026-01-12').account, { type: 'hardshipGranted', date: '2026-01-12' }).account;
    const later = machine.advance(held, '2026-01-20').account;
    expect([later.daysPastDue, later.pausedDays]).toEqual([held.daysPastDue, held.pausedDays + 8]);
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
    expect(machine.advance(account, '2026-01-02').account.asOf).toBe('2026-01-02');
  });

  it('validates a hand-edited copy', () => {
    const account = machine.initialState({ currency: 'USD', openedOn: OPENED_ON, balance: '300.00' });
    expect(() => machine.advance({ ...account, opening: { ...account.opening }, daysPastDue: -1 }, '2026-01-02')).toThrow();
  });
});
