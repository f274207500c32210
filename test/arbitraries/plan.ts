import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { safeBuildSchedule } from '../../src/plan/index.js';
import type { AprFrequency } from '../../src/plan/index.js';

/** A calendar date between 1950-01-01 and 2080-12-31, as `YYYY-MM-DD`. */
export const dateArb = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2080-12-31') }).map((n) => fromDayNumber(n));

/** A positive amount with two decimals, from integer cents (never from floats). */
export function centsArb(min = 1n, max = 10_000_000n): fc.Arbitrary<string> {
  return fc.bigInt({ min, max }).map((cents) => {
    const s = cents.toString().padStart(3, '0');
    return `${s.slice(0, -2)}.${s.slice(-2)}`;
  });
}

/** Writes integer cents as an amount string. */
export function centsToAmount(cents: bigint): string {
  const s = cents.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** A periodic rate as basis points of a unit period (1 bp .. 3%), an integer. */
export const basisPointsArb = fc.integer({ min: 1, max: 300 });

/** Unit periods whose level series the property tests build. */
export const levelUnitArb = fc.constantFrom<AprFrequency>('monthly', 'quarterly', 'weekly', 'biweekly', 'semiMonthly', 'fourWeekly', { everyMonths: 2 });

/** A plan frequency. */
export const planFrequencyArb = fc.constantFrom('weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly') as fc.Arbitrary<
  'weekly' | 'biweekly' | 'fourWeekly' | 'semiMonthly' | 'monthly' | 'quarterly'
>;

/** An annual rate as a decimal fraction string: 0, or 0.0001 .. 0.3600 (from basis points). */
export const annualRateArb = fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 3600 }).map((bp) => (bp / 10_000).toFixed(4)));

/** A currency with its minor units. */
export const planCurrencyArb = fc.constantFrom(['USD', 2], ['JPY', 0], ['KWD', 3]) as fc.Arbitrary<['USD' | 'JPY' | 'KWD', number]>;

/** Writes integer minor units as an amount string with `m` decimals. */
export function minorToAmountString(minor: bigint, m: number): string {
  if (m === 0) return minor.toString();
  const s = minor.toString().padStart(m + 1, '0');
  return `${s.slice(0, -m)}.${s.slice(-m)}`;
}

/**
 * Random valid plan terms: currency (USD, JPY, KWD), principal from minor units, a rate, a
 * frequency, an agreement date and a first due date 1-60 days later (odd first periods
 * included), a count of 1-120 installments, a method and an interest method.
 */
export const anyPlanTermsArb = fc
  .record({
    currency: planCurrencyArb,
    principal: fc.bigInt({ min: 1_000n, max: 100_000_000n }),
    annualRate: annualRateArb,
    frequency: planFrequencyArb,
    agreement: fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2060-12-31') }),
    firstAfter: fc.integer({ min: 1, max: 60 }),
    installments: fc.integer({ min: 1, max: 120 }),
    method: fc.constantFrom('level', 'equalPrincipal', undefined),
    interestMethod: fc.constantFrom('periodic', 'dayCount', undefined),
    oddPeriodInterest: fc.constantFrom('firstInstallment', 'spread', undefined),
  })
  .map((r) => ({
    principal: minorToAmountString(r.principal, r.currency[1]),
    currency: r.currency[0],
    annualRate: r.annualRate,
    frequency: r.frequency,
    agreementDate: fromDayNumber(r.agreement),
    firstDueDate: fromDayNumber(r.agreement + r.firstAfter),
    installments: r.installments,
    ...(r.method === undefined ? {} : { method: r.method as 'level' | 'equalPrincipal' }),
    ...(r.interestMethod === undefined ? {} : { interestMethod: r.interestMethod as 'periodic' | 'dayCount' }),
    ...(r.oddPeriodInterest === undefined ? {} : { oddPeriodInterest: r.oddPeriodInterest as 'firstInstallment' | 'spread' }),
  }))
  .map(withoutIdleOptions);

/**
 * Terms without the options `buildSchedule` refuses because they would have no effect (the
 * interest options of a plan without interest, `oddPeriodInterest` without a longer first
 * period, ...): each refused option is dropped, so the arbitrary keeps every option that works.
 */
export function withoutIdleOptions<T extends object>(terms: T): T {
  let current = { ...terms } as Record<string, unknown>;
  for (let k = 0; k < 4; k += 1) {
    const result = safeBuildSchedule(current);
    if (result.success || result.error.code !== 'PLAN_UNSUPPORTED_OPTION') break;
    const key = result.error.path[0];
    if (typeof key !== 'string' || !(key in current) || key === 'residual') break;
    const { [key]: _dropped, ...rest } = current;
    current = rest;
  }
  return current as T;
}

const PERIODS: Readonly<Record<string, number>> = { weekly: 52, biweekly: 26, fourWeekly: 13, semiMonthly: 24, monthly: 12, quarterly: 4 };
const D = Decimal.clone({ precision: 60 });

/** The plan terms the arbitraries build. */
export type ArbPlanTerms = typeof anyPlanTermsArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * How far a level plan's exact installment exceeds one period's exact interest on the
 * principal, in minor units: `B·i / ((1+i)^n − 1)` (decimal.js at 60 digits, independent of
 * the library). Undefined for plans without interest and equal-principal plans.
 */
export function levelMarginMinor(terms: ArbPlanTerms): Decimal | undefined {
  if (terms.annualRate === '0' || terms.method === 'equalPrincipal') return undefined;
  const i = new D(terms.annualRate).div(PERIODS[terms.frequency] as number);
  const m = terms.currency === 'JPY' ? 0 : terms.currency === 'KWD' ? 3 : 2;
  const b = new D(terms.principal).times(new D(10).pow(m));
  return b.times(i).div(i.plus(1).pow(terms.installments).minus(1));
}

/**
 * {@link anyPlanTermsArb} without the level plans whose installment is within two minor units
 * of one period's interest: once rounded, those may never amortize, which `buildSchedule`
 * rejects with `PLAN_PAYMENT_TOO_SMALL` (a property in schedule.prop.test.ts checks exactly
 * when). Two units, so that no rounding mode of the installment or the interest can close it.
 */
export const planTermsArb = anyPlanTermsArb.filter((t) => {
  const margin = levelMarginMinor(t);
  return margin === undefined || margin.gte(2);
});
