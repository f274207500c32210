// The APR's result from the equation's root (internal): parsing, the unit period, the counts,
// the totals and the rounding of 12 CFR 1026 App. J, with the root finding given. Exact
// decimals as bigints (apr-digits.ts), so this module and the fixed-point solver do not bring
// decimal.js into a bundle: `apr` adds the general solver (apr.ts); a schedule's `apr` uses the
// fixed-point ones only (schedule.ts).
import { DomainRuleError } from '../errors/index.js';
import { getCurrency } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { fastAprInput } from './apr-fast-input.js';
import type { EquationTerm } from './apr-solver.js';
import type { Digits } from './apr-digits.js';
import { ZERO_DIGITS, digitsOf, dividedByInteger, fixedText, lessThan, minusDigits, plainText, timesInteger, toSignificant } from './apr-digits.js';
import { toleranceOf } from './apr-tolerance.js';
import { isoOfDay } from './day-numbers.js';
import { PlanErrorCodes } from './codes.js';
import type { Flow } from './payment-stream.js';
import { advanceFlows, paymentFlows } from './payment-stream.js';
import { AprInputSchema } from './apr-schemas.js';
import type { AprInput, AprResult, AprScheduleEntry } from './types.js';
import type { StandardUnitsOf, Unit, UnitChoice, UnitCount } from './unit-period.js';
import { allSameStandardInterval, chooseUnit, countFlows, frequencyUnit, memoStandardUnits, termUnit, unitFrequency, unitsPerYear } from './unit-period.js';

const SIGNIFICANT_DIGITS = 20;
/** A decimal string without a superfluous leading zero: written as its currency writes it when it has the currency's decimals. */
const PLAIN = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** A decimal as a plain string with 20 significant digits, trailing zeros dropped. */
function significant(value: Digits): string {
  return plainText(toSignificant(value, SIGNIFICANT_DIGITS));
}

/** Decimal places of a decimal string. */
function places(amount: string): number {
  const point = amount.indexOf('.');
  return point < 0 ? 0 : amount.length - point - 1;
}

/** Formats an exact total with the currency's minor digits. */
function formatAmount(value: Digits, decimals: number): string {
  return fixedText(value, decimals);
}

/** The periods of (b)(3)(i): term start to first payment, between payments, between advances. */
function periodsOf(start: number, advances: readonly Flow[], payments: readonly Flow[]): Array<readonly [number, number]> {
  const periods: Array<readonly [number, number]> = [];
  for (const flows of [payments, advances]) {
    let previous = start;
    for (const flow of flows) {
      if (flow.day > previous) periods.push([previous, flow.day]);
      previous = flow.day;
    }
  }
  return periods;
}

/** Whether the transaction is regular under 12 CFR 1026.22(a)(2)/(3). */
function isRegular(advanceDays: number, payments: readonly Flow[], unitsOf: StandardUnitsOf): boolean {
  if (advanceDays > 1) return false;
  const intervals = payments.slice(1).map((p, k) => [payments[k]?.day as number, p.day] as const);
  if (!allSameStandardInterval(intervals, unitsOf)) return false;
  const [firstMiddle, ...middle] = payments.slice(1, -1);
  // Amounts written alike are equal; others are compared as decimals ('230.0' and '230.00').
  return firstMiddle === undefined || middle.every((p) => p.amount === firstMiddle.amount || minusDigits(digitsOf(p.amount), digitsOf(firstMiddle.amount)).c === 0n);
}

function fractionText(count: UnitCount): string {
  return count.num === 0 ? '0' : `${count.num}/${count.den}`;
}

/** The sum of decimal strings, exact: added as integers at the largest scale among them. */
function sumOf(amounts: readonly string[]): Digits {
  let scale = 0;
  for (const a of amounts) scale = Math.max(scale, places(a));
  // Added as safe integers while they stay exact (amounts of a loan do), else as bigints.
  let small = 0;
  let total = 0n;
  let exact = true;
  for (const a of amounts) {
    const point = a.indexOf('.');
    const digits = (point < 0 ? a : a.slice(0, point) + a.slice(point + 1)) + '0'.repeat(scale - (point < 0 ? 0 : a.length - point - 1));
    if (exact && digits.length <= 15) {
      const next = small + Number(digits);
      if (Number.isSafeInteger(next)) {
        small = next;
        continue;
      }
    }
    if (exact) {
      total = BigInt(small);
      exact = false;
    }
    total += BigInt(digits);
  }
  return { c: exact ? BigInt(small) : total, e: -scale };
}

/**
 * The unit period of a transaction ((b)(4)): the one named, the term of a single advance,
 * single payment transaction, or the one chosen among the periods of the flows.
 *
 * @internal
 */
export function unitChoiceOf(unitPeriod: unknown, start: number, advances: readonly Flow[], payments: readonly Flow[], unitsOf: StandardUnitsOf): UnitChoice {
  if (unitPeriod !== undefined) return { unit: frequencyUnit(unitPeriod) as Unit, basis: 'given' };
  const only = payments.length === 1 ? payments[0] : undefined;
  if (only !== undefined && advances.every((a) => a.day === start)) return termUnit(start, only.day);
  return chooseUnit(periodsOf(start, advances, payments), unitsOf);
}

