import { describe, expect, it } from 'vitest';
import { applyPayment, buildSchedule, createPlanState, safeApplyPayment, safeCreatePlanState } from '../../src/plan/index.js';
import type { PlanState } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const terms = { principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const loanTerms = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function withFees(state: PlanState, index: number, fees: string): PlanState {
  // `unpaid` is derived from the amounts and checked: a hand edit of `fees` drops it.
  return { ...state, installments: state.installments.map(({ unpaid: _u, ...row }, i) => (i === index ? { ...row, fees } : { ...row, unpaid: _u })) };
}

describe('createPlanState', () => {
  it('starts with every installment due and nothing paid', () => {
    const state = createPlanState(buildSchedule(loanTerms));
    // 1200.00 at 1% a month in 3: 408.03, 408.03, 408.02.
    expect(state.installments.map((r) => [r.dueDate, r.principal, r.interest, r.fees, r.principalPaid])).toEqual([
      ['2026-02-15', '396.03', '12.00', '0.00', '0.00'],
      ['2026-03-15', '399.99', '8.04', '0.00', '0.00'],
      ['2026-04-15', '403.98', '4.04', '0.00', '0.00'],
    ]);
    expect(state.credit).toBe('0.00');
    expect(safeCreatePlanState({ terms: loanTerms, installments: [{ number: 2, dueDate: '2026-02-15', principal: '1.00', interest: '0.00' }] }).success).toBe(false);
  });
});

describe('applyPayment', () => {
  it('pays interest, then principal, then fees by default, oldest installment first (no pyramiding, 16 CFR 444.4)', () => {
    const state = withFees(createPlanState(buildSchedule(loanTerms)), 0, '25.00');
    const { receipt } = applyPayment({ state, payment: { amount: '50.00', date: '2026-02-20', paymentId: 'chk-1' } });
    expect(receipt.allocations).toEqual([
      { installment: 1, component: 'interest', amount: '12.00' },
      { installment: 1, component: 'principal', amount: '38.00' },
    ]);
  });

  it('pays fees, then interest, then principal when the waterfall says so', () => {
    const state = withFees(createPlanState(buildSchedule(loanTerms)), 0, '25.00');
    const { state: next, receipt } = applyPayment({ state, payment: { amount: '50.00', date: '2026-02-20', paymentId: 'chk-1' }, waterfall: ['fees', 'interest', 'principal'] });
    expect(receipt).toEqual({
      amount: '50.00',
      date: '2026-02-20',
      paymentId: 'chk-1',
      allocations: [
        { installment: 1, component: 'fees', amount: '25.00' },
        { installment: 1, component: 'interest', amount: '12.00' },
        { installment: 1, component: 'principal', amount: '13.00' },
      ],
      principalReductionAmount: '0.00',
      unappliedAmount: '0.00',
    });
    expect(next.installments[0]).toMatchObject({ feesPaid: '25.00', interestPaid: '12.00', principalPaid: '13.00' });
    expect(next.lastPaymentDate).toBe('2026-02-20');
  });

  it('follows a custom waterfall, and pays component by component when asked', () => {
    const state = withFees(createPlanState(buildSchedule(loanTerms)), 0, '25.00');
    const due = applyPayment({ state, payment: { amount: '1000.00', date: '2026-03-15' }, allocation: 'component' }).receipt.allocations;
    expect(due.slice(0, 4)).toEqual([
      { installment: 1, component: 'interest', amount: '12.00' },
      { installment: 2, component: 'interest', amount: '8.04' },
      { installment: 1, component: 'principal', amount: '396.03' },
      { installment: 2, component: 'principal', amount: '399.99' },
    ]);
    expect(due[4]).toEqual({ installment: 1, component: 'fees', amount: '25.00' });
  });

  it('takes partial payments and sends overpayments to the next installments', () => {
    const state = createPlanState(buildSchedule(terms));
    const partial = applyPayment({ state, payment: { amount: '100.00', date: '2026-02-15' } });
    expect(partial.state.installments[0]?.principalPaid).toBe('100.00');
    const over = applyPayment({ state: partial.state, payment: { amount: '1000.00', date: '2026-02-16' } });
    expect(over.receipt.allocations.map((a) => [a.installment, a.amount])).toEqual([
      [1, '200.00'],
      [2, '300.00'],
      [3, '300.00'],
    ]);
    expect(over.receipt.unappliedAmount).toBe('200.00');
    expect(over.state.credit).toBe('200.00');
  });

  it('sends an overpayment to principal and re-amortizes the installments not yet due', () => {
    const state = createPlanState(buildSchedule(loanTerms));
    const { state: next, receipt } = applyPayment({ state, payment: { amount: '608.03', date: '2026-02-15' }, overpayment: 'principal' });
    expect(receipt.allocations).toEqual([
      { installment: 1, component: 'interest', amount: '12.00' },
      { installment: 1, component: 'principal', amount: '396.03' },
    ]);
    expect(receipt.principalReductionAmount).toBe('200.00');
    // 803.97 − 200.00 = 603.97 left, re-amortized over the same two dates at 1% a month.
    const rest = next.installments.slice(1);
    const again = buildSchedule({ ...loanTerms, principal: '603.97', agreementDate: '2026-02-15', firstDueDate: '2026-03-15', installments: 2 }).installments;
    expect(rest.map((r) => [r.dueDate, (Number(r.principal) - Number(r.principalPaid)).toFixed(2), r.interest])).toEqual(again.map((r) => [r.dueDate, r.principal, r.interest]));
    expect(rest.map((r) => r.principalPaid)).toEqual(['200.00', '0.00']);
    const principal = next.installments.reduce((sum, r) => sum + Math.round(Number(r.principal) * 100), 0);
    expect(principal).toBe(120000);
    // Paying everything off early cancels the interest not yet earned.
    const payoff = applyPayment({ state, payment: { amount: '5000.00', date: '2026-02-15' }, overpayment: 'principal' });
    expect(payoff.state.installments.slice(1).map((r) => r.interest)).toEqual(['0.00', '0.00']);
    expect(payoff.receipt.principalReductionAmount).toBe('803.97');
    expect(payoff.receipt.unappliedAmount).toBe('3788.00');
  });

  it('never changes its input', () => {
    const state = deepFreeze(createPlanState(buildSchedule(terms)));
    const copy = JSON.parse(JSON.stringify(state)) as unknown;
    applyPayment({ state, payment: { amount: '400.00', date: '2026-03-15' } });
    applyPayment({ state, payment: { amount: '400.00', date: '2026-02-15' }, overpayment: 'principal' });
    expect(state).toEqual(copy);
  });

  it('rejects payments out of order and malformed input', () => {
    const state = createPlanState(buildSchedule(terms));
    expect(codeOf(() => applyPayment({ state, payment: { amount: '1.00', date: '2026-01-01' } }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
    const later = applyPayment({ state, payment: { amount: '1.00', date: '2026-03-01' } }).state;
    expect(codeOf(() => applyPayment({ state: later, payment: { amount: '1.00', date: '2026-02-01' } }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
    expect(codeOf(() => applyPayment({ state, payment: { amount: '1.001', date: '2026-03-01' } }))).toBe('MONEY_TOO_MANY_DECIMALS');
    expect(codeOf(() => applyPayment({ state, payment: { amount: '0', date: '2026-03-01' } }))).toBe('MONEY_NOT_POSITIVE');
    expect(codeOf(() => applyPayment({ state, payment: { amount: '1.00', date: '2026-02-30' } }))).toBe('CALENDAR_INVALID_DATE');
    expect(codeOf(() => applyPayment({ state: { ...state, installments: [{ ...(state.installments[0] as PlanState['installments'][number]), principalPaid: '500.00' }] }, payment: { amount: '1.00', date: '2026-03-01' } }))).toBe('PLAN_INVALID_STATE');
    expect(codeOf(() => applyPayment({ state, payment: { amount: '1.00', date: '2026-03-01' }, waterfall: ['fees', 'fees', 'principal'] }))).toBe('PLAN_INVALID_TERMS');
    expect(safeApplyPayment({ state: null, payment: {} }).success).toBe(false);
  });
});
