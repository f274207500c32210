import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recurrence } from '../../src/calendar/index.js';
import { getCurrency, toMinorUnits } from '../../src/money/index.js';
import { buildSchedule, isArrearsError, safeBuildSchedule } from '../../src/plan/index.js';
import type { PlanSchedule, PlanTermsInput } from '../../src/plan/index.js';
import { occurrenceIsos } from '../../src/plan/due-dates.js';
import { bigintOps, numberOps } from '../../src/plan/plan-arithmetic.js';
import { planSpec } from '../../src/plan/plan-spec.js';
import { computeRows } from '../../src/plan/schedule.js';
import { PlanTermsSchema } from '../../src/plan/schemas.js';
import { anyPlanTermsArb, minorToAmountString, planTermsArb } from '../arbitraries/plan.js';

/** The regular amount of a schedule: the installment, or the principal part of an equal-principal plan. */
const regularOf = (s: { regularInstallmentAmount?: string; regularPrincipalAmount?: string }): string => (s.regularInstallmentAmount ?? s.regularPrincipalAmount) as string;

const D = Decimal.clone({ precision: 80 });

function minor(amount: string, currency: string): bigint {
  return toMinorUnits(amount, currency);
}

function checkExact(plan: PlanSchedule): void {
  const c = plan.currency;
  const m = getCurrency(c).minorUnits;
  const shape = m === 0 ? /^[0-9]+$/ : new RegExp(`^[0-9]+\\.[0-9]{${m}}$`);
  let balance = minor(plan.amountFinanced, c);
  let principal = 0n;
  let interest = 0n;
  let payments = 0n;
  plan.installments.forEach((row, k) => {
    for (const value of [row.amount, row.principal, row.interest, row.balance]) expect(value).toMatch(shape);
    expect(row.number).toBe(k + 1);
    expect(minor(row.amount, c)).toBe(minor(row.principal, c) + minor(row.interest, c));
    const next = balance - minor(row.principal, c);
    expect(minor(row.balance, c)).toBe(next);
    expect(next <= balance).toBe(true);
    balance = next;
    principal += minor(row.principal, c);
    interest += minor(row.interest, c);
    payments += minor(row.amount, c);
  });
  expect(balance).toBe(0n);
  expect(principal).toBe(minor(plan.amountFinanced, c));
  expect(payments).toBe(principal + interest);
  expect(minor(plan.totals.installmentsAmount, c)).toBe(payments);
  expect(minor(plan.totals.interest, c)).toBe(interest);
  expect(plan.installments.every((r) => Number(r.amount) > 0)).toBe(true);
}

