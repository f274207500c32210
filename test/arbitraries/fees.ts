import fc from 'fast-check';
import type { FeeExpression, LateFeePolicyInput } from '../../src/fees/index.js';
import { formatScaled } from './money.js';

/** Adds days to a date without the library (UTC arithmetic on a fixed date). */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first of the month `i` months after 2026-01. */
export function monthly(i: number): string {
  const year = 2026 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`;
}

/** A USD amount string from cents. */
export function usd(cents: bigint): string {
  return formatScaled(cents, 2);
}

/** Cents for an installment: 1.00 to 5,000.00. */
export const centsArb = fc.bigInt({ min: 100n, max: 500_000n });

/** A monthly schedule of 1-12 installments due on the 1st. */
export const scheduleArb = fc.array(centsArb, { minLength: 1, maxLength: 12 }).map((amounts) => ({
  currency: 'USD',
  installments: amounts.map((cents, i) => ({ number: i + 1, dueDate: monthly(i), amount: usd(cents) })),
}));

/** A fee expression of the simple kinds (no accrual). */
export const simpleExpressionArb: fc.Arbitrary<FeeExpression> = fc.oneof(
  centsArb.map((c) => ({ type: 'flat', amount: usd(c / 10n) }) as const),
  fc.integer({ min: 0, max: 2000 }).map((p) => ({ type: 'percent', rate: formatScaled(BigInt(p), 4), of: 'installment' }) as const),
  fc.integer({ min: 0, max: 2000 }).map((p) => ({ type: 'percent', rate: formatScaled(BigInt(p), 4), of: 'pastDue' }) as const),
);

/** Any fee expression the generators know, accruing kinds included. */
export const expressionArb: fc.Arbitrary<FeeExpression> = fc.oneof(
  simpleExpressionArb,
  fc.tuple(simpleExpressionArb, simpleExpressionArb).map(([a, b]) => ({ type: 'greaterOf', of: [a, b] }) as const),
  fc.tuple(simpleExpressionArb, simpleExpressionArb).map(([a, b]) => ({ type: 'lesserOf', of: [a, b] }) as const),
  fc.tuple(simpleExpressionArb, simpleExpressionArb).map(([a, b]) => ({ type: 'tiers', tiers: [{ minDaysLate: 1, amount: a }, { minDaysLate: 20, amount: b }] }) as const),
  fc.tuple(centsArb, fc.integer({ min: 1, max: 60 })).map(([c, maxDays]) => ({ type: 'daily', perDay: { type: 'flat', amount: usd(c / 100n) }, maxDays }) as const),
  fc.integer({ min: 0, max: 3600 }).map((p) => ({ type: 'interest', annualRate: formatScaled(BigInt(p), 4) }) as const),
);

/** A policy without goodwill waivers or caps (they are added by the properties that need them). */
export const policyArb: fc.Arbitrary<LateFeePolicyInput> = fc.record({
  trigger: fc.record({ graceDays: fc.integer({ min: 0, max: 20 }), counting: fc.constantFrom('within', 'atLeast', 'fullDaysAfter') }),
  amount: expressionArb,
  paymentApplication: fc.constantFrom('currentFirst', 'oldestFirst'),
});

/** Payments: dates within 90 days after the first due date of the schedule, amounts in cents. */
export function paymentsArb(count = 12): fc.Arbitrary<Array<{ amount: string; date: string }>> {
  return fc.array(
    fc.record({ cents: fc.bigInt({ min: 1n, max: 600_000n }), offset: fc.integer({ min: -10, max: 420 }) }).map(({ cents, offset }) => ({
      amount: usd(cents),
      date: plusDays('2026-01-01', offset),
    })),
    { maxLength: count },
  );
}

/**
 * A late-fee policy around a given amount and caps: grace days, installment or period basis,
 * an optional recurrence, waivers, a rounding mode and, on a business account, pyramiding
 * allowed; `extra` adds fields (jurisdictions, payment application) to the record drawn.
 */
export function lateFeePolicyArb(
  amount: fc.Arbitrary<FeeExpression>,
  caps: fc.Arbitrary<NonNullable<LateFeePolicyInput['caps']>>,
  extra: Record<string, fc.Arbitrary<unknown>> = {},
): fc.Arbitrary<LateFeePolicyInput> {
  return fc
    .record({
      graceDays: fc.integer({ min: 0, max: 20 }),
      amount,
      basis: fc.constantFrom('installment', 'installment', 'period'),
      every: fc.option(fc.integer({ min: 1, max: 45 }), { nil: undefined }),
      caps,
      waivers: fc.record({ firstLateFee: fc.boolean(), feeBelow: centsArb.map((c) => usd(c / 100n)) }, { requiredKeys: [] }),
      roundingMode: fc.constantFrom('halfExpand', 'floor', 'ceil', 'halfEven', 'expand'),
      // A business account may allow pyramiding: payments then go to the fees charged before them.
      pyramiding: fc.boolean(),
      ...extra,
    })
    .map(({ graceDays, every, pyramiding, ...rest }) => ({
      trigger: { graceDays },
      ...rest,
      ...(every === undefined ? {} : { recurrence: { everyDays: every, maxFees: 6 } }),
      ...(pyramiding ? { accountType: 'business', noPyramiding: false } : {}),
    }) as LateFeePolicyInput);
}
