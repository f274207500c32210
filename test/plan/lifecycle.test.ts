import { describe, expect, it } from 'vitest';
import { applyPayment, buildSchedule, createPlanState, planStatus, reamortize, safePlanStatus, safeReamortize } from '../../src/plan/index.js';
import { codeOrNone as codeOf } from '../support/errors.js';

const flat = { principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const loan = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 4 } as const;

function sum(values: readonly string[]): string {
  return (values.reduce((s, v) => s + Math.round(Number(v) * 100), 0) / 100).toFixed(2);
}

describe('planStatus', () => {
  const plan = buildSchedule(flat);

  it('is on track before anything is due, and reports the next installment', () => {
    expect(planStatus({ plan, payments: [], asOf: '2026-02-01' })).toEqual({
      status: 'onTrack',
      paidAmount: '0.00',
      outstandingAmount: '900.00',
      pastDueAmount: '0.00',
      daysPastDue: 0,
      missedInstallments: 0,
      unpaidFees: '0.00',
      oldestUnpaid: { number: 1, dueDate: '2026-02-15', dueAmount: '300.00', dueFees: '0.00' },
      nextDue: { number: 1, dueDate: '2026-02-15', dueAmount: '300.00', dueFees: '0.00' },
      brokenBy: [],
      findings: [],
    });
  });

  it('is behind after one missed installment and broken after two', () => {
    const behind = planStatus({ plan, payments: [], asOf: '2026-02-16' });
    expect([behind.status, behind.daysPastDue, behind.pastDueAmount, behind.missedInstallments]).toEqual(['behind', 1, '300.00', 1]);
    const broken = planStatus({ plan, payments: [], asOf: '2026-03-16' });
    expect([broken.status, broken.brokenBy, broken.daysPastDue]).toEqual(['broken', ['maxMissedInstallments'], 29]);
  });

  it('applies the policy: grace days, days past due, a higher missed count', () => {
    expect(planStatus({ plan, payments: [], asOf: '2026-02-20', rules: { graceDays: 5 } }).status).toBe('onTrack');
    expect(planStatus({ plan, payments: [], asOf: '2026-02-21', rules: { graceDays: 5 } }).status).toBe('behind');
    expect(planStatus({ plan, payments: [], asOf: '2026-03-16', rules: { maxMissedInstallments: 2 } }).status).toBe('behind');
    expect(planStatus({ plan, payments: [], asOf: '2026-03-16', rules: { maxMissedInstallments: 1 } }).status).toBe('broken');
    expect(planStatus({ plan, payments: [], asOf: '2026-03-17', rules: { maxMissedInstallments: 2, maxDaysPastDue: 29 } }).brokenBy).toEqual(['maxDaysPastDue']);
    // The bound is inclusive: 29 days late is still within maxDaysPastDue 29 (F29, row 5).
    expect(planStatus({ plan, payments: [], asOf: '2026-03-16', rules: { maxMissedInstallments: 2, maxDaysPastDue: 29 } }).brokenBy).toEqual([]);
  });

  it('counts a partial payment and ignores payments after asOf', () => {
    const status = planStatus({ plan, payments: [{ amount: '500.00', date: '2026-03-10' }, { amount: '100.00', date: '2026-05-01' }], asOf: '2026-03-20' });
    expect([status.status, status.paidAmount, status.pastDueAmount, status.oldestUnpaid]).toEqual(['behind', '500.00', '100.00', { number: 2, dueDate: '2026-03-15', dueAmount: '100.00', dueFees: '0.00' }]);
  });

  it('is completed once everything is paid, for a schedule or a state', () => {
    expect(planStatus({ plan, payments: [{ amount: '900.00', date: '2026-02-15' }], asOf: '2026-06-01' }).status).toBe('completed');
    const state = applyPayment({ state: createPlanState(plan), payment: { amount: '300.00', date: '2026-02-15' } }).state;
    expect(planStatus({ plan: state, payments: [{ amount: '600.00', date: '2026-02-20' }], asOf: '2026-06-01' }).status).toBe('completed');
  });

  it('rejects malformed input', () => {
    expect(codeOf(() => planStatus({ plan, payments: [], asOf: '2026-13-01' }))).toBe('CALENDAR_INVALID_DATE');
    expect(codeOf(() => planStatus({ plan, payments: [{ amount: '1', date: '2025-01-01' }], asOf: '2026-01-01' }))).toBe('PLAN_PAYMENT_OUT_OF_ORDER');
    expect(safePlanStatus({ plan, payments: [], asOf: '2026-01-01', rules: { missedInstallments: 0 } }).success).toBe(false);
  });
});

