// Whether the APR of a transaction, as disclosed, is above a limit, decided without solving for
// the APR when the equation of 12 CFR 1026 App. J (b)(8) allows it (internal; the check of
// `maxAprRate` in validatePlanTerms, compared in percent). Solving takes Newton's method to about 1e-30; deciding
// takes one evaluation of the equation's balance at the rate on the limit.
//
// Why one evaluation decides. With one advance at the beginning of the term and every payment
// after it, the balance `g(i) = sum_j P_j / ((1 + f_j i)(1 + i)^t_j) - A` (the present value of
// the payments at unit-period rate `i` less the amount financed) strictly decreases in `i`, and
// the APR's periodic rate `i*` is its root. The disclosed APR is `i* × w × 100` rounded half-up
// to `d` decimals; it is above the limit `M` exactly when it is at least `K / 10^d`, the
// smallest such decimal above `M`, that is when `i* × w × 100 >= (K - 1/2) / 10^d`. Call the
// rate on the right `r`: the APR is above the limit exactly when `i* >= r`, exactly when
// `g(r) >= 0` (the payments, discounted at the limit, are worth at least the amount financed).
//
// Exactly as solving then comparing. `g(r)` is first evaluated in floating point with a bound
// on its rounding error, then, when the sign is within that bound, in fixed point to 2^-192
// (apr-fast-solver.ts). A sign is trusted only when `|g(r)| >= paid × (T + 1) × 1e-24`, with
// `T` the largest count of full unit periods: the slope of `g` is at most `paid × (T + 1)`, so
// the root is then more than 1e-24 from `r`, and the solver's root (within about 1e-30 ×
// max(1, i)) falls on the same side. Closer than that (an APR exactly on the rounding boundary,
// as a single payment can give), and in every case the method does not cover (several advance
// dates, payments not above the amount financed, no payment after the advance), the APR is
// solved and compared: the decision is then the solver's by construction. A property test
// checks the two against each other.
import type * as z from 'zod/mini';
import { parseRatio } from '../money/index.js';
import { apr, equationTermsOf, unitChoiceOf } from './apr.js';
import { BITS, exactBalance, fixedOf, floatBalance, paymentRuns } from './apr-fast-solver.js';
import type { EquationTerm } from './apr-solver.js';
import { advanceFlows, paymentFlows } from './payment-stream.js';
import type { Flow } from './payment-stream.js';
import type { AprInputSchema } from './apr-schemas.js';
import { memoStandardUnits, unitsPerYear } from './unit-period.js';

/** An APR input as AprInputSchema returns it. */
export type ParsedAprInput = z.output<typeof AprInputSchema>;

/** 2^-53: the relative rounding error of one floating-point operation. */
const EPSILON = Number.EPSILON / 2;
/** The distance of the root from the limit's rate, in units of `paid × (T + 1)`, below which the APR is solved. */
const MARGIN = 10n ** 24n;

/** Whether the exact ratio `a` is above `b` (positive denominators). */
function above(a: { numerator: bigint; denominator: bigint }, b: { numerator: bigint; denominator: bigint }): boolean {
  return a.numerator * b.denominator > b.numerator * a.denominator;
}

/**
 * The sign of `g(r)`, `r = num / den`: `1`, `-1`, or `0` when it is too close to zero to decide
 * (then the APR is solved).
 */
function signAt(terms: readonly EquationTerm[], advance: string, advanced: number, paid: number, num: bigint, den: bigint): number {
  const payments = terms.filter((term) => term.sign > 0);
  let largest = 0;
  const floats = payments.map((p) => {
    if (p.t > largest) largest = p.t;
    return { amount: Number(p.amount), t: p.t, f: p.num / p.den };
  });
  const rate = Number(num) / Number(den);
  // Each term is off by at most (t (log(1 + r) + 1) + 10) roundings of its value, the sum by
  // (n + 2) roundings of the total: bounded by the largest t, times 4 to spare.
  const { g } = floatBalance(floats, advanced, rate);
  const bound = 4 * EPSILON * (advanced + paid) * (largest * (Math.log1p(rate) + 1) + payments.length + 16);
  if (g > bound) return 1;
  if (g < -bound) return -1;
  const runs = paymentRuns(payments);
  const exact = exactBalance(
    runs,
    runs.map((run) => fixedOf(run.amount)),
    fixedOf(advance),
    (num << BITS) / den,
  );
  const paidFixed = payments.reduce((sum, p) => sum + fixedOf(p.amount), 0n);
  const margin = (paidFixed * BigInt(largest + 1)) / MARGIN;
  return exact >= margin ? 1 : exact <= -margin ? -1 : 0;
}

/** The options of an APR input that the decision reads. */
export interface AprLimitOptions {
  readonly unitPeriod?: unknown;
  readonly aprPercentDecimals?: number | undefined;
}

/**
 * Whether the disclosed APR of one advance and dated payments (in date order) is above
 * `maxPercent`, decided by the sign of the equation's balance at the limit (see the top of this
 * file); `solve` gives the disclosed APR (`aprPercent` of {@link apr} on the same flows) when
 * the sign cannot decide.
 *
 * @internal
 */
export function flowsAprAbove(advance: Flow, payments: readonly Flow[], options: AprLimitOptions, maxPercent: string, solve: () => string): boolean {
  const limit = parseRatio(maxPercent);
  const solved = (): boolean => above(parseRatio(solve()), limit);
  const start = advance.day;
  if ((payments[0] as Flow).day <= start) return solved();
  let paid = 0;
  for (const p of payments) paid += Number(p.amount);
  const advanced = Number(advance.amount);
  // Payments clearly above the amount financed (a positive rate); at or near it, the solver.
  if (!(paid > advanced * (1 + 1e-9))) return solved();
  const unitsOf = memoStandardUnits();
  const advances = [advance];
  const { unit } = unitChoiceOf(options.unitPeriod, start, advances, payments, unitsOf);
  const terms = equationTermsOf(start, advances, payments, unit, unitsOf);
  // K / 10^d: the smallest disclosed APR above the limit; (2K - 1) / (2 × 10^d) percent rounds up to it.
  const scale = 10n ** BigInt(options.aprPercentDecimals ?? 2);
  const k = (limit.numerator * scale) / limit.denominator + 1n;
  const w = unitsPerYear(unit);
  // r = (2K - 1) / (2 × 10^d × 100) / w, with w = w.num / w.den unit periods a year.
  const sign = signAt(terms, advance.amount, advanced, paid, (2n * k - 1n) * BigInt(w.den), 200n * scale * BigInt(w.num));
  return sign === 0 ? solved() : sign > 0;
}

/**
 * Whether the APR of `input`, as {@link apr} discloses it (`aprPercent`, rounded half-up to
 * `aprPercentDecimals`), is above `maxPercent`: the same answer as comparing `apr(input).aprPercent`
 * with it, mostly without solving (see the top of this file). Throws what {@link apr} throws.
 *
 * @param input - an APR input already parsed by AprInputSchema
 * @param maxPercent - the limit, a non-negative decimal string in percent
 * @internal
 */
export function aprPercentAbove(input: ParsedAprInput, maxPercent: string): boolean {
  const disclosed = (): string => apr(input).aprPercent;
  if (input.advances !== undefined) return above(parseRatio(disclosed()), parseRatio(maxPercent));
  return flowsAprAbove(advanceFlows(input)[0] as Flow, paymentFlows(input), input, maxPercent, disclosed);
}
