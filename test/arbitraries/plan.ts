import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';

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
export const levelUnitArb = fc.constantFrom('month', 'quarter', 'week', 'biweek', 'semimonth', '4-week', '2-month');

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
export const planTermsArb = fc
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
  }));