describe('reamortize', () => {
  it('spreads the arrears over the remaining installments, keeping the totals', () => {
    const state = applyPayment({ state: createPlanState(buildSchedule(loan)), payment: { amount: '100.00', date: '2026-02-15' } }).state;
    const next = reamortize({ state, asOf: '2026-03-20', strategy: 'spread' });
    expect(next.installments.slice(0, 2).every((r) => r.principal === r.principalPaid && r.interest === r.interestPaid)).toBe(true);
    expect(sum(next.installments.map((r) => r.principal))).toBe('1200.00');
    expect(sum(next.installments.map((r) => r.interest))).toBe(sum(state.installments.map((r) => r.interest)));
    expect(next.installments.map((r) => r.dueDate)).toEqual(state.installments.map((r) => r.dueDate));
  });

  it('extends the term with new installments of the regular amount', () => {
    const state = createPlanState(buildSchedule(flat));
    const next = reamortize({ state, asOf: '2026-03-20', strategy: 'extend' });
    expect(next.installments.map((r) => [r.number, r.dueDate, r.principal])).toEqual([
      [1, '2026-02-15', '0.00'],
      [2, '2026-03-15', '0.00'],
      [3, '2026-04-15', '300.00'],
      [4, '2026-05-15', '300.00'],
      [5, '2026-06-15', '300.00'],
    ]);
  });

  it('recomputes the payment on the principal still owed, spreading unpaid interest', () => {
    const state = createPlanState(buildSchedule(loan));
    const next = reamortize({ state, asOf: '2026-03-20', strategy: 'recompute' });
    const kept = next.installments.slice(0, 2);
    expect(kept.map((r) => r.principal)).toEqual(['0.00', '0.00']);
    const fresh = next.installments.slice(2);
    expect(fresh.map((r) => [r.number, r.dueDate])).toEqual([
      [3, '2026-04-15'],
      [4, '2026-05-15'],
    ]);
    expect(sum(next.installments.map((r) => r.principal))).toBe('1200.00');
    // The unpaid interest of the first two installments is spread over the two new ones.
    const rebuilt = buildSchedule({ ...loan, principal: '1200.00', agreementDate: '2026-03-15', firstDueDate: '2026-04-15', installments: 2 });
    expect(fresh.map((r) => r.principal)).toEqual(rebuilt.installments.map((r) => r.principal));
    const unpaid = sum(state.installments.slice(0, 2).map((r) => r.interest));
    expect(sum(fresh.map((r) => r.interest))).toBe(sum([rebuilt.totals.interest, unpaid]));
  });

  it('recomputes over a new count and a new first due date', () => {
    const state = createPlanState(buildSchedule(loan));
    const next = reamortize({ state, asOf: '2026-03-20', strategy: 'recompute', installments: 6, firstDueDate: '2026-04-01' });
    expect(next.installments.slice(2).map((r) => r.dueDate)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01']);
    expect(sum(next.installments.map((r) => r.principal))).toBe('1200.00');
    // Payments keep working on the new state.
    const paid = applyPayment({ state: next, payment: { amount: '50.00', date: '2026-04-01' } });
    expect(paid.receipt.allocations[0]?.installment).toBe(3);
    expect(codeOf(() => reamortize({ state, asOf: '2026-03-20', strategy: 'recompute', firstDueDate: '2026-03-01' }))).toBe('PLAN_NOTHING_TO_REAMORTIZE');
  });

  it('refuses when there is nothing to re-amortize', () => {
    const state = createPlanState(buildSchedule(flat));
    const paid = applyPayment({ state, payment: { amount: '900.00', date: '2026-02-15' } }).state;
    expect(codeOf(() => reamortize({ state: paid, asOf: '2026-03-20', strategy: 'spread' }))).toBe('PLAN_NOTHING_TO_REAMORTIZE');
    expect(codeOf(() => reamortize({ state, asOf: '2026-05-01', strategy: 'spread' }))).toBe('PLAN_NOTHING_TO_REAMORTIZE');
    expect(safeReamortize({ state, asOf: '2026-05-01', strategy: 'sideways' }).success).toBe(false);
  });
});
