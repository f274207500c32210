// The whole billing loop on random accounts (issue 19, "Done means"): a plan, payments early,
// late, partial, returned and repeated, late fees posted with addCharges every night, the
// status, and re-amortization when the plan breaks. After every step: money is conserved to
// the minor unit, nothing is counted twice, and the status agrees with a simple reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.js';
import { addCharges, applyPayment, buildSchedule, createPlanState, planStatus, reamortize, reversePayment, safeReamortize } from '../../src/plan/index.js';
import type { PlanState, PlanTermsInput } from '../../src/plan/index.js';

/** USD amounts as integer cents (test-side arithmetic, independent of the library). */
const cents = (amount: string): bigint => BigInt(amount.replace('.', ''));
const usd = (c: bigint): string => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

const termsArb: fc.Arbitrary<PlanTermsInput> = fc
  .record({
    principal: fc.bigInt({ min: 10_000n, max: 500_000n }),
    rate: fc.constantFrom('0', '0.05', '0.1299', '0.24'),
    frequency: fc.constantFrom('monthly', 'biweekly'),
    installments: fc.integer({ min: 2, max: 12 }),
  })
  .map((r) => ({ principal: usd(r.principal), currency: 'USD', annualRate: r.rate, frequency: r.frequency, agreementDate: '2026-01-10', firstDueDate: r.frequency === 'monthly' ? '2026-02-10' : '2026-01-24', installments: r.installments }));

type Step =
  | { kind: 'pay'; days: number; share: number; toPrincipal: boolean }
  | { kind: 'repeat'; days: number; pick: number }
  | { kind: 'return'; days: number; pick: number }
  | { kind: 'reamortize'; days: number; strategy: 'spread' | 'extend' | 'recompute'; installments: number | undefined };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('pay' as const), days: fc.integer({ min: 0, max: 40 }), share: fc.constantFrom(0.3, 1, 1, 1.5, 3), toPrincipal: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), days: fc.integer({ min: 0, max: 5 }), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('return' as const), days: fc.integer({ min: 0, max: 10 }), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reamortize' as const),
      days: fc.integer({ min: 0, max: 30 }),
      strategy: fc.constantFrom('spread' as const, 'extend' as const, 'recompute' as const),
      installments: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    }),
  },
);

const FEE = cents('10.00');
const GRACE = 10;

/** The nightly fee job: a flat 10.00 on every installment whose own amount is unpaid more than GRACE days after its due date (fees never count toward lateness). */
function postFees(state: PlanState, asOf: string): PlanState {
  const charges = state.installments
    .filter((r) => cents(r.principal) + cents(r.interest) > cents(r.principalPaid) + cents(r.interestPaid) && addDays(r.dueDate, GRACE) < asOf)
    .map((r) => ({ id: `late:${r.number}:${r.dueDate}`, installment: r.number, amount: usd(FEE), currency: 'USD', date: asOf }));
  return addCharges({ state, charges }).state;
}

/**
 * The interest a state holds as earned by `date`: all the interest of the installments due
 * before it, and the interest carried (moved there from arrears) on those due on or after it.
 * A re-amortization on `date` may move it, never lose or add to it.
 */
function earnedBy(state: PlanState, date: string): bigint {
  return state.installments.reduce((sum, r) => sum + (r.dueDate < date ? cents(r.interest) : cents(r.interestCarried ?? '0.00')), 0n);
}

const interestOf = (state: PlanState): bigint => state.installments.reduce((sum, r) => sum + cents(r.interest), 0n);

/** The simple reference of a status: count the installments whose principal or interest is unpaid after their due date. */
function referenceStatus(state: PlanState, asOf: string): { status: string; pastDue: bigint; fees: bigint; outstanding: bigint } {
  let pastDue = 0n;
  let missed = 0;
  let fees = 0n;
  let outstanding = 0n;
  for (const r of state.installments) {
    const own = cents(r.principal) + cents(r.interest) - cents(r.principalPaid) - cents(r.interestPaid);
    const fee = cents(r.fees) - cents(r.feesPaid);
    fees += fee;
    outstanding += own + fee;
    if (own > 0n && r.dueDate < asOf) {
      pastDue += own;
      missed += 1;
    }
  }
  const status = outstanding === 0n ? 'completed' : missed >= 2 ? 'broken' : missed === 1 ? 'behind' : 'onTrack';
  return { status, pastDue, fees, outstanding };
}

