// Issue 19 (open item 1): a chain of re-amortizations never loses or repeats interest already
// earned. Each case failed before the state recorded the interest a re-amortization moves
// (`interestCarried`): a recompute recomputed it with the installments it replaced.
import { describe, expect, it } from 'vitest';
import { addCharges, applyPayment, buildSchedule, createPlanState, planStatus, reamortize, reversePayment, safePlanStatus } from '../../src/plan/index.js';
import type { PlanState } from '../../src/plan/index.js';
import { codeOrNone } from '../support/errors.js';

const cents = (amount: string | undefined): bigint => BigInt((amount ?? '0.00').replace('.', ''));
const total = (state: PlanState, pick: (r: PlanState['installments'][number]) => string | undefined): bigint => state.installments.reduce((s, r) => s + cents(pick(r)), 0n);
const rows = (state: PlanState): string[] => state.installments.map((r) => `${r.number} ${r.dueDate} ${r.principal} ${r.interest} ${r.interestCarried ?? '-'}`);

// 1200.00 at 24% a year, monthly, 4 installments: interest 24.00, 18.18, 12.24, 6.18 (60.60).
// By 2026-03-20 the first two have fallen due unpaid: 42.18 of interest is earned.
const loan = createPlanState(buildSchedule({ principal: '1200.00', currency: 'USD', annualRate: '0.24', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 4 }));

describe('reamortize: chains keep the interest earned', () => {
  it('extend on 2026-03-20, then recompute on 2026-03-21: the 42.18 earned is carried, not lost', () => {
    const extended = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'extend' });
    // 'extend' moves the arrears (42.18 of interest among them) to new installments, marked carried.
    expect(extended.installments.slice(4).map((r) => [r.interest, r.interestCarried])).toEqual([
      ['42.18', '42.18'],
      ['0.00', undefined],
    ]);
    const recomputed = reamortize({ state: extended, asOf: '2026-03-21', strategy: 'recompute' });
    // 1200.00 over the 4 installments still to come from 2026-03-15: 24.00 + 18.18 + 12.24 + 6.18,
    // plus the 42.18 earned, spread evenly (the residual last): 60.60 + 42.18 = 102.78.
    expect(rows(recomputed)).toEqual([
      '1 2026-02-15 0.00 0.00 -',
      '2 2026-03-15 0.00 0.00 -',
      '3 2026-04-15 291.15 34.54 10.54',
      '4 2026-05-15 296.97 28.72 10.54',
      '5 2026-06-15 302.91 22.78 10.54',
      '6 2026-07-15 308.97 16.74 10.56',
    ]);
    expect(total(recomputed, (r) => r.interest)).toBe(10278n);
  });

  it('spread, then recompute on the same day, is the recompute alone', () => {
    const alone = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'recompute' });
    expect(total(alone, (r) => r.interest)).toBe(4218n + 2400n + 1212n);
    expect(reamortize({ state: reamortize({ state: loan, asOf: '2026-03-20', strategy: 'spread' }), asOf: '2026-03-20', strategy: 'recompute' })).toEqual(alone);
    // A day later, in the same period, the same again.
    const later = reamortize({ state: reamortize({ state: loan, asOf: '2026-03-20', strategy: 'spread' }), asOf: '2026-03-21', strategy: 'recompute' });
    expect(total(later, (r) => r.interest)).toBe(7830n);
  });

  it('a second recompute on the same day changes nothing', () => {
    const once = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'recompute' });
    expect(reamortize({ state: once, asOf: '2026-03-20', strategy: 'recompute' })).toEqual(once);
    expect(total(reamortize({ state: once, asOf: '2026-03-21', strategy: 'recompute' }), (r) => r.interest)).toBe(7830n);
  });

  it('a principal prepayment keeps the carried interest (only interest not yet earned is re-amortized)', () => {
    const extended = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'extend' });
    const { state } = applyPayment({ state: extended, payment: { amount: '700.00', date: '2026-03-25', paymentId: 'pp' }, overpayment: 'principal' });
    expect(state.installments[4]?.interestCarried).toBe('42.18');
    expect(total(state, (r) => r.interestCarried)).toBe(4218n);
    // The 500.00 of principal left, re-amortized over the same four dates from 2026-03-15: 25.24.
    expect(total(state, (r) => r.interest)).toBe(4218n + 2524n);
  });

  it('a payment pays carried interest first; a recompute carries only what is unpaid of it', () => {
    const spread = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'spread' });
    expect(spread.installments.slice(2).map((r) => [r.interest, r.interestCarried])).toEqual([
      ['33.33', '21.09'],
      ['27.27', '21.09'],
    ]);
    // 30.00 on installment 3 pays its 21.09 carried and 8.91 of its own 12.24.
    const paid = applyPayment({ state: spread, payment: { amount: '30.00', date: '2026-03-25', paymentId: 'p' } }).state;
    const recomputed = reamortize({ state: paid, asOf: '2026-04-20', strategy: 'recompute' });
    // Earned and unpaid by 2026-04-20: 3.33 of installment 3, and the 21.09 carried on installment 4.
    const carried = recomputed.installments.filter((r) => r.dueDate >= '2026-04-20').reduce((s, r) => s + cents(r.interestCarried), 0n);
    expect(carried).toBe(333n + 2109n);
    // Nothing earned disappears: what was paid, what is carried, and the new schedule's interest.
    expect(total(recomputed, (r) => r.interestPaid)).toBe(3000n);
  });

  it('a returned payment makes the interest it paid owed again, and a later recompute carries it', () => {
    const spread = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'spread' });
    const paid = applyPayment({ state: spread, payment: { amount: '630.30', date: '2026-04-15', paymentId: 'p' } }).state;
    const returned = reversePayment({ state: paid, paymentId: 'p', reversedOn: '2026-04-18' }).state;
    expect(returned).toEqual({ ...spread, payments: returned.payments, lastPaymentDate: '2026-04-15' });
    const recomputed = reamortize({ state: returned, asOf: '2026-04-20', strategy: 'recompute' });
    // Installment 3 (33.33 of interest, 21.09 of it carried) and installment 4's carried 21.09.
    const carried = recomputed.installments.filter((r) => r.dueDate >= '2026-04-20').reduce((s, r) => s + cents(r.interestCarried), 0n);
    expect(carried).toBe(3333n + 2109n);
  });

  it('keeps a fee posted on a carried row through a later recompute', () => {
    const extended = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'extend' });
    const charged = addCharges({ state: extended, charges: [{ id: 'late:3', installment: 3, amount: '15.00', currency: 'USD' }] }).state;
    const recomputed = reamortize({ state: charged, asOf: '2026-04-20', strategy: 'recompute' });
    expect(total(recomputed, (r) => r.fees)).toBe(1500n);
  });
});

