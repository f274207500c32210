import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { solveSingleAdvanceRate } from './apr-fast-solver.js';
import type { Digits } from './apr-digits.js';
import { aprWith } from './apr-result.js';
import { solvePeriodicRate } from './apr-solver.js';
import type { EquationTerm } from './apr-solver.js';
import type { AprInput, AprResult } from './types.js';

export { aprWith, equationTermsOf, unitChoiceOf } from './apr-result.js';

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
 * multiples of a week or a month, year; month = 365/12 days for this rounding). The unit period
 * is returned as a frequency of the library's one list (`'monthly'`, `'fourWeekly'`,
 * `'semiMonthly'`, `'annually'` ...) or, for Appendix J's other multiples, `{ everyDays: n }`,
 * `{ everyWeeks: n }` or `{ everyMonths: n }` (a day is `{ everyDays: 1 }`). Months are
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
 * (irregular) of a percentage point; `disclosedAprRate` (a decimal fraction, `'0.0975'` for
 * 9.75%) is checked against it, and the verdict comes back in `disclosed` (`{ ok, findings, ... }`).
 *
 * @param input - the credit, its currency, the payments and options; see {@link AprInputSchema}
 * @returns the APR, the unit period, the counts `t`/`f` of every flow and the regularity; see {@link AprResult}
 * @throws {@link arrears!ValidationError} for malformed input: amounts (`MONEY_*`,
 *   `MONEY_NOT_POSITIVE` for a zero or negative one), dates (`CALENDAR_INVALID_DATE`), `PLAN_APR_INVALID_ADVANCES`,
 *   `PLAN_UNKNOWN_UNIT_PERIOD`, `PLAN_INVALID_PAYMENT_SERIES`, `PLAN_TOO_MANY_FLOWS`,
 *   `PLAN_INVALID_RATE` (a `disclosedAprRate` above 1 without `highApr`, or above 10)
 * @throws {@link arrears!DomainRuleError} `PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE` when a payment is
 *   due on or before the first advance, `PLAN_APR_PAYMENTS_BELOW_ADVANCES` when the payments add
 *   up to less than the advances (no non-negative rate exists; a negative APR is never returned),
 *   `PLAN_DATE_OUT_OF_RANGE` when a series runs past 9999-12-31
 *
 * @example
 * ```ts
 * import { apr } from 'arrears/plan';
 * // 12 CFR 1026 App. J (c)(1)(i): $5,000 advanced 1978-01-10, 24 monthly payments of $230 from 1978-02-10.
 * const result = apr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] });
 * result.aprPercent; // => '9.69'
 * [result.unitPeriod, result.unitPeriodsPerYear, result.regular]; // => ['monthly', '12', true]
 * result.schedule[1]; // => { type: 'payment', date: '1978-02-10', amount: '230.00', t: 1, f: '0' }
 * // (c)(1)(ii): a long first period, 1 month and 19 days.
 * apr({ amountFinanced: '6000.00', advanceDate: '1978-02-10', currency: 'USD', payments: [{ amount: '200.00', count: 36, frequency: 'monthly', firstDueDate: '1978-04-01' }] }).schedule[1]?.f; // => '19/30'
 * // A disclosed APR, as a decimal fraction: 9.75% is within 1/8 of a point of 9.69%.
 * apr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }], disclosedAprRate: '0.0975' }).disclosed?.ok; // => true
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '340.00', count: 3, frequency: { everyWeeks: 3 }, firstDueDate: '2026-01-22' }] }).unitPeriod; // => { everyWeeks: 3 }
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', currency: 'USD', payments: [{ amount: '1000.00', date: '2026-02-15' }] }).aprPercent; // => '0.00'
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-15', currency: 'USD', payments: [{ amount: '1000.00', date: '2026-01-15' }] }); // throws PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE
 * ```
 */
export function apr(input: AprInput): AprResult {
  return aprWith(input, periodicRateOf);
}

/**
 * The unit-period rate: the fast method for one advance ({@link solveSingleAdvanceRate}),
 * else (several advance dates, or a stream it does not settle) the general solver.
 */
function periodicRateOf(terms: readonly EquationTerm[]): Digits {
  return solveSingleAdvanceRate(terms) ?? solvePeriodicRate(terms);
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
 * safeApr({ amountFinanced: '500.00', advanceDate: '1978-03-20', currency: 'USD', payments: [{ amount: '17.60', count: 30, frequency: 'weekly', firstDueDate: '1978-04-21' }] }).success; // => true
 * safeApr({ amountFinanced: 500, advanceDate: '1978-03-20', currency: 'USD', payments: [] }).success; // => false
 * safeApr({ amountFinanced: '500.00', advanceDate: '1978-03-20', currency: 'USD', payments: [{ amount: '17.60', count: 30, frequency: 'week', firstDueDate: '1978-04-21' }] }).success; // => false
 * ```
 */
export function safeApr(input: unknown): ArrearsResult<AprResult> {
  return attempt(() => apr(input as AprInput));
}