describe('buildSchedule (properties)', () => {
  it('is exact: minor digits, balance to zero, principal sums to the amount financed, payments to principal plus interest, nothing negative, balance never rising', () => {
    fc.assert(
      fc.property(planTermsArb, (terms) => {
        checkExact(buildSchedule(terms));
      }),
    );
  });

  it('has strictly increasing due dates, the same as arrears/calendar recurrences', () => {
    fc.assert(
      fc.property(planTermsArb, (terms) => {
        const plan = buildSchedule(terms);
        const dates = plan.installments.map((r) => r.dueDate);
        for (let k = 1; k < dates.length; k += 1) expect((dates[k] as string) > (dates[k - 1] as string)).toBe(true);
        expect(dates).toEqual(recurrence({ frequency: terms.frequency, start: terms.firstDueDate, count: dates.length }));
      }),
    );
  });

  it('solves the count from the payment and the payment from the count consistently', () => {
    // Periodic interest: the rows follow the payment formula (day-count interest may end a plan
    // a row early or late, as the last installment settles the difference).
    fc.assert(
      fc.property(planTermsArb.filter((t) => t.interestMethod !== 'dayCount'), (terms) => {
        const byCount = buildSchedule(terms);
        const { installments: n, ...rest } = terms;
        // The count of an equal-principal plan is solved from its principal part.
        // (at 0% the principal part is the whole installment).
        const byPayment = buildSchedule({ ...rest, ...(rest.method === 'equalPrincipal' ? { regularPrincipalAmount: regularOf(byCount) } : { installmentAmount: regularOf(byCount) }) });
        expect(regularOf(byPayment)).toBe(regularOf(byCount));
        expect(byPayment.installmentCount).toBeLessThanOrEqual(n);
        expect(regularOf(buildSchedule({ ...rest, installments: byPayment.installmentCount }))).toBe(regularOf(byCount));
        if (byPayment.installmentCount === byCount.installmentCount) expect(byPayment.installments).toEqual(byCount.installments);
        checkExact(byPayment);
      }),
    );
  });

  it('refuses exactly the level plans whose rounded installment never exceeds a period\'s rounded interest', () => {
    // Half the cases are small balances at high rates over many periods, where the level
    // payment comes within a cent of the interest; the reference is decimal.js, half-up.
    const tight = fc
      .tuple(anyPlanTermsArb, fc.integer({ min: 1000, max: 6000 }), fc.integer({ min: 1500, max: 3600 }), fc.integer({ min: 30, max: 120 }))
      .map(([t, minorAmount, bp, n]) => ({
        ...t,
        principal: minorToAmountString(BigInt(minorAmount), t.currency === 'JPY' ? 0 : t.currency === 'KWD' ? 3 : 2),
        annualRate: (bp / 10_000).toFixed(4),
        installments: n,
        method: 'level' as const,
      }));
    const periods: Record<string, number> = { weekly: 52, biweekly: 26, fourWeekly: 13, semiMonthly: 24, monthly: 12, quarterly: 4 };
    let refused = 0;
    let built = 0;
    fc.assert(
      fc.property(fc.oneof(anyPlanTermsArb, tight), (terms) => {
        const result = safeBuildSchedule(terms);
        const m = terms.currency === 'JPY' ? 0 : terms.currency === 'KWD' ? 3 : 2;
        let expected = false;
        if (terms.annualRate !== '0' && terms.method !== 'equalPrincipal') {
          const i = new D(terms.annualRate).div(periods[terms.frequency] as number);
          const b = new D(terms.principal).times(new D(10).pow(m));
          const payment = b.times(i).div(new D(1).minus(i.plus(1).pow(-terms.installments))).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
          expected = payment.lte(b.times(i).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
        }
        if (result.success) {
          built += 1;
          expect(expected).toBe(false);
          // Every row of a periodic level plan then repays principal, the last included.
          if (terms.interestMethod !== 'dayCount' && terms.method !== 'equalPrincipal' && terms.annualRate !== '0') {
            for (const row of result.data.installments) expect(minor(row.principal, terms.currency) > 0n).toBe(true);
          }
        } else {
          refused += 1;
          expect({ code: result.error.code, path: result.error.path }).toEqual({ code: 'PLAN_PAYMENT_TOO_SMALL', path: ['installments'] });
          expect(expected).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Both outcomes were exercised (the tight arbitrary makes refusals common).
    expect(refused).toBeGreaterThan(0);
    expect(built).toBeGreaterThan(0);
  });

  it('gives the same rows on safe integers and on bigints', () => {
    fc.assert(
      fc.property(planTermsArb, (terms) => {
        const parsed = PlanTermsSchema.parse(terms);
        const plan = buildSchedule(terms);
        const spec = planSpec(parsed);
        const n = terms.installments;
        const dates = occurrenceIsos(spec.rule, n);
        const payment = minor(regularOf(plan), plan.currency);
        const fast = computeRows(numberOps(spec.minorUnits, spec.rounding), spec, n, payment, dates);
        const slow = computeRows(bigintOps(spec.currency, spec.rounding), spec, n, payment, dates);
        expect(fast?.rows).toEqual(slow?.rows);
        expect(fast?.rows).toEqual(plan.installments);
      }),
    );
  });

  it('equals a decimal.js reference for level plans without an odd first period', () => {
    const arb = fc.record({
      cents: fc.bigInt({ min: 10_000n, max: 10_000_000_000n }),
      bp: fc.integer({ min: 1, max: 3000 }),
      n: fc.integer({ min: 1, max: 360 }),
    });
    fc.assert(
      fc.property(arb, ({ cents, bp, n }) => {
        const principal = new D(cents.toString()).div(100);
        const rate = new D(bp).div(10_000);
        const i = rate.div(12);
        const payment = principal.times(i).div(new D(1).minus(i.plus(1).pow(-n))).toDecimalPlaces(2, D.ROUND_HALF_UP);
        if (payment.lte(principal.times(rate).div(12).toDecimalPlaces(2, D.ROUND_HALF_UP))) {
          // The rounded payment never exceeds the rounded interest: the plan cannot amortize.
          expect(safeBuildSchedule({ principal: principal.toFixed(2), currency: 'USD', annualRate: rate.toFixed(4), frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: n }).success).toBe(false);
          return;
        }
        let balance = principal;
        const rows: string[][] = [];
        for (let k = 1; k <= n; k += 1) {
          // balance × rate / 12, dividing last: a tie such as 44767.92 × 0.25 / 12 = 932.665 stays
          // an exact tie (balance × (0.25 / 12) at 80 digits would round it down).
          const interest = balance.times(rate).div(12).toDecimalPlaces(2, D.ROUND_HALF_UP);
          const regular = payment.minus(interest);
          // The last installment, or one that would repay more than is owed, pays the balance.
          const part = k === n || regular.gte(balance) ? balance : regular;
          balance = balance.minus(part);
          rows.push([part.plus(interest).toFixed(2), part.toFixed(2), interest.toFixed(2), balance.toFixed(2)]);
          if (balance.isZero()) break;
        }
        const plan = buildSchedule({ principal: principal.toFixed(2), currency: 'USD', annualRate: rate.toFixed(4), frequency: 'monthly', agreementDate: '2026-01-10', firstDueDate: '2026-02-10', installments: n });
        expect(plan.regularInstallmentAmount).toBe(payment.toFixed(2));
        expect(plan.installments.map((r) => [r.amount, r.principal, r.interest, r.balance])).toEqual(rows);
      }),
    );
  });

  it('throws only ValidationError for junk', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = safeBuildSchedule(junk);
        expect(result.success).toBe(false);
        if (!result.success) expect(isArrearsError(result.error) && result.error.name === 'ValidationError').toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('principal', 'currency', 'annualRate', 'frequency', 'agreementDate', 'firstDueDate', 'installments'), fc.anything()), (junk) => {
        const result = safeBuildSchedule({ principal: '100.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 2, ...junk } as PlanTermsInput);
        if (!result.success) expect(['ValidationError', 'DomainRuleError']).toContain(result.error.name);
      }),
    );
  });
});