describe('reamortize: recompute with an installment paid ahead', () => {
  it("keeps the unpaid interest of that installment's own period (the new schedule starts at its due date)", () => {
    // 640.00 on 2026-03-25 pays installments 1 and 2 (630.30) and 9.70 of installment 3's 12.24 interest.
    const paid = applyPayment({ state: loan, payment: { amount: '640.00', date: '2026-03-25', paymentId: 'a' } }).state;
    const recomputed = reamortize({ state: paid, asOf: '2026-03-26', strategy: 'recompute' });
    expect(recomputed.installments.map((r) => `${r.number} ${r.dueDate} ${r.principal} ${r.interest} ${r.unpaid}`)).toEqual([
      '1 2026-02-15 291.15 24.00 0.00',
      '2 2026-03-15 296.97 18.18 0.00',
      // 2026-03-15 to 2026-04-15: 12.24, of which 2.54 is still owed on 2026-04-15.
      '3 2026-04-15 0.00 12.24 2.54',
      // 611.88 from 2026-04-15 to 2026-05-15 at 2% a month.
      '4 2026-05-15 611.88 12.24 624.12',
    ]);
    expect(total(recomputed, (r) => r.interest)).toBe(2400n + 1818n + 1224n + 1224n);
  });
});

describe('reamortize: payments after a re-amortization', () => {
  it('refuses a payment dated before the re-amortization, which was computed without it', () => {
    const extended = reamortize({ state: loan, asOf: '2026-03-20', strategy: 'extend' });
    expect(codeOrNone(() => applyPayment({ state: extended, payment: { amount: '10.00', date: '2026-03-19', paymentId: 'late' } }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
    // On the day itself, or after, it is applied.
    expect(applyPayment({ state: extended, payment: { amount: '10.00', date: '2026-03-20', paymentId: 'same-day' } }).receipt.allocations).toEqual([{ installment: 3, component: 'interest', amount: '10.00' }]);
  });

  it('bounds payments by the re-amortization, not by the new schedule\'s interest start', () => {
    // All installments fell due and the plan's next date (2026-06-15) has passed: extend starts
    // the new ones on 2026-07-15, the terms' date rule on 2026-06-15.
    const extended = reamortize({ state: loan, asOf: '2026-06-20', strategy: 'extend' });
    expect([extended.terms.agreementDate, extended.terms.firstDueDate, extended.installments[4]?.dueDate]).toEqual(['2026-06-15', '2026-07-15', '2026-07-15']);
    expect(applyPayment({ state: extended, payment: { amount: '10.00', date: '2026-06-20', paymentId: 'p' } }).duplicate).toBe(false);
    expect(codeOrNone(() => applyPayment({ state: extended, payment: { amount: '10.00', date: '2026-06-16', paymentId: 'p' } }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
  });
});

describe('reamortize: extend after the last due date', () => {
  it('never adds an installment already past due (FC_SEED=-488053951: extend, then recompute, numbered apart)', () => {
    const short = createPlanState(buildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: 2 }));
    // Both installments fell due unpaid; on 2026-04-11 the plan's next date, 2026-04-10, has passed.
    const extended = reamortize({ state: short, asOf: '2026-04-11', strategy: 'extend' });
    expect(extended.installments.slice(2).map((r) => `${r.number} ${r.dueDate} ${r.principal}`)).toEqual(['3 2026-05-10 50.00', '4 2026-06-10 50.00']);
    expect(planStatus({ plan: extended, payments: [], asOf: '2026-04-11' }).status).toBe('onTrack');
    // The terms follow: the plan's date rule now numbers installment 3 on 2026-05-10.
    expect([extended.terms.firstDueDate, extended.termsFirstInstallment]).toEqual(['2026-05-10', 3]);
    expect(reamortize({ state: extended, asOf: '2026-04-11', strategy: 'recompute', installments: 1 })).toEqual(reamortize({ state: short, asOf: '2026-04-11', strategy: 'recompute', installments: 1 }));
  });
});

describe('reamortize: order of re-amortizations', () => {
  it('records the date of the last re-amortization', () => {
    expect(reamortize({ state: loan, asOf: '2026-03-20', strategy: 'spread' }).reamortizedOn).toBe('2026-03-20');
    expect(loan.reamortizedOn).toBeUndefined();
  });

  it('refuses a re-amortization dated before the last one (the interest between would count twice)', () => {
    const recomputed = reamortize({ state: loan, asOf: '2026-03-21', strategy: 'recompute' });
    expect(codeOrNone(() => reamortize({ state: recomputed, asOf: '2026-03-01', strategy: 'recompute' }))).toBe('PLAN_REAMORTIZE_OUT_OF_ORDER');
    expect(codeOrNone(() => reamortize({ state: recomputed, asOf: '2026-03-20', strategy: 'extend' }))).toBe('PLAN_REAMORTIZE_OUT_OF_ORDER');
    // The same day is fine (and changes nothing here: nothing new fell due).
    expect(reamortize({ state: recomputed, asOf: '2026-03-21', strategy: 'recompute' })).toEqual(recomputed);
  });
});

describe('reamortize: the payment log after a chain', () => {
  it('a recompute to fewer rows than a returned payment once paid leaves a state its own functions accept', () => {
    const flat = createPlanState(buildSchedule({ principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 4 }));
    // 1000.00 paid ahead on installments 1-4, then returned; the recompute keeps 3 rows.
    let state = applyPayment({ state: flat, payment: { amount: '1000.00', date: '2026-02-10', paymentId: 'a' } }).state;
    state = reversePayment({ state, paymentId: 'a', reversedOn: '2026-02-20' }).state;
    state = reamortize({ state, asOf: '2026-03-20', strategy: 'recompute', installments: 1 });
    expect(state.installments.map((r) => `${r.number} ${r.dueDate} ${r.principal}`)).toEqual(['1 2026-02-15 0.00', '2 2026-03-15 0.00', '3 2026-04-15 1200.00']);
    // The returned payment's log entry still names installment 4: history, not a claim on a row.
    expect(state.payments?.[0]?.allocations.at(-1)?.installment).toBe(4);
    expect(applyPayment({ state, payment: { amount: '10.00', date: '2026-03-25', paymentId: 'b' } }).receipt.allocations).toEqual([{ installment: 3, component: 'principal', amount: '10.00' }]);
    expect(reversePayment({ state, paymentId: 'a', reversedOn: '2026-03-25' }).duplicate).toBe(true);
  });
});

describe('planStatus: a malformed state', () => {
  it('is an error, never read as a schedule without its payments', () => {
    const flat = createPlanState(buildSchedule({ principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
    const paid = applyPayment({ state: flat, payment: { amount: '300.00', date: '2026-02-15' } }).state;
    expect(planStatus({ plan: paid, payments: [], asOf: '2026-02-16' }).paidAmount).toBe('300.00');
    const result = safePlanStatus({ plan: { ...paid, credit: '-1.00' }, payments: [], asOf: '2026-02-16' });
    expect(result.success ? 'read' : [result.error.code, result.error.path]).toEqual(['PLAN_INVALID_STATE', ['plan', 'credit']]);
  });
});
