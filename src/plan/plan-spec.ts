// Parsed terms turned into the integers the schedule loop needs: the rate as exact ratios, the
// amounts in minor units, the date rule, the effective method. Internal.
import type { DayCountConvention } from '../calendar/index.js';
import { getCurrency, parseRatio, toMinorUnits } from '../money/index.js';
import type { RoundingMode } from '../money/index.js';
import { dayOfIso } from './day-numbers.js';
import { dueDateRule } from './due-dates.js';
import type { DueDateRule } from './due-dates.js';
import { gcd } from './plan-arithmetic.js';
import type { InterestMethod, PlanMethod, PlanTerms } from './types.js';

/** Periods per year of each plan frequency. */
export const PERIODS_PER_YEAR: Readonly<Record<string, number>> = { weekly: 52, biweekly: 26, fourWeekly: 13, semiMonthly: 24, monthly: 12, quarterly: 4 };

/** Everything the schedule loop needs, in integers. */
export interface PlanSpec {
  readonly terms: PlanTerms;
  readonly currency: string;
  readonly minorUnits: number;
  /** The method as reported. */
  readonly method: PlanMethod;
  /** The method as computed: a plan without interest is `'flat'` whatever its method. */
  readonly kind: 'level' | 'equalPrincipal' | 'flat';
  readonly interestMethod: InterestMethod;
  readonly dayCount: DayCountConvention;
  /** The annual rate `rateNum / rateDen`. */
  readonly rateNum: bigint;
  readonly rateDen: bigint;
  /** The periodic rate `a / b` (annual / periods per year), reduced. */
  readonly a: bigint;
  readonly b: bigint;
  readonly rounding: RoundingMode;
  readonly residual: 'first' | 'last';
  readonly oddPeriodInterest: 'firstInstallment' | 'spread';
  readonly downPayment: bigint;
  /** Principal minus down payment, in minor units. */
  readonly financed: bigint;
  readonly balloon: bigint;
  /** 0n when the installment is not rounded up to an increment. */
  readonly increment: bigint;
  readonly rule: DueDateRule;
  readonly agreementDay: number;
}

/** The spec of parsed terms. */
export function planSpec(terms: PlanTerms): PlanSpec {
  const currency = terms.currency;
  const rate = parseRatio(terms.annualRate);
  const ppy = BigInt(PERIODS_PER_YEAR[terms.frequency] as number);
  const g = gcd(rate.numerator, rate.denominator * ppy);
  const a = rate.numerator / (g === 0n ? 1n : g);
  const b = (rate.denominator * ppy) / (g === 0n ? 1n : g);
  const method = terms.method ?? 'level';
  const downPayment = terms.downPayment === undefined ? 0n : toMinorUnits(terms.downPayment, currency);
  return {
    terms,
    currency,
    minorUnits: getCurrency(currency).minorUnits,
    method,
    kind: rate.numerator === 0n || method === 'interestFree' ? 'flat' : method,
    interestMethod: terms.interestMethod ?? 'periodic',
    dayCount: terms.dayCount ?? 'actual365',
    rateNum: rate.numerator,
    rateDen: rate.denominator,
    a,
    b,
    rounding: terms.roundingMode ?? 'halfExpand',
    residual: terms.residual ?? 'last',
    oddPeriodInterest: terms.oddPeriodInterest ?? 'firstInstallment',
    downPayment,
    financed: toMinorUnits(terms.principal, currency) - downPayment,
    balloon: terms.balloon === undefined ? 0n : toMinorUnits(terms.balloon, currency),
    increment: terms.roundingIncrement === undefined ? 0n : toMinorUnits(terms.roundingIncrement, currency),
    rule: dueDateRule(terms),
    agreementDay: dayOfIso(terms.agreementDate),
  };
}
