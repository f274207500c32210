import { expect, it } from 'vitest';
import * as escalation from '../../src/escalation/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20: arrears/escalation speaks the vocabulary of STYLE.md. Its verdicts are the
// machine's `transition` (accepted and refused); `advance` never refuses, so it is no verdict. Inputs are readonly-friendly: the
// opening, the events and the policy below are `as const` and typecheck as they are.

const policy = { guards: [{ id: 'small', description: 'No legal referral under 50.00.', events: ['legalReferral'], when: { balanceBelow: '50.00', maxDaysPastDue: 365 } }] } as const;
const machine = escalation.createEscalation(policy);
const opening = { currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } } as const;
const opened = machine.initialState(opening);
const late = machine.advance(opened, '2026-03-01').account;
const bankrupt = machine.transition(late, { type: 'bankruptcyFiled', date: '2026-03-02' }).account;
const plan = { type: 'planAgreed', date: '2026-03-02', installments: [{ dueDate: '2026-03-15', amount: '50.00' }, { dueDate: '2026-04-15', amount: '50.00' }] } as const;

describeVocabulary(
  { 'arrears/escalation': escalation },
  {
    'transition (accepted)': () => machine.transition(late, { type: 'paymentReceived', date: '2026-03-02', amount: '10.00' }),
    'transition (accepted, readonly plan)': () => machine.transition(late, plan),
    'transition (refused: bankruptcy stay)': () => machine.transition(bankrupt, { type: 'legalReferral', date: '2026-03-03' }),
    'transition (refused: dispute)': () => machine.transition(machine.transition(late, { type: 'disputeReceived', date: '2026-03-02' }).account, { type: 'promiseMade', date: '2026-03-03', amount: '10.00', dueDate: '2026-03-10' }),
  },
);

it('arrears/escalation: the account keeps its own clock, and advance reports the day asked', () => {
  const r = machine.advance(opened, '2026-02-21');
  expect([r.account.clock, r.account.daysPastDue, r.daysPastDue]).toEqual(['2026-02-15', 31, 37]);
  expect('asOf' in r.account).toBe(false);
  // advance is no verdict: it never refuses, so it carries no ok and no findings.
  expect(Object.keys(machine.advance(late, late.clock)).sort()).toEqual(['account', 'actions', 'audit', 'daysPastDue', 'pausedDays']);
});
