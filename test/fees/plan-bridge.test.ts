import { describe, expect, it } from 'vitest';
import { assessLateFees, isArrearsError, safeToPlanCharges, toPlanCharges } from '../../src/fees/index.js';
import type { FeePlanCharge } from '../../src/fees/index.js';
import { PlanChargeSchema, addCharges as planAddCharges, applyPayment, buildSchedule, createPlanState, planStatus } from '../../src/plan/index.js';
import type { PlanStateInput } from '../../src/plan/index.js';

// buildSchedule -> assessLateFees -> toPlanCharges -> addCharges -> applyPayment -> planStatus.

// Charges carry their currency (issue 19 item 9): addCharges of arrears/plan takes them whole
// and refuses a charge in another currency than the plan's.
function addCharges(input: { readonly state: PlanStateInput; readonly charges: readonly FeePlanCharge[] }) {
  return planAddCharges(input);
}

const plan = buildSchedule({ principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 });
const policy = { trigger: { graceDays: 10 }, amount: { type: 'flat', amount: '15.00' } } as const;

describe('toPlanCharges', () => {
  it('turns each assessed fee into a charge with its id, installment, amount and date', () => {
    const assessment = assessLateFees({ plan, payments: [], policy, asOf: '2026-04-01' });
    expect(toPlanCharges(assessment)).toEqual([
      { id: 'late-fee:1:1', installment: 1, amount: '15.00', date: '2026-02-26', currency: 'USD' },
      { id: 'late-fee:2:1', installment: 2, amount: '15.00', date: '2026-03-26', currency: 'USD' },
    ]);
  });

  it('gives every charge the assessment\'s currency: a 1,500 JPY fee is a JPY charge', () => {
    const yen = assessLateFees({ schedule: { currency: 'JPY', installments: [{ number: 1, dueDate: '2026-02-01', amount: '30000' }] }, policy: { amount: { type: 'flat', amount: '1500' } }, asOf: '2026-03-01' });
    expect(toPlanCharges(yen)).toEqual([{ id: 'late-fee:1:1', installment: 1, amount: '1500', date: '2026-02-02', currency: 'JPY' }]);
  });

  it('refuses an assessment without its currency', () => {
    expect(() => toPlanCharges({ fees: [] } as never)).toThrow(/currency/);
  });

  it('gives no charges when no fee is due', () => {
    expect(toPlanCharges(assessLateFees({ plan, payments: [], policy, asOf: '2026-02-20' }))).toEqual([]);
  });

  it('throws a ValidationError for anything not shaped like an assessment', () => {
    for (const junk of [null, 'fees', { currency: 'USD', fees: [{ id: 'x', installment: 0, amount: '1.00', date: '2026-01-01', currency: 'USD' }] }, { currency: 'USD', fees: [{ id: 'x', installment: 1, amount: '1e3', date: '2026-01-01', currency: 'USD' }] }]) {
      let thrown: unknown;
      try {
        toPlanCharges(junk as never);
      } catch (error) {
        thrown = error;
      }
      expect(isArrearsError(thrown) && thrown.name === 'ValidationError').toBe(true);
    }
    expect(safeToPlanCharges({ currency: 'USD', fees: [] })).toEqual({ success: true, data: [] });
  });
});

describe('late fees on a payment plan, end to end', () => {
  it('posts the fees once, pays them after the installments, and reports them apart in the status', () => {
    const asOf = '2026-04-01';
    const assessment = assessLateFees({ plan, payments: [], policy, asOf });
    const state = createPlanState(plan);
    const first = addCharges({ state, charges: toPlanCharges(assessment) });
    expect(first.posted.map((p) => [p.id, p.changeAmount])).toEqual([['late-fee:1:1', '15.00'], ['late-fee:2:1', '15.00']]);
    expect(first.state.installments.map((i) => i.fees)).toEqual(['15.00', '15.00', '0.00']);

    // The nightly job runs again: the same assessment changes nothing.
    const again = addCharges({ state: first.state, charges: toPlanCharges(assessLateFees({ plan, payments: [], policy, asOf })) });
    expect(again.posted).toEqual([]);
    expect(again.state).toEqual(first.state);

    // The default waterfall pays the installments first, fees last (no pyramiding, 16 CFR 444.4).
    const { state: paid, receipt } = applyPayment({ state: again.state, payment: { amount: '330.00', date: asOf } });
    expect(receipt.allocations).toEqual([
      { installment: 1, component: 'principal', amount: '300.00' },
      { installment: 2, component: 'principal', amount: '30.00' },
    ]);

    const status = planStatus({ plan: paid, payments: [], asOf });
    expect([status.status, status.pastDueAmount, status.missedInstallments, status.unpaidFees]).toEqual(['behind', '270.00', 1, '30.00']);
    // Fees are reported apart from what is past due: they never make an installment late.
    expect([planStatus({ plan: again.state, payments: [], asOf }).pastDueAmount, planStatus({ plan: again.state, payments: [], asOf }).unpaidFees]).toEqual(['600.00', '30.00']);
  });

  it('takes the plan\'s own payments as they are: a payment with its paymentId is a fee payment too', () => {
    const payment = { amount: '300.00', date: '2026-02-01', paymentId: 'chk-1' } as const;
    const { state } = applyPayment({ state: createPlanState(plan), payment });
    const assessment = assessLateFees({ plan, payments: [payment], policy, asOf: '2026-04-01' });
    expect(assessment.fees.map((f) => f.installment)).toEqual([2]);
    expect(state.payments?.map((p) => p.paymentId)).toEqual(['chk-1']);
  });

  it('posts only the growth of an accruing fee, under the same id', () => {
    const daily = { trigger: { graceDays: 10 }, amount: { type: 'daily', perDay: { type: 'flat', amount: '1.00' }, maxDays: 30 } } as const;
    const state = createPlanState(plan);
    const early = addCharges({ state, charges: toPlanCharges(assessLateFees({ plan, payments: [], policy: daily, asOf: '2026-02-28' })) });
    expect(early.posted.map((p) => [p.id, p.changeAmount, p.amount])).toEqual([['late-fee:1:1', '3.00', '3.00']]);
    const later = addCharges({ state: early.state, charges: toPlanCharges(assessLateFees({ plan, payments: [], policy: daily, asOf: '2026-03-05' })) });
    expect(later.posted.map((p) => [p.id, p.changeAmount, p.amount])).toEqual([['late-fee:1:1', '5.00', '8.00']]);
    expect(later.state.installments[0]?.fees).toBe('8.00');
    expect(later.state.charges?.map((c) => [c.id, c.amount, c.date])).toEqual([['late-fee:1:1', '8.00', '2026-02-26']]);
  });

  it('addCharges of arrears/plan refuses a charge in another currency', () => {
    expect(PlanChargeSchema.safeParse({ id: 'x', installment: 1, amount: '1.00', currency: 'USD' }).success).toBe(true);
    const yen = toPlanCharges(assessLateFees({ schedule: { currency: 'JPY', installments: [{ number: 1, dueDate: '2026-02-01', amount: '30000' }] }, policy: { amount: { type: 'flat', amount: '1500' } }, asOf: '2026-03-01' }));
    let code: string | undefined;
    try {
      planAddCharges({ state: createPlanState(plan), charges: yen });
    } catch (error) {
      code = isArrearsError(error) ? error.code : 'not an arrears error';
    }
    expect(code).toBe('PLAN_CURRENCY_MISMATCH');
  });
});