describe('the billing loop (properties)', () => {
  it('conserves money, never counts a payment twice, and agrees with a simple status', () => {
    fc.assert(
      fc.property(termsArb, fc.array(stepArb, { minLength: 1, maxLength: 25 }), (terms, steps) => {
        const schedule = buildSchedule(terms);
        const financed = cents(schedule.amountFinanced);
        let state = createPlanState(schedule);
        let asOf = terms.agreementDate;
        // The model: what each reference paid and whether it is still standing.
        const received = new Map<string, { amount: string; date: string; standing: boolean }>();
        let k = 0;
        for (const step of steps) {
          asOf = addDays(asOf, step.days);
          state = postFees(state, asOf);
          const status = planStatus({ plan: state, payments: [], asOf });
          if (step.kind === 'pay') {
            const due = status.nextDue ?? status.oldestUnpaid;
            const base = due === undefined ? cents('25.00') : cents(due.dueAmount) + cents(due.dueFees);
            const amount = BigInt(Math.max(1, Math.round(Number(base) * step.share)));
            const p = { amount: usd(amount), date: asOf, paymentId: `p${(k += 1)}` };
            const before = state;
            // Overpayments go to the next installments, or (some accounts) to principal.
            const result = applyPayment({ state, payment: p, ...step.toPrincipal ? { overpayment: 'principal' } : {} });
            expect(result.duplicate).toBe(false);
            state = result.state;
            received.set(p.paymentId, { amount: p.amount, date: p.date, standing: true });
            // planStatus given the payment again counts it once.
            expect(planStatus({ plan: state, payments: [p], asOf }).paidAmount).toBe(planStatus({ plan: state, payments: [], asOf }).paidAmount);
            expect(planStatus({ plan: before, payments: [p], asOf }).paidAmount).toBe(planStatus({ plan: state, payments: [], asOf }).paidAmount);
          } else if (step.kind === 'repeat' && received.size > 0) {
            const [reference, p] = [...received.entries()][step.pick % received.size] as [string, { amount: string; date: string }];
            const again = applyPayment({ state, payment: { amount: p.amount, date: p.date, paymentId: reference } });
            expect(again.duplicate).toBe(true);
            expect(again.state).toEqual(state);
          } else if (step.kind === 'return' && received.size > 0) {
            const [reference, p] = [...received.entries()][step.pick % received.size] as [string, { amount: string; date: string; standing: boolean }];
            const result = reversePayment({ state, paymentId: reference, reversedOn: asOf < p.date ? p.date : asOf });
            expect(result.duplicate).toBe(!p.standing);
            state = result.state;
            p.standing = false;
          } else if (step.kind === 'reamortize' && status.status !== 'onTrack') {
            const next = safeReamortize({ state, asOf, ...step.strategy === 'recompute' && step.installments !== undefined ? { strategy: step.strategy, installments: step.installments } : { strategy: step.strategy } });
            if (next.success) {
              // No interest earned before the re-amortization disappears or counts twice;
              // spread and extend move amounts and add none.
              expect(earnedBy(next.data, asOf)).toBe(earnedBy(state, asOf));
              if (step.strategy === 'recompute') expect(interestOf(next.data) >= earnedBy(state, asOf)).toBe(true);
              else expect(interestOf(next.data)).toBe(interestOf(state));
              state = next.data;
            } else if (step.strategy === 'recompute' && step.installments !== undefined && next.error.code === 'PLAN_PAYMENT_TOO_SMALL') {
              // More installments asked for than the principal left can fill: refused, as asked.
            } else expect(next.error.code).toBe('PLAN_NOTHING_TO_REAMORTIZE');
          }

          // Money is conserved to the minor unit: what the rows and the credit hold is what was received and not returned.
          const standing = [...received.values()].filter((p) => p.standing).reduce((sum, p) => sum + cents(p.amount), 0n);
          const held = state.installments.reduce((sum, r) => sum + cents(r.principalPaid) + cents(r.interestPaid) + cents(r.feesPaid), cents(state.credit));
          expect(held).toBe(standing);
          // The log says the same: allocations and credit of every standing payment.
          const logged = (state.payments ?? []).filter((p) => p.reversedOn === undefined);
          expect(logged.map((p) => p.paymentId).sort()).toEqual([...received.entries()].filter(([, p]) => p.standing).map(([r]) => r).sort());
          // Principal due stays the amount financed; fees due are what the charges posted.
          expect(state.installments.reduce((sum, r) => sum + cents(r.principal), 0n)).toBe(financed);
          expect(state.installments.reduce((sum, r) => sum + cents(r.fees), 0n)).toBe((state.charges ?? []).reduce((sum, c) => sum + cents(c.amount), 0n));
          // Each row says what is still owed on it.
          for (const r of state.installments) expect(cents(r.unpaid ?? '')).toBe(cents(r.principal) + cents(r.interest) + cents(r.fees) - cents(r.principalPaid) - cents(r.interestPaid) - cents(r.feesPaid));
          // The status agrees with the simple reference, and counts what the state holds.
          const now = planStatus({ plan: state, payments: [], asOf });
          const ref = referenceStatus(state, asOf);
          expect([now.status, cents(now.pastDueAmount), cents(now.unpaidFees), cents(now.outstandingAmount)]).toEqual([ref.status, ref.pastDue, ref.fees, ref.outstanding]);
          expect(cents(now.paidAmount)).toBe(standing);
        }
      }),
      // FC_NUM_RUNS (test/support/fast-check.ts) raises the runs for a deeper search.
      { numRuns: Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10) || 60 },
    );
  });

  it('re-amortizing on one day in any mode and then recomputing is the recompute alone', () => {
    // An independent reference for chains: whatever 'spread' or 'extend' (or a first
    // 'recompute') moved on a day, a 'recompute' on the same day with the same count gives the
    // state that recomputing directly gives: the interest, fees and principal a first step moved
    // are neither lost nor counted twice.
    fc.assert(
      fc.property(
        termsArb,
        fc.array(fc.record({ days: fc.integer({ min: 0, max: 40 }), share: fc.constantFrom(0.2, 0.5, 1, 1.7) }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.constantFrom('spread' as const, 'extend' as const, 'recompute' as const), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 8 }),
        (terms, payments, wait, modes, count) => {
          const schedule = buildSchedule(terms);
          let state = createPlanState(schedule);
          let date = terms.agreementDate;
          payments.forEach((p, k) => {
            date = addDays(date, p.days);
            const amount = BigInt(Math.max(1, Math.round(Number(cents(schedule.installments[0]?.amount ?? '1.00')) * p.share)));
            state = applyPayment({ state, payment: { amount: usd(amount), date, paymentId: `p${k}` } }).state;
          });
          const asOf = addDays(date, wait);
          state = postFees(state, asOf);
          const direct = safeReamortize({ state, asOf, strategy: 'recompute', installments: count });
          let chained = state;
          for (const mode of modes) {
            const next = safeReamortize({ state: chained, asOf, strategy: mode });
            if (!next.success) {
              expect(next.error.code).toBe('PLAN_NOTHING_TO_REAMORTIZE');
              continue;
            }
            chained = next.data;
          }
          const after = safeReamortize({ state: chained, asOf, strategy: 'recompute', installments: count });
          if (!direct.success) {
            // Nothing owed, or more installments asked for than the principal left can fill.
            expect(['PLAN_NOTHING_TO_REAMORTIZE', 'PLAN_PAYMENT_TOO_SMALL']).toContain(direct.error.code);
            if (direct.error.code === 'PLAN_PAYMENT_TOO_SMALL') expect(after.success ? 'success' : after.error.code).toBe('PLAN_PAYMENT_TOO_SMALL');
            return;
          }
          expect(after.success ? after.data : after.error).toEqual(direct.data);
        },
      ),
      { numRuns: Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10) || 60 },
    );
  });
});
