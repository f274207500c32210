import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, attempt } from '../errors/index.js';
import { getCurrency } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { fastAprInput } from './apr-fast-input.js';
import { solveSingleAdvanceRate } from './apr-fast-solver.js';
import { solvePeriodicRate } from './apr-solver.js';
import type { EquationTerm } from './apr-solver.js';
import { AprDecimal, ExactDecimal } from './decimals.js';
import type { AprDecimalValue } from './decimals.js';
import { toleranceOf } from './apr-tolerance.js';
import { isoOfDay } from './day-numbers.js';
import { PlanErrorCodes } from './codes.js';
import type { Flow } from './payment-stream.js';
import { advanceFlows, paymentFlows } from './payment-stream.js';
import { AprInputSchema } from './schemas.js';
import type { AprInput, AprResult, AprScheduleEntry } from './types.js';
import type { StandardUnitsOf, Unit, UnitChoice, UnitCount } from './unit-period.js';
import { allSameStandardInterval, chooseUnit, countFlows, memoStandardUnits, parseUnitName, termUnit, unitName, unitsPerYear } from './unit-period.js';

const SIGNIFICANT_DIGITS = 20;
/** A decimal string without a superfluous leading zero: written as its currency writes it when it has the currency's decimals. */
const PLAIN = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** A decimal as a plain string with 20 significant digits, trailing zeros dropped. */
function significant(value: AprDecimalValue): string {
  const rounded = value.toSignificantDigits(SIGNIFICANT_DIGITS, AprDecimal.ROUND_HALF_EVEN);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** Decimal places of a decimal string. */
function places(amount: string): number {
  const point = amount.indexOf('.');
  return point < 0 ? 0 : amount.length - point - 1;
}

type ExactValue = InstanceType<typeof ExactDecimal>;

/** Formats an exact total with the currency's minor digits, or with the most decimals among the inputs. */
function formatAmount(value: ExactValue, decimals: number): string {
  return value.toFixed(decimals);
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
  return firstMiddle === undefined || middle.every((p) => p.amount === firstMiddle.amount || new ExactDecimal(p.amount).equals(firstMiddle.amount));
}

function fractionText(count: UnitCount): string {
  return count.num === 0 ? '0' : `${count.num}/${count.den}`;
}

/**
 * The annual percentage rate of a closed-end credit transaction by the actuarial method of
 * Regulation Z, Appendix J (12 CFR 1026, App. J), for single and multiple advances, odd first
 * periods and irregular payment amounts and intervals.
 *
 * **Equation solved** (App. J (b)(8)): the unit-period rate `i >= 0` such that
 * `sum_k A_k / ((1 + e_k i)(1 + i)^q_k) = sum_j P_j / ((1 + f_j i)(1 + i)^t_j)`, where
 * `A_k` are the advances and `P_j` the payments, `q_k`/`t_j` the full unit periods and
 * `e_k`/`f_j` the fractions of a unit period from the beginning of the term (the first advance)
 * to each of them. A fraction earns simple interest, `f·i` ((b)(6)); full unit periods compound.
 * `APR = i × w`, with `w` unit periods per year ((b)(1)).
 *
 * **Unit period** ((b)(4)), unless `unitPeriod` is given: for a single advance, single payment
 * transaction the term, at most a year; otherwise the common period (one occurring more than
 * once) that occurs most often among the periods (first advance to first payment, between
 * payments, between advances), the smaller of equally frequent ones, and with no common period
 * the average period rounded to the nearest standard interval (day, week, semimonth, month,
 * multiples of a week or a month, year; month = 365/12 days for this rounding). Months are
 * counted to the corresponding date; a month end to a month end is a whole month. When the same
 * periods are two standard intervals at once (91 days that are also 3 months) they are named by
 * the calendar reading: months before weeks before semimonths.
 *
 * **Counting** ((b)(5)): days or weeks by actual days / days per unit period; a month by full
 * months measured back from the later date plus remaining days / 30; a semimonth or `n` months
 * by (30 × full months + remaining days) / 15 or / 30n; a year by full years measured back plus
 * remaining months / 12, or remaining days / 365 when not whole months. A payment a whole number
 * of unit periods after the previous one keeps that one's fraction (as Appendix J's series do).
 * `w` is 365/n, 52/n, 24, 12/n or 1; for a single payment due in `m` whole months below a year,
 * `12/m`, and in `d` other days below a year, `365/d` ((b)(5)(vi)-(vii)).
 *
 * **Precision and rounding**: solved to a step below 1e-30 × max(1, i). With one advance (the
 * usual loan), Newton's method first runs in floating point, then corrects the root with the
 * balance evaluated exactly to 2^-192 (about 57 digits), each run of equal payments one unit
 * period apart summed in closed form, `P (1 - v^m) / (1 - v)` with `v = 1 / (1 + i)` (the
 * annuity of Appendix J's level-payment equations): a few exact evaluations instead of one per
 * payment and iteration. Several advance dates use Newton's method at 40 significant digits
 * inside a bisection bracket. Both give the same 20 digits. `annualRate` and `periodicRate` are rounded
 * half-even to 20 significant digits; `aprPercent` is `i × w × 100` rounded half-up to
 * `aprPercentDecimals` (default 2), as Appendix J states its results ("rounded to 2 decimals").
 * A transaction without finance charge (payments equal to advances) has APR 0.
 *
 * **Regularity** (`regular`, 12 CFR 1026.22(a)(3)): irregular when there is more than one advance
 * date, when the intervals between payments are not all the same standard interval, or when the
 * payments other than the first and the last differ in amount. An odd first period and an odd
 * first or final payment keep a transaction regular. The tolerance is then 1/8 (regular) or 1/4
 * (irregular) of a percentage point; `disclosedAprPercent` is checked against it.
 *
 * @param input - the credit, payments and options; see {@link AprInputSchema}
 * @returns the APR, the unit period, the counts `t`/`f` of every flow and the regularity; see {@link AprResult}
 * @throws {@link arrears!ValidationError} for malformed input: amounts (`MONEY_*`,
 *   `PLAN_NON_POSITIVE_AMOUNT`), dates (`CALENDAR_INVALID_DATE`), `PLAN_APR_INVALID_ADVANCES`,
 *   `PLAN_UNKNOWN_UNIT_PERIOD`, `PLAN_INVALID_PAYMENT_SERIES`, `PLAN_TOO_MANY_FLOWS`
 * @throws {@link arrears!DomainRuleError} `PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE` when a payment is
 *   due on or before the first advance, `PLAN_APR_PAYMENTS_BELOW_ADVANCES` when the payments add
 *   up to less than the advances (no non-negative rate exists; a negative APR is never returned),
 *   `PLAN_DATE_OUT_OF_RANGE` when a series runs past 9999-12-31
 *
 * @example
 * ```ts
 * import { apr } from 'arrears/plan';
 * // 12 CFR 1026 App. J (c)(1)(i): $5,000 advanced 1978-01-10, 24 monthly payments of $230 from 1978-02-10.
 * const result = apr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', payments: [{ amount: '230.00', count: 24, frequency: 'month', firstDate: '1978-02-10' }] });
 * result.aprPercent; // => '9.69'
 * [result.unitPeriod, result.unitPeriodsPerYear, result.regular]; // => ['month', '12', true]
 * result.schedule[1]; // => { type: 'payment', date: '1978-02-10', amount: '230.00', t: 1, f: '0' }
 * // (c)(1)(ii): a long first period, 1 month and 19 days.
 * apr({ amountFinanced: '6000.00', advanceDate: '1978-02-10', payments: [{ amount: '200.00', count: 36, frequency: 'month', firstDate: '1978-04-01' }] }).schedule[1]?.f; // => '19/30'
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', payments: [{ amount: '1000.00', date: '2026-02-15' }] }).aprPercent; // => '0.00'
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', payments: [{ amount: '1000.00', date: '2026-01-15' }] }); // throws PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE
 * ```
 */
export function apr(input: AprInput): AprResult {
  return aprWith(input, periodicRateOf);
}

/**
 * The unit-period rate: the fast method for one advance ({@link solveSingleAdvanceRate}),
 * else (several advance dates, or a stream it does not settle) the general solver.
 */
function periodicRateOf(terms: readonly EquationTerm[]): AprDecimalValue {
  return solveSingleAdvanceRate(terms) ?? solvePeriodicRate(terms);
}

/** The sum of decimal strings, exact: added as integers at the largest scale among them. */
function sumOf(amounts: readonly string[]): ExactValue {
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
  const text = (exact ? BigInt(small) : total).toString().padStart(scale + 1, '0');
  return new ExactDecimal(scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`);
}

/**
 * The unit period of a transaction ((b)(4)): the one named, the term of a single advance,
 * single payment transaction, or the one chosen among the periods of the flows.
 *
 * @internal
 */
export function unitChoiceOf(unitPeriod: string | undefined, start: number, advances: readonly Flow[], payments: readonly Flow[], unitsOf: StandardUnitsOf): UnitChoice {
  if (unitPeriod !== undefined) return { unit: parseUnitName(unitPeriod) as Unit, basis: 'given' };
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
 * {@link apr} with the root finding given: the library uses the fast method where it applies;
 * tests run the general solver on the same input and compare.
 *
 * @internal
 */
export function aprWith(input: AprInput, solve: (terms: readonly EquationTerm[]) => AprDecimalValue): AprResult {
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
  const decimals = parsed.currency !== undefined ? getCurrency(parsed.currency).minorUnits : Math.max(...[...advances, ...payments].map((f) => places(f.amount)));
  if (paid.lessThan(advanced)) {
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
  const amountText = (amount: string): string => (parsed.currency === undefined || (places(amount) === decimals && PLAIN.test(amount)) ? amount : new ExactDecimal(amount).toFixed(decimals));
  const terms = equationTermsOf(start, advances, payments, unit, unitsOf, (type, flow, count) => {
    schedule.push({ type, date: isoOfDay(flow.day), amount: amountText(flow.amount), t: count.t, f: fractionText(count) });
  });
  // Advances come first, so a stable sort by date keeps an advance before a payment on its date.
  schedule.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  const i = paid.equals(advanced) ? new AprDecimal(0) : solve(terms);
  const w = unitsPerYear(unit);
  const annual = i.times(w.num).div(w.den);
  const annualRate = significant(annual);
  const aprDecimals = parsed.aprPercentDecimals ?? 2;
  const regular = isRegular(advanceDates, payments, unitsOf);
  const result: AprResult = {
    annualRate,
    aprPercent: annual.times(100).toDecimalPlaces(aprDecimals, AprDecimal.ROUND_HALF_UP).toFixed(aprDecimals),
    periodicRate: significant(i),
    unitPeriod: unitName(unit),
    unitPeriodsPerYear: significant(new AprDecimal(w.num).div(w.den)),
    unitPeriodBasis: choice.basis,
    regular,
    tolerancePercent: regular ? '0.125' : '0.25',
    amountFinanced: formatAmount(advanced, decimals),
    totalOfPayments: formatAmount(paid, decimals),
    financeCharge: formatAmount(paid.minus(advanced), decimals),
    schedule,
  };
  if (parsed.disclosedAprPercent === undefined) return result;
  return { ...result, disclosed: toleranceOf(parsed.disclosedAprPercent, new ExactDecimal(annualRate).times(100).toFixed(), !regular) };
}

/**
 * The non-throwing twin of {@link apr}, for input that comes from users.
 *
 * @param input - anything; an {@link AprInput} is expected
 * @returns `{ success: true, data }` with the {@link AprResult}, or `{ success: false, error }` with the arrears error
 *
 * @example
 * ```ts
 * import { safeApr } from 'arrears/plan';
 * safeApr({ amountFinanced: '500.00', advanceDate: '1978-03-20', payments: [{ amount: '17.60', count: 30, frequency: 'week', firstDate: '1978-04-21' }] }).success; // => true
 * safeApr({ amountFinanced: 500, advanceDate: '1978-03-20', payments: [] }).success; // => false
 * ```
 */
export function safeApr(input: unknown): ArrearsResult<AprResult> {
  return attempt(() => apr(input as AprInput));
}
