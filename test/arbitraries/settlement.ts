import fc from 'fast-check';

/** An amount in USD from 1.00 to 100,000.00, as a string built from bigint cents. */
export const usdAmount = fc.bigInt({ min: 100n, max: 10_000_000n }).map((c) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`);

/** A whole percent 0..100 written as a decimal fraction string: `7` as `'0.07'`, `100` as `'1'` (no floats). */
export function rateOfPercent(n: number): string {
  return n === 100 ? '1' : `0.${String(n).padStart(2, '0')}`;
}

/** A rate of whole percents, `'0'`..`'1'`, as a fraction string. */
export const rate = fc.integer({ min: 0, max: 100 }).map(rateOfPercent);

/** A monotone two-band policy (older debt never gets less), with agent <= supervisor. */
export const monotonePolicy = fc
  .record({
    young: fc.integer({ min: 0, max: 50 }),
    extra: fc.integer({ min: 0, max: 40 }),
    supExtra: fc.integer({ min: 0, max: 10 }),
    split: fc.integer({ min: 1, max: 720 }),
    floor: fc.integer({ min: 0, max: 90 }),
    window: fc.integer({ min: 1, max: 60 }),
  })
  .map((r) => ({
    bands: [
      { minAgeDays: 0, maxAgeDays: r.split - 1, discountRate: { agent: rateOfPercent(r.young), supervisor: rateOfPercent(r.young + r.supExtra) } },
      { minAgeDays: r.split, discountRate: { agent: rateOfPercent(r.young + r.extra), supervisor: rateOfPercent(r.young + r.extra + r.supExtra) } },
    ],
    floor: { minRate: rateOfPercent(r.floor) },
    offerWindow: { days: r.window },
    annualDiscountRate: '0.12',
  }));

/**
 * A policy exercising every rule an offer is built under: two bands with per-level discounts,
 * a floor, plan limits (maximum count, minimum installment, frequency, discount scale, a
 * full-balance rate), a rounding increment, a forgiven cap, approval offers, and a calendar or
 * business-day window.
 */
export const richPolicy = fc
  .record({
    base: monotonePolicy,
    settlementMax: fc.integer({ min: 1, max: 12 }),
    settlementMin: fc.option(fc.bigInt({ min: 100n, max: 50_000n }), { nil: undefined }),
    settlementFrequency: fc.option(fc.constantFrom('weekly', 'biweekly', 'semiMonthly', 'monthly'), { nil: undefined }),
    scale: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    fullMax: fc.integer({ min: 1, max: 24 }),
    fullMin: fc.option(fc.bigInt({ min: 100n, max: 50_000n }), { nil: undefined }),
    fullRate: fc.option(fc.constantFrom('0', '0.05', '0.18'), { nil: undefined }),
    increment: fc.option(fc.constantFrom('0.01', '1.00', '5.00', '25.00'), { nil: undefined }),
    maxForgiven: fc.option(fc.bigInt({ min: 0n, max: 5_000_000n }), { nil: undefined }),
    approval: fc.boolean(),
    business: fc.boolean(),
  })
  .map((r) => {
    const cents = (c: bigint): string => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
    return {
      ...r.base,
      settlementPlan: {
        maxInstallments: r.settlementMax,
        ...(r.settlementMin === undefined ? {} : { minInstallment: cents(r.settlementMin) }),
        ...(r.settlementFrequency === undefined ? {} : { frequency: r.settlementFrequency }),
        ...(r.scale === undefined ? {} : { discountScaleRate: rateOfPercent(r.scale) }),
      },
      fullBalancePlan: {
        maxInstallments: r.fullMax,
        ...(r.fullMin === undefined ? {} : { minInstallment: cents(r.fullMin) }),
        ...(r.fullRate === undefined ? {} : { annualRate: r.fullRate }),
      },
      ...(r.increment === undefined ? {} : { roundingIncrement: r.increment }),
      ...(r.maxForgiven === undefined ? {} : { maxForgiven: cents(r.maxForgiven) }),
      includeApprovalOffers: r.approval,
      offerWindow: r.business ? { days: r.base.offerWindow.days, dayType: 'business' as const } : r.base.offerWindow,
    };
  });

/** A debtor's finances (monthly income above, at or below expenses), in USD. */
export const debtorFinances = fc.record({ income: fc.bigInt({ min: 0n, max: 1_000_000n }), expenses: fc.bigInt({ min: 0n, max: 1_000_000n }), funds: fc.bigInt({ min: 0n, max: 1_000_000n }) }).map((r) => {
  const cents = (c: bigint): string => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
  return { monthlyIncome: cents(r.income), monthlyExpenses: cents(r.expenses), availableFunds: cents(r.funds) };
});
