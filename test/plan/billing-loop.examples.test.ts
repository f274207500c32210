// Counterexamples of the billing-loop property (test/plan/billing-loop.prop.test.ts), as plain
// examples. FC_SEED=-1776733743 found the first: a re-amortization 'recompute' dropped the fees
// that sat on installments not yet due (there after an 'extend' moved a late fee to a new
// installment), so the fees due fell below the charges posted.
import { describe, expect, it } from 'vitest';
import { addCharges, applyPayment, buildSchedule, createPlanState, reamortize, reversePayment, safeAddCharges } from '../../src/plan/index.js';
import type { PlanState } from '../../src/plan/index.js';

const cents = (amount: string): bigint => BigInt(amount.replace('.', ''));
const sum = (state: PlanState, pick: (r: PlanState['installments'][number]) => string): bigint => state.installments.reduce((s, r) => s + cents(pick(r)), 0n);
const held = (state: PlanState): bigint => state.installments.reduce((s, r) => s + cents(r.principalPaid) + cents(r.interestPaid) + cents(r.feesPaid), cents(state.credit));
const charged = (state: PlanState): bigint => (state.charges ?? []).reduce((s, c) => s + cents(c.amount), 0n);

const plan = (annualRate = '0'): PlanState =>
  createPlanState(buildSchedule({ principal: '100.00', currency: 'USD', annualRate, frequency: 'biweekly', agreementDate: '2026-01-10', firstDueDate: '2026-01-24', installments: 3 }));

