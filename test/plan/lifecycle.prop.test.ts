import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.js';
import { toMinorUnits } from '../../src/money/index.js';
import { applyPayment, buildSchedule, createPlanState, isArrearsError, planStatus, reamortize, safeApplyPayment, safePlanStatus, safeReamortize, safeValidatePlanTerms } from '../../src/plan/index.js';
import type { PlanState } from '../../src/plan/index.js';
import { minorToAmountString, planTermsArb } from '../arbitraries/plan.js';

const c = (state: PlanState, key: 'principal' | 'interest' | 'fees' | 'principalPaid' | 'interestPaid' | 'feesPaid'): bigint =>
  state.installments.reduce((sum, r) => sum + toMinorUnits(r[key], state.terms.currency), 0n);

const m = (currency: string): number => (currency === 'JPY' ? 0 : currency === 'KWD' ? 3 : 2);

const scenario = fc.record({
  terms: planTermsArb.filter((t) => t.interestMethod !== 'dayCount'),
  payments: fc.array(fc.record({ minor: fc.bigInt({ min: 1n, max: 5_000_000n }), gap: fc.integer({ min: 0, max: 45 }) }), { maxLength: 6 }),
  waterfall: fc.constantFrom(['fees', 'interest', 'principal'], ['principal', 'interest', 'fees'], ['interest', 'fees', 'principal']) as fc.Arbitrary<['fees' | 'interest' | 'principal', 'fees' | 'interest' | 'principal', 'fees' | 'interest' | 'principal']>,
  allocation: fc.constantFrom('installment', 'component') as fc.Arbitrary<'installment' | 'component'>,
  overpayment: fc.constantFrom('nextInstallments', 'principal') as fc.Arbitrary<'nextInstallments' | 'principal'>,
});

describe('applyPayment (properties)', () => {
  it('conserves money: allocations, principal reduction and unapplied sum to the payment; principal stays the amount financed', () => {
    fc.assert(
      fc.property(scenario, ({ terms, payments, waterfall, allocation, overpayment }) => {
        const plan = buildSchedule(terms);
        let state = createPlanState(plan);
        const financed = toMinorUnits(plan.amountFinanced, terms.currency);
        let date = terms.agreementDate;
        let received = 0n;
        for (const p of payments) {
          date = addDays(date, p.gap);
          const amount = minorToAmountString(p.minor, m(terms.currency));
          const before = JSON.stringify(state);
          const { state: next, receipt } = applyPayment({ state, payment: { amount, date }, waterfall, allocation, overpayment });
          expect(JSON.stringify(state)).toBe(before);
          const allocated = receipt.allocations.reduce((s, a) => s + toMinorUnits(a.amount, terms.currency), 0n);
          expect(allocated + toMinorUnits(receipt.principalReductionAmount, terms.currency) + toMinorUnits(receipt.unappliedAmount, terms.currency)).toBe(p.minor);
          received += p.minor;
          state = next;
          expect(c(state, 'principal')).toBe(financed);
          expect(c(state, 'principalPaid') + c(state, 'interestPaid') + c(state, 'feesPaid') + toMinorUnits(state.credit, terms.currency)).toBe(received);
          for (const r of state.installments) {
            for (const k of ['principal', 'interest', 'fees'] as const) expect(toMinorUnits(r[`${k}Paid`], terms.currency) <= toMinorUnits(r[k], terms.currency)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('reamortize (properties)', () => {
  it('keeps totals consistent: principal still sums to the amount financed, nothing paid is lost, spread keeps every total', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 400 }), fc.constantFrom('spread', 'extend', 'recompute') as fc.Arbitrary<'spread' | 'extend' | 'recompute'>, ({ terms, payments }, after, mode) => {
        const plan = buildSchedule(terms);
        let state = createPlanState(plan);
        let date = terms.agreementDate;
        for (const p of payments) {
          date = addDays(date, p.gap);
          state = applyPayment({ state, payment: { amount: minorToAmountString(p.minor, m(terms.currency)), date } }).state;
        }
        const asOf = addDays(terms.agreementDate, after);
        const result = safeReamortize({ state, asOf, strategy: mode });
        if (!result.success) {
          expect(result.error.code).toBe('PLAN_NOTHING_TO_REAMORTIZE');
          return;
        }
        const next = result.data;
        expect(c(next, 'principal')).toBe(toMinorUnits(plan.amountFinanced, terms.currency));
        for (const key of ['principalPaid', 'interestPaid', 'feesPaid'] as const) expect(c(next, key)).toBe(c(state, key));
        if (mode !== 'recompute') {
          expect(c(next, 'interest')).toBe(c(state, 'interest'));
          expect(c(next, 'fees')).toBe(c(state, 'fees'));
        }
        const dates = next.installments.map((r) => r.dueDate);
        for (let k = 1; k < dates.length; k += 1) expect((dates[k] as string) >= (dates[k - 1] as string)).toBe(true);
        // The next state takes payments and reports a status.
        expect(planStatus({ plan: next, payments: [], asOf }).outstandingAmount).toBeDefined();
      }),
    );
  });
});

describe('plan functions (junk)', () => {
  it('throw only ValidationError for junk', () => {
    const state = createPlanState(buildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 2 }));
    fc.assert(
      fc.property(fc.anything().filter((x) => !Array.isArray(x) && x !== undefined), (junk) => {
        for (const result of [safeApplyPayment({ state: junk, payment: { amount: '1.00', date: '2026-02-01' } }), safeApplyPayment({ state, payment: junk }), safePlanStatus({ plan: junk, payments: [], asOf: '2026-01-01' }), safePlanStatus({ plan: state, payments: junk, asOf: '2026-01-01' }), safeReamortize({ state, asOf: '2026-03-01', strategy: junk }), safeValidatePlanTerms({ terms: junk, policy: {} })]) {
          expect(result.success).toBe(false);
          if (!result.success) expect(isArrearsError(result.error) && result.error.name === 'ValidationError').toBe(true);
        }
      }),
    );
  });
});
