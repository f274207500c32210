import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput } from '../../src/escalation/index.js';
import { createEscalation } from '../../src/escalation/index.js';

const machine = createEscalation();
const base = machine.advance(
  machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }], limitations: { years: 1 } }),
  '2026-02-01',
).account;

function after(event: EscalationEventInput, account: EscalationAccount = base): EscalationAccount {
  const r = machine.transition(account, event);
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.account;
}

describe('explain', () => {
  it('tells the stage, the days past due and how it got there', () => {
    const e = machine.explain(base, '2026-02-01');
    expect(e.steps.map((s) => [s.date, s.to, s.rule])).toEqual([
      ['2026-01-01', 'current', 'account.opened'],
      ['2026-01-11', 'grace', 'stage.threshold'],
      ['2026-01-26', 'early', 'stage.threshold'],
    ]);
    expect(e.summary).toEqual([
      'The account is early since 2026-01-26: Effective days past due reached 16, meeting the threshold of early (16 days past due).',
      'As of 2026-02-01: 22 effective days past due (oldest unpaid installment due 2026-01-10; 0 days paused by holds).',
    ]);
  });

  it('describes holds and each kind of arrangement', () => {
    expect(machine.explain(after({ type: 'disputeReceived', date: '2026-02-01' })).summary[2]).toBe(
      'Hold "dispute" (dispute awaiting verification) since 2026-02-01: freezes clock, contact, fees, offers, escalation, legal, reporting (12 CFR 1006.38(d)(2)).',
    );
    expect(machine.explain(after({ type: 'holdPlaced', date: '2026-02-01', kind: 'manual', reason: 'x', endDate: '2026-02-28', freezes: { clock: false, fees: false, escalation: false } })).summary[2]).toBe(
      'Hold "manual" (manual hold) since 2026-02-01 through 2026-02-28: freezes nothing.',
    );
    const arrangements: Array<[EscalationEventInput, string]> = [
      [{ type: 'promiseMade', date: '2026-02-01', amount: '50.00', dueDate: '2026-02-05' }, 'Arrangement: promise to pay 50.00 by 2026-02-05 (0.00 paid); escalation waits for it.'],
      [{ type: 'planAgreed', date: '2026-02-01', installments: [{ dueDate: '2026-02-05', amount: '50.00' }] }, 'Arrangement: payment plan of 1 installments since 2026-02-01 (0.00 paid, 0 missed); escalation waits for it.'],
      [{ type: 'settlementAccepted', date: '2026-02-01', amount: '150.00', dueDate: '2026-02-05' }, 'Arrangement: settlement of 150.00 due 2026-02-05 (0.00 paid); escalation waits for it.'],
      [{ type: 'hardshipGranted', date: '2026-02-01' }, 'Arrangement: hardship since 2026-02-01; escalation waits for it.'],
    ];
    for (const [event, text] of arrangements) expect(machine.explain(after(event)).summary).toContain(text);
  });

  it('says when the debt is time-barred, and when the account is closed', () => {
    const barred = machine.advance(base, '2027-02-01').account;
    expect(machine.explain(barred)).toMatchObject({ timeBarred: true, stage: 'chargedOff' });
    expect(machine.explain(barred).summary.at(-1)).toBe('The debt is time-barred since 2027-01-11: no suit and no threat of suit (12 CFR 1006.26(b)).');
    const closed = after({ type: 'paymentReceived', date: '2026-02-02', amount: '300.00' });
    expect(machine.explain(closed)).toMatchObject({ stage: 'paidInFull', terminal: true, oldestUnpaidDueDate: null });
    expect(machine.explain(closed).summary).toEqual(['The account is paidInFull (terminal) since 2026-02-02: The balance is paid in full.']);
  });

  it('starts the story again after the account was current', () => {
    const cured = after({ type: 'paymentReceived', date: '2026-02-02', amount: '100.00' });
    expect(machine.explain(cured).steps.map((s) => s.to)).toEqual(['current']);
    expect(machine.explain(cured).summary[1]).toBe('Nothing is past due as of 2026-02-02.');
  });
});