describe('the billing loop (examples from its property)', () => {
  it('FC_SEED=-1776733743: pay, extend, return the payment, recompute: the late fee stays owed', () => {
    let state = applyPayment({ state: plan(), payment: { amount: '10.00', date: '2026-01-26', paymentId: 'p1' } }).state;
    state = addCharges({ state, charges: [{ id: 'late:1:2026-01-24', installment: 1, amount: '10.00', date: '2026-02-08', currency: 'USD' }] }).state;
    state = reamortize({ state, asOf: '2026-02-08', strategy: 'extend' });
    // 'extend' moves the unpaid fee with the arrears to a new installment after the last.
    expect(state.installments.map((r) => `${r.number} ${r.dueDate} ${r.fees} ${r.principal}`)).toEqual([
      '1 2026-01-24 0.00 10.00',
      '2 2026-02-07 0.00 0.00',
      '3 2026-02-21 0.00 33.34',
      '4 2026-03-07 10.00 23.33',
      '5 2026-03-21 0.00 33.33',
    ]);
    state = reversePayment({ state, paymentId: 'p1', reversedOn: '2026-02-08' }).state;
    expect([sum(state, (r) => r.principal), sum(state, (r) => r.fees), held(state)]).toEqual([10000n, 1000n, 0n]);
    state = reamortize({ state, asOf: '2026-02-22', strategy: 'recompute' });
    expect(sum(state, (r) => r.principal)).toBe(10000n);
    expect(sum(state, (r) => r.fees)).toBe(charged(state));
    expect(sum(state, (r) => r.fees)).toBe(1000n);
    expect(held(state)).toBe(0n);
    expect(state.installments.map((r) => r.unpaid)).toEqual(['0.00', '0.00', '0.00', '55.00', '55.00']);
  });

  it('recompute keeps a fee posted on an installment not yet due (no extend before it)', () => {
    // A returned-payment fee posted on the next installment, before it is due.
    let state = addCharges({ state: plan(), charges: [{ id: 'nsf:1', installment: 3, amount: '25.00', date: '2026-02-08', currency: 'USD' }] }).state;
    state = reamortize({ state, asOf: '2026-02-08', strategy: 'recompute' });
    expect(sum(state, (r) => r.principal)).toBe(10000n);
    expect(sum(state, (r) => r.fees)).toBe(2500n);
  });

  it('recompute keeps the unpaid fee of an installment not yet due that already received money', () => {
    let state = addCharges({ state: plan(), charges: [{ id: 'nsf:1', installment: 3, amount: '25.00', date: '2026-01-20', currency: 'USD' }] }).state;
    // 100.00 on 2026-01-24 pays installment 1, 2 and 33.34 of installment 3 (not yet due): its fee stays unpaid.
    state = applyPayment({ state, payment: { amount: '100.00', date: '2026-01-24', paymentId: 'p1' } }).state;
    expect(state.installments[2]?.unpaid).toBe('25.00');
    state = reamortize({ state, asOf: '2026-02-08', strategy: 'recompute' });
    expect(sum(state, (r) => r.fees)).toBe(2500n);
    expect(sum(state, (r) => r.principal)).toBe(10000n);
    expect(held(state)).toBe(10000n);
  });

  it('reverses a payment after recompute, after extend, and after two re-amortizations: money is conserved', () => {
    for (const modes of [['recompute'], ['extend'], ['extend', 'extend'], ['extend', 'recompute'], ['recompute', 'extend'], ['spread', 'recompute']] as const) {
      let state = applyPayment({ state: plan('0.1299'), payment: { amount: '50.00', date: '2026-01-26', paymentId: 'p1' } }).state;
      state = addCharges({ state, charges: [{ id: 'late:2', installment: 2, amount: '10.00', date: '2026-02-18', currency: 'USD' }] }).state;
      const principal = sum(state, (r) => r.principal);
      let asOf = '2026-02-18';
      for (const mode of modes) {
        const r = reamortize({ state, asOf, strategy: mode });
        state = r;
        asOf = '2026-03-30';
      }
      state = reversePayment({ state, paymentId: 'p1', reversedOn: asOf }).state;
      expect([modes.join('+'), sum(state, (r) => r.principal), sum(state, (r) => r.fees), held(state)]).toEqual([modes.join('+'), principal, 1000n, 0n]);
      for (const r of state.installments) expect(cents(r.unpaid ?? '')).toBe(cents(r.principal) + cents(r.interest) + cents(r.fees) - cents(r.principalPaid) - cents(r.interestPaid) - cents(r.feesPaid));
    }
  });

  it('posts a charge again unchanged after recompute replaced its installment (the nightly fee job)', () => {
    const monthly = createPlanState(buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
    let state = addCharges({ state: monthly, charges: [{ id: 'nsf:1', installment: 3, amount: '10.00', date: '2026-02-08', currency: 'USD' }] }).state;
    state = reamortize({ state, asOf: '2026-02-20', strategy: 'recompute', installments: 1 });
    // Installment 3 is gone: the one new installment is number 2.
    expect(state.installments.map((r) => `${r.number} ${r.fees} ${r.principal}`)).toEqual(['1 0.00 0.00', '2 10.00 300.00']);
    const again = addCharges({ state, charges: [{ id: 'nsf:1', installment: 3, amount: '10.00', date: '2026-02-08', currency: 'USD' }] });
    expect([again.posted, sum(again.state, (r) => r.fees), charged(again.state)]).toEqual([[], 1000n, 1000n]);
    // Changing it on an installment the plan no longer has still fails closed.
    const changed = safeAddCharges({ state, charges: [{ id: 'nsf:1', installment: 3, amount: '12.00', currency: 'USD' }] });
    expect(changed.success ? undefined : changed.error.code).toBe('PLAN_CHARGE_CONFLICT');
  });

  it('says a re-amortization moved the fee when a charge it moved is lowered', () => {
    let state = addCharges({ state: plan(), charges: [{ id: 'late:1', installment: 1, amount: '10.00', currency: 'USD' }] }).state;
    state = reamortize({ state, asOf: '2026-02-08', strategy: 'extend' });
    const r = safeAddCharges({ state, charges: [{ id: 'late:1', installment: 1, amount: '0.00', currency: 'USD' }] });
    expect(r.success ? undefined : [r.error.code, r.error.message]).toEqual([
      'PLAN_CHARGE_CONFLICT',
      '"charges.0.amount": installment 1 has 0.00 of fees due and 0.00 paid; the charge "late:1" cannot fall to 0.00 (a re-amortization moved its fee to other installments).',
    ]);
  });

  it('FC_SEED=4: a payment on the day of a recompute that kept an installment not yet due is accepted', () => {
    const monthly = createPlanState(buildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: 3 }));
    let state = applyPayment({ state: monthly, payment: { amount: '50.00', date: '2026-02-12', paymentId: 'p1' } }).state;
    state = applyPayment({ state, payment: { amount: '5.00', date: '2026-02-13', paymentId: 'p2' } }).state;
    // Pays installment 2 ahead and 23.34 of installment 3 (due 2026-04-10).
    state = applyPayment({ state, payment: { amount: '35.00', date: '2026-03-02', paymentId: 'p3' } }).state;
    state = reversePayment({ state, paymentId: 'p1', reversedOn: '2026-03-04' }).state;
    state = reamortize({ state, asOf: '2026-03-11', strategy: 'recompute' });
    // Installment 3 is kept (it received money), so the new schedule's interest runs from its due date.
    expect([state.terms.agreementDate, state.installments.map((r) => `${r.number} ${r.dueDate} ${r.unpaid}`)]).toEqual(['2026-04-10', ['1 2026-02-10 0.00', '2 2026-03-10 0.00', '3 2026-04-10 0.00', '4 2026-05-10 60.00']]);
    const paid = applyPayment({ state, payment: { amount: '10.00', date: '2026-03-11', paymentId: 'p4' } });
    expect([paid.receipt.allocations, held(paid.state)]).toEqual([[{ installment: 4, component: 'principal', amount: '10.00' }], 5000n]);
    // Never before the re-amortization (which was computed without it), nor before the last payment applied.
    expect(() => applyPayment({ state, payment: { amount: '10.00', date: '2026-03-05', paymentId: 'p5' } })).toThrow(/before the plan's re-amortization on 2026-03-11/);
    expect(() => applyPayment({ state: paid.state, payment: { amount: '10.00', date: '2026-03-10', paymentId: 'p5' } })).toThrow(/before the last payment applied \(2026-03-11\)|re-amortization on 2026-03-11/);
  });

  it('FC_SEED=-1668255896: a principal prepayment that leaves less than a cent per installment is applied', () => {
    // 99.99 of 100.00 to principal: the 0.01 left is re-amortized over one installment, not three zeros.
    const monthly = createPlanState(buildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: 3 }));
    const { state, receipt } = applyPayment({ state: monthly, payment: { amount: '99.99', date: '2026-01-10', paymentId: 'p1' }, overpayment: 'principal' });
    expect(receipt.principalReductionAmount).toBe('99.99');
    expect(state.installments.map((r) => `${r.principal} ${r.principalPaid} ${r.unpaid}`)).toEqual(['100.00 99.99 0.01', '0.00 0.00 0.00', '0.00 0.00 0.00']);
    const loan = createPlanState(buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0.24', frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: 12 }));
    const level = applyPayment({ state: loan, payment: { amount: '999.98', date: '2026-01-10', paymentId: 'p1' }, overpayment: 'principal' }).state;
    expect(level.installments.slice(0, 3).map((r) => `${r.principal} ${r.interest}`)).toEqual(['999.99 0.00', '0.01 0.00', '0.00 0.00']);
  });

  it('a recompute by default never makes more installments than the principal left has minor units', () => {
    const six = createPlanState(buildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: 6 }));
    const paid = applyPayment({ state: six, payment: { amount: '99.98', date: '2026-01-10', paymentId: 'p1' }, overpayment: 'principal' }).state;
    // 0.02 of principal left, five installments still to come: two new installments of 0.01.
    const recomputed = reamortize({ state: paid, asOf: '2026-02-11', strategy: 'recompute' });
    expect(recomputed.installments.map((r) => `${r.number} ${r.dueDate} ${r.principal} ${r.unpaid}`)).toEqual(['1 2026-02-10 99.98 0.00', '2 2026-03-10 0.01 0.01', '3 2026-04-10 0.01 0.01']);
    // Asked for five, it is refused: each would be zero.
    expect(() => reamortize({ state: paid, asOf: '2026-02-11', strategy: 'recompute', installments: 5 })).toThrow(/would be zero/);
  });
});