/**
 * The terms of the equation of App. J (b)(8) in unit periods of `unit` ((b)(5)): the advances,
 * then the payments, each in date order; `each` sees every flow with its count.
 *
 * @internal
 */
export function equationTermsOf(
  start: number,
  advances: readonly Flow[],
  payments: readonly Flow[],
  unit: Unit,
  unitsOf: StandardUnitsOf,
  each?: (type: 'advance' | 'payment', flow: Flow, count: UnitCount) => void,
): EquationTerm[] {
  const terms: EquationTerm[] = [];
  for (const [type, flows] of [['advance', advances], ['payment', payments]] as const) {
    for (const { flow, count } of countFlows(start, flows, unit, unitsOf)) {
      terms.push({ amount: flow.amount, t: count.t, num: count.num, den: count.den, sign: type === 'advance' ? -1 : 1 });
      each?.(type, flow, count);
    }
  }
  return terms;
}

/**
 * {@link arrears!apr} with the root finding given: the library uses the fast method where it applies;
 * tests run the general solver on the same input and compare.
 *
 * @internal
 */
export function aprWith(input: AprInput, solve: (terms: readonly EquationTerm[]) => Digits): AprResult {
  const parsed = fastAprInput(input) ?? parseInput(AprInputSchema, input);
  const advances = advanceFlows(parsed);
  const payments = paymentFlows(parsed);
  const start = Math.min(...advances.map((a) => a.day));

  for (const payment of payments) {
    if (payment.day <= start) {
      throw new DomainRuleError(
        PlanErrorCodes.PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE,
        `"payments[${payment.entry}]": a payment on ${isoOfDay(payment.day)} is not after the first advance on ${isoOfDay(start)}, where the term begins; a payment at the advance reduces the amount financed instead.`,
        { path: ['payments', payment.entry], details: { paymentDate: isoOfDay(payment.day), termStart: isoOfDay(start) } },
      );
    }
  }

  const advanced = sumOf(advances.map((a) => a.amount));
  const paid = sumOf(payments.map((p) => p.amount));
  const decimals = getCurrency(parsed.currency).minorUnits;
  if (lessThan(paid, advanced)) {
    throw new DomainRuleError(
      PlanErrorCodes.PLAN_APR_PAYMENTS_BELOW_ADVANCES,
      `"payments": the payments total ${formatAmount(paid, decimals)}, less than the ${formatAmount(advanced, decimals)} advanced; no non-negative annual percentage rate solves the equation of 12 CFR 1026 App. J (b)(8).`,
      { path: ['payments'], details: { totalOfPayments: formatAmount(paid, decimals), amountFinanced: formatAmount(advanced, decimals) } },
    );
  }

  const advanceDates = new Set(advances.map((a) => a.day)).size;
  const unitsOf = memoStandardUnits();
  const choice = unitChoiceOf(parsed.unitPeriod, start, advances, payments, unitsOf);
  const unit: Unit = choice.unit;

  const schedule: AprScheduleEntry[] = [];
  const amountText = (amount: string): string => (places(amount) === decimals && PLAIN.test(amount) ? amount : fixedText(digitsOf(amount), decimals));
  const terms = equationTermsOf(start, advances, payments, unit, unitsOf, (type, flow, count) => {
    schedule.push({ type, date: isoOfDay(flow.day), amount: amountText(flow.amount), t: count.t, f: fractionText(count) });
  });
  // Advances come first, so a stable sort by date keeps an advance before a payment on its date.
  schedule.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  const i = minusDigits(paid, advanced).c === 0n ? ZERO_DIGITS : solve(terms);
  const w = unitsPerYear(unit);
  const annual = dividedByInteger(timesInteger(i, BigInt(w.num)), BigInt(w.den));
  const annualRate = significant(annual);
  const aprDecimals = parsed.aprPercentDecimals ?? 2;
  const regular = isRegular(advanceDates, payments, unitsOf);
  const result: AprResult = {
    annualRate,
    aprPercent: fixedText(timesInteger(annual, 100n), aprDecimals, true),
    periodicRate: significant(i),
    unitPeriod: unitFrequency(unit),
    unitPeriodsPerYear: significant(dividedByInteger({ c: BigInt(w.num), e: 0 }, BigInt(w.den))),
    unitPeriodBasis: choice.basis,
    regular,
    tolerancePercent: regular ? '0.125' : '0.25',
    amountFinanced: formatAmount(advanced, decimals),
    totalOfPayments: formatAmount(paid, decimals),
    financeCharge: formatAmount(minusDigits(paid, advanced), decimals),
    schedule,
  };
  if (parsed.disclosedAprRate === undefined) return result;
  return { ...result, disclosed: toleranceOf(parsed.disclosedAprRate, annualRate, !regular) };
}

