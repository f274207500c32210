import { describe, expect, it } from 'vitest';
import { addCharges, applyPayment, buildSchedule, createPlanState, planStatus, reamortize, reversePayment, safeReversePayment } from '../../src/plan/index.js';
import type { PlanState } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const flat = { principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const loan = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const fresh = (): PlanState => createPlanState(buildSchedule(flat));

describe('applyPayment: the payment log', () => {
  it('logs each payment with its reference, date, amount and allocation', () => {
    const { state } = applyPayment({ state: fresh(), payment: { amount: '400.00', date: '2026-02-15', paymentId: 'chk-1' } });
    expect(state.payments).toEqual([
      {
        paymentId: 'chk-1',
        date: '2026-02-15',
        amount: '400.00',
        allocations: [
          { installment: 1, component: 'principal', amount: '300.00' },
          { installment: 2, component: 'principal', amount: '100.00' },
        ],
        unappliedAmount: '0.00',
      },
    ]);
  });

  it('changes nothing when a reference is applied again, and refuses the same reference for another payment', () => {
    const p = { amount: '400.00', date: '2026-02-15', paymentId: 'chk-1' };
    const once = applyPayment({ state: fresh(), payment: p });
    const twice = applyPayment({ state: once.state, payment: p });
    expect(twice.duplicate).toBe(true);
    expect(twice.state).toEqual(once.state);
    expect(twice.receipt).toEqual(once.receipt);
    expect(once.duplicate).toBe(false);
    expect(codeOf(() => applyPayment({ state: once.state, payment: { ...p, amount: '401.00' } }))).toBe('PLAN_PAYMENT_CONFLICT');
    expect(codeOf(() => applyPayment({ state: once.state, payment: { ...p, date: '2026-02-16' } }))).toBe('PLAN_PAYMENT_CONFLICT');
    expect(codeOf(() => applyPayment({ state: once.state, payment: { ...p, paymentId: '' } }))).toBe('INPUT_OUT_OF_RANGE');
  });

  it('logs a principal prepayment and the credit, which sum back to the payment', () => {
    const { state, receipt } = applyPayment({ state: createPlanState(buildSchedule(loan)), payment: { amount: '2000.00', date: '2026-02-15', paymentId: 'big' }, overpayment: 'principal' });
    const log = state.payments?.[0];
    expect(log?.principalReduction).toEqual({ installment: 2, component: 'principal', amount: receipt.principalReductionAmount });
    expect(log?.unappliedAmount).toBe(receipt.unappliedAmount);
    expect(state.credit).toBe(receipt.unappliedAmount);
  });

  it('refuses a state whose log does not add up or repeats a reference', () => {
    const { state } = applyPayment({ state: fresh(), payment: { amount: '400.00', date: '2026-02-15', paymentId: 'chk-1' } });
    const log = state.payments?.[0];
    if (log === undefined) throw new Error('no log');
    expect(codeOf(() => applyPayment({ state: { ...state, payments: [{ ...log, amount: '401.00' }] }, payment: { amount: '1.00', date: '2026-03-01' } }))).toBe('PLAN_INVALID_STATE');
    expect(codeOf(() => applyPayment({ state: { ...state, payments: [log, log] }, payment: { amount: '1.00', date: '2026-03-01' } }))).toBe('PLAN_INVALID_STATE');
  });
});

describe('reversePayment', () => {
  it('unwinds a returned payment: the installments owe again, the log says when', () => {
    const paid = applyPayment({ state: fresh(), payment: { amount: '400.00', date: '2026-02-15', paymentId: 'chk-1' } }).state;
    const { state, reversed, duplicate } = reversePayment({ state: paid, paymentId: 'chk-1', reversedOn: '2026-02-20' });
    expect(duplicate).toBe(false);
    expect(reversed.reversedOn).toBe('2026-02-20');
    expect(state.installments.map((r) => r.unpaid)).toEqual(['300.00', '300.00', '300.00']);
    expect(planStatus({ plan: state, payments: [], asOf: '2026-02-20' })).toMatchObject({ status: 'behind', paidAmount: '0.00', pastDueAmount: '300.00' });
    const again = reversePayment({ state, paymentId: 'chk-1', reversedOn: '2026-02-21' });
    expect([again.duplicate, again.state]).toEqual([true, state]);
  });

  it('keeps the later payments as they are', () => {
    const one = applyPayment({ state: fresh(), payment: { amount: '300.00', date: '2026-02-15', paymentId: 'a' } }).state;
    const two = applyPayment({ state: one, payment: { amount: '300.00', date: '2026-03-15', paymentId: 'b' } }).state;
    const { state } = reversePayment({ state: two, paymentId: 'a', reversedOn: '2026-03-20' });
    expect(state.installments.map((r) => r.unpaid)).toEqual(['300.00', '0.00', '300.00']);
  });

  it('takes a prepayment and the credit back', () => {
    const paid = applyPayment({ state: createPlanState(buildSchedule(loan)), payment: { amount: '2000.00', date: '2026-02-15', paymentId: 'big' }, overpayment: 'principal' }).state;
    const { state } = reversePayment({ state: paid, paymentId: 'big', reversedOn: '2026-02-20' });
    expect(state.credit).toBe('0.00');
    const owed = state.installments.reduce((sum, r) => sum + Math.round(Number(r.unpaid) * 100), 0);
    const principal = state.installments.reduce((sum, r) => sum + Math.round(Number(r.principal) * 100), 0);
    expect(principal).toBe(120000);
    expect(owed).toBeGreaterThanOrEqual(120000);
    expect(planStatus({ plan: state, payments: [], asOf: '2026-02-20' }).paidAmount).toBe('0.00');
  });

  it('unwinds a payment after a re-amortization closed its installment', () => {
    const paid = applyPayment({ state: fresh(), payment: { amount: '100.00', date: '2026-02-15', paymentId: 'a' } }).state;
    const spread = reamortize({ state: paid, asOf: '2026-03-01', strategy: 'spread' });
    const { state } = reversePayment({ state: spread, paymentId: 'a', reversedOn: '2026-03-02' });
    expect(state.installments[0]).toMatchObject({ principal: '100.00', principalPaid: '0.00', unpaid: '100.00' });
  });

  it('refuses unknown references, dates before the payment and junk', () => {
    const paid = applyPayment({ state: fresh(), payment: { amount: '400.00', date: '2026-02-15', paymentId: 'chk-1' } }).state;
    expect(codeOf(() => reversePayment({ state: paid, paymentId: 'chk-2', reversedOn: '2026-02-20' }))).toBe('PLAN_PAYMENT_NOT_FOUND');
    expect(codeOf(() => reversePayment({ state: paid, paymentId: 'chk-1', reversedOn: '2026-02-14' }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
    expect(codeOf(() => reversePayment({ state: paid, paymentId: 'chk-1' } as never))).toBe('INPUT_MISSING');
    expect(safeReversePayment({ state: paid, paymentId: 'chk-1', reversedOn: '2026-02-20', extra: 1 }).success).toBe(false);
    expect(safeReversePayment({ state: null }).success).toBe(false);
    // A state whose rows no longer hold what the log says.
    const edited = { ...paid, installments: paid.installments.map(({ unpaid: _u, ...r }) => ({ ...r, principalPaid: '0.00' })) };
    expect(codeOf(() => reversePayment({ state: edited, paymentId: 'chk-1', reversedOn: '2026-02-20' }))).toBe('PLAN_INVALID_STATE');
  });
});

describe('planStatus on a state', () => {
  it('never applies a payment twice (audit F8)', () => {
    const st = createPlanState(buildSchedule(flat));
    const p = { amount: '300.00', date: '2026-02-01' };
    const held = applyPayment({ state: st, payment: p }).state;
    const status = planStatus({ plan: held, payments: [p], asOf: '2026-03-20' });
    expect([status.status, status.paidAmount, status.pastDueAmount]).toEqual(['behind', '300.00', '300.00']);
    expect(status.findings.map((f) => [f.code, f.severity, f.path])).toEqual([['PLAN_PAYMENT_MAYBE_IN_STATE', 'warning', ['payments', 0]]]);
    const withRef = { ...p, paymentId: 'r1' };
    const heldRef = applyPayment({ state: st, payment: withRef }).state;
    expect(planStatus({ plan: heldRef, payments: [withRef], asOf: '2026-03-20' })).toMatchObject({ status: 'behind', paidAmount: '300.00', findings: [] });
    expect(codeOf(() => planStatus({ plan: heldRef, payments: [{ ...withRef, amount: '1.00' }], asOf: '2026-03-20' }))).toBe('PLAN_PAYMENT_CONFLICT');
  });

  it('counts what the state holds in paidAmount, and applies the new payments on top', () => {
    const held = applyPayment({ state: fresh(), payment: { amount: '300.00', date: '2026-02-15', paymentId: 'a' } }).state;
    const status = planStatus({ plan: held, payments: [{ amount: '300.00', date: '2026-03-15', paymentId: 'b' }, { amount: '300.00', date: '2026-03-15', paymentId: 'b' }], asOf: '2026-03-20' });
    expect([status.status, status.paidAmount, status.outstandingAmount]).toEqual(['onTrack', '600.00', '300.00']);
  });
});

describe('late fees and status (no pyramiding, 16 CFR 444.4)', () => {
  it('a late fee alone never makes a paid-up plan behind or broken', () => {
    const charged = addCharges({ state: fresh(), charges: [{ id: 'late-fee:1:1', installment: 1, amount: '15.00', date: '2026-02-26', currency: 'USD' }] }).state;
    // Every installment paid on its date, the fee never.
    let state = charged;
    for (const [date, ref] of [['2026-02-15', 'a'], ['2026-03-15', 'b']] as const) state = applyPayment({ state, payment: { amount: '300.00', date, paymentId: ref } }).state;
    const status = planStatus({ plan: state, payments: [], asOf: '2026-04-01', rules: { maxMissedInstallments: 0 } });
    expect([status.status, status.pastDueAmount, status.unpaidFees, status.missedInstallments]).toEqual(['onTrack', '0.00', '15.00', 0]);
    expect(status.oldestUnpaid).toEqual({ number: 3, dueDate: '2026-04-15', dueAmount: '300.00', dueFees: '0.00' });
    const done = applyPayment({ state, payment: { amount: '300.00', date: '2026-04-15', paymentId: 'c' } }).state;
    expect(planStatus({ plan: done, payments: [], asOf: '2026-05-01' })).toMatchObject({ status: 'onTrack', outstandingAmount: '15.00', unpaidFees: '15.00' });
    expect(planStatus({ plan: applyPayment({ state: done, payment: { amount: '15.00', date: '2026-05-01', paymentId: 'd' } }).state, payments: [], asOf: '2026-05-01' }).status).toBe('completed');
  });

  it('still reports a short installment as past due when the caller pays fees first', () => {
    const charged = addCharges({ state: fresh(), charges: [{ id: 'f', installment: 1, amount: '15.00', currency: 'USD' }] }).state;
    const state = applyPayment({ state: charged, payment: { amount: '300.00', date: '2026-02-15' }, waterfall: ['fees', 'interest', 'principal'] }).state;
    expect(planStatus({ plan: state, payments: [], asOf: '2026-02-20' })).toMatchObject({ status: 'behind', pastDueAmount: '15.00', unpaidFees: '0.00' });
  });
});

describe('state rows say what is due on them', () => {
  it('writes the installment amount and what is unpaid on each row', () => {
    const charged = addCharges({ state: createPlanState(buildSchedule(loan)), charges: [{ id: 'f', installment: 1, amount: '15.00', currency: 'USD' }] }).state;
    const { state } = applyPayment({ state: charged, payment: { amount: '100.00', date: '2026-02-15' } });
    expect(state.installments[0]).toEqual({
      number: 1,
      dueDate: '2026-02-15',
      principal: '396.03',
      interest: '12.00',
      fees: '15.00',
      principalPaid: '88.00',
      interestPaid: '12.00',
      feesPaid: '0.00',
      amount: '408.03',
      unpaid: '323.03',
    });
    expect(codeOf(() => applyPayment({ state: { ...state, installments: state.installments.map((r, i) => (i === 0 ? { ...r, amount: '1.00' } : r)) }, payment: { amount: '1.00', date: '2026-03-01' } }))).toBe('PLAN_INVALID_STATE');
  });
});
