import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput, EscalationResult } from '../../src/escalation/index.js';
import { createEscalation } from '../../src/escalation/index.js';
import { addDays } from '../../src/calendar/index.js';
import { OPENED_ON, opening, openingArb, stepsArb } from '../arbitraries/escalation.js';

// Issue 18, item 9 (in place): an account the machine returned cannot be edited in place, its
// arrays and their elements included, so the machine's trust in its own accounts never covers
// edited content. Before: `dues`, `clockStops`, `payments`, `log` and `audit` (and their
// elements) could be pushed to, spliced and assigned, and the machine kept trusting the object.

const machine = createEscalation();

function codes(r: EscalationResult): string[] {
  return r.findings.map((x) => x.code);
}

/** The path of the first object or array reachable from `value` that is not frozen, or `null`. */
function unfrozen(value: unknown, path = 'account'): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!Object.isFrozen(value)) return path;
  for (const [key, child] of Object.entries(value)) {
    const found = unfrozen(child, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

// A time-barred debt (New York, 6 years): a legal referral must be refused, whatever the caller
// does to the account object in place.
const barred = (() => {
  let a = machine.initialState({ currency: 'USD', openedOn: '2010-01-01', balance: '600.00', dues: [{ dueDate: '2010-01-15', amount: '100.00' }, { dueDate: '2010-02-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } });
  const step = (e: EscalationEventInput): void => {
    const r = machine.transition(a, e);
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    a = r.account;
  };
  step({ type: 'paymentReceived', date: '2010-03-01', amount: '10.00' });
  step({ type: 'communicationMade', date: '2010-03-02', channel: 'letter' });
  step({ type: 'disputeReceived', date: '2010-03-03' });
  step({ type: 'verificationSent', date: '2010-03-20' });
  return machine.advance(a, '2026-01-01').account;
})();
const referral: EscalationEventInput = { type: 'legalReferral', date: '2026-01-02' };

describe('item 9, in place: a returned account cannot be edited', () => {
  it('is frozen through and through: every array and every element', () => {
    expect(unfrozen(barred)).toBeNull();
    for (const key of ['dues', 'clockStops', 'payments', 'log', 'audit'] as const) expect(barred[key].length).toBeGreaterThan(0);
    expect(barred.communication.history?.length).toBeGreaterThan(0);
  });

  // Each edit a caller could try: push, splice, assign an element, edit an element's field,
  // truncate. In strict mode (ES modules) each throws a TypeError; the account is unchanged and
  // the machine still refuses the referral on the time-barred debt.
  const edits: Array<[string, (a: EscalationAccount) => unknown]> = [
    ['push a due', (a) => (a.dues as unknown[]).push({ dueDate: '2025-12-01', amount: '1.00' })],
    ['splice the dues', (a) => a.dues.splice(0, 1)],
    ['assign a due', (a) => ((a.dues as unknown[])[0] = { dueDate: '2025-12-01', amount: '100.00' })],
    ['edit a due date', (a) => ((a.dues[0] as { dueDate: string }).dueDate = '2025-12-01')],
    ['truncate the payments', (a) => ((a.payments as unknown[]).length = 0)],
    ['edit a payment', (a) => ((a.payments[0] as { date: string }).date = '2025-12-01')],
    ['edit a clock stop', (a) => ((a.clockStops[0] as { end: string | null }).end = null)],
    ['push to the log', (a) => (a.log as unknown[]).push(a.log[0])],
    ['edit a logged event', (a) => ((a.log[0] as { event: { date: string } }).event.date = '2025-12-01')],
    ['pop the audit', (a) => a.audit.pop()],
    ['edit an audit entry', (a) => ((a.audit[0] as { to: string }).to = 'current')],
    ['edit an audited action', (a) => ((a.audit.find((e) => e.actions.length > 0)?.actions[0] as { type: string }).type = 'closeAccount')],
    ['push a communication fact', (a) => (a.communication.history as unknown[]).push({ date: '2025-12-01', channel: 'telephone', outcome: 'spoke' })],
    ['edit the opening dues', (a) => ((a.opening.dues as unknown[]).length = 0)],
    ['edit a hold set', (a) => (a.holds as unknown[]).push({})],
  ];

  it.each(edits)('%s: throws a TypeError, changes nothing, and the machine still refuses the referral', (_, edit) => {
    const before = JSON.stringify(barred);
    expect(() => edit(barred)).toThrow(TypeError);
    expect(JSON.stringify(barred)).toBe(before);
    expect(codes(machine.transition(barred, referral))).toContain('ESCALATION_TIME_BARRED');
  });

  it('freezes every account a random run goes through (events, back-dated events, JSON copies)', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, (o, steps) => {
        let account = machine.initialState(opening(o.extra, o.jurisdiction));
        expect(unfrozen(account)).toBeNull();
        let today = OPENED_ON;
        for (const step of steps) {
          today = addDays(today, step.days);
          account = machine.advance(account, today).account;
          if (step.event !== null) {
            // Every other event is back-dated by three days (a replay), when the account allows it.
            const event = step.event(today);
            const back = { ...event, date: addDays(today, -3), recordedOn: today } as EscalationEventInput;
            const r = machine.safeTransition(account, steps.indexOf(step) % 2 === 0 && addDays(today, -3) >= OPENED_ON ? back : { ...event, recordedOn: today });
            if (r.success) account = r.data.account;
          }
          expect(unfrozen(account)).toBeNull();
        }
        // A JSON copy is checked, recomputed and frozen as well (the caller's copy is not touched).
        const copy = JSON.parse(JSON.stringify(account)) as EscalationAccount;
        const read = machine.advance(copy, account.clock).account;
        expect(unfrozen(read)).toBeNull();
        expect(Object.isFrozen(copy)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
