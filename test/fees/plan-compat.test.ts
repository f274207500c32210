import { describe, expect, it } from 'vitest';
import { assessLateFees, safeAssessLateFees } from '../../src/fees/index.js';
import { applyPayment, buildSchedule, createPlanState, reamortize } from '../../src/plan/index.js';

// A plan goes to assessLateFees whole, as `plan`: a plan schedule (buildSchedule) or a plan state
// (createPlanState, applyPayment, reamortize), each row due its principal plus interest.

const policy = { trigger: { graceDays: 15 }, amount: { type: 'percent', rate: '0.05', of: 'principalAndInterest' }, caps: { lifetime: { originalBalanceRate: '0.005' } } } as const;
const schedule = buildSchedule({ principal: '10000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 });

describe('assessLateFees with a plan', () => {
  it('accepts a buildSchedule result as plan', () => {
    const paid = schedule.installments.slice(0, 2).map((row) => ({ amount: row.amount, date: row.dueDate }));
    const result = assessLateFees({ plan: schedule, payments: paid, policy, asOf: '2026-06-30' });
    // Installments 3 (2026-04-01), 4 and 5 are unpaid: 5% of 888.49 = 44.42 each, the lifetime
    // cap of 0.5% of the 10,000.00 financed (50.00) lets 44.42 + 5.58 through.
    expect(result.fees.map((f) => [f.installment, f.date, f.amount])).toEqual([
      [3, '2026-04-17', '44.42'],
      [4, '2026-05-17', '5.58'],
    ]);
    expect(result.notCharged.map((n) => [n.details.installment, n.code])).toEqual([[5, 'FEES_CAP_REACHED']]);
  });

  it('refuses a plan schedule passed as schedule (its extra keys are not fee schedule keys), and schedule with plan', () => {
    const asSchedule = safeAssessLateFees({ schedule: schedule as never, payments: [], policy, asOf: '2026-06-30' });
    expect(asSchedule.success).toBe(false);
    const both = safeAssessLateFees({ plan: schedule, schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-02-01', amount: '1.00' }] }, payments: [], policy, asOf: '2026-06-30' });
    expect(both.success ? 'ok' : both.error.path).toEqual(['plan']);
    const neither = safeAssessLateFees({ payments: [], policy, asOf: '2026-06-30' } as never);
    expect(neither.success ? 'ok' : neither.error.path).toEqual(['schedule']);
  });

  it('assesses a plan state as its schedule: the same fees', () => {
    const state = createPlanState(schedule);
    expect(assessLateFees({ plan: state, payments: [], policy, asOf: '2026-06-30' }).fees).toEqual(assessLateFees({ plan: schedule, payments: [], policy, asOf: '2026-06-30' }).fees);
  });

  it('assesses a re-amortized plan without hand-built input: the new rows are what is due', () => {
    const terms = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 12 } as const;
    const paidTwo = [{ amount: '100.00', date: '2026-02-15' }, { amount: '100.00', date: '2026-03-15' }];
    let state = createPlanState(buildSchedule(terms));
    for (const p of paidTwo) state = applyPayment({ state, payment: p }).state;
    const re = reamortize({ state, asOf: '2026-06-01', strategy: 'recompute', installments: 4 });
    // The state's payment log holds the two payments: they are not given again.
    const result = assessLateFees({ plan: re, policy: { trigger: { graceDays: 10 }, amount: { type: 'flat', amount: '15.00' } }, asOf: '2026-12-31' });
    // Rows 3 and 4 were closed at 0.00 by the recompute; the four new rows of 250.00 are what is due.
    expect(result.fees.map((f) => [f.installment, f.date, f.amount])).toEqual([[5, '2026-06-26', '15.00'], [6, '2026-07-26', '15.00'], [7, '2026-08-26', '15.00'], [8, '2026-09-26', '15.00']]);
  });

  it('refuses a payment in another currency than the plan\'s with FEES_CURRENCY_MISMATCH', () => {
    const result = safeAssessLateFees({ plan: schedule, payments: [{ amount: '100.00', date: '2026-02-01', currency: 'EUR' }], policy, asOf: '2026-06-30' });
    expect(result.success ? 'ok' : [result.error.code, result.error.path]).toEqual(['FEES_CURRENCY_MISMATCH', ['payments', 0, 'currency']]);
  });
});
