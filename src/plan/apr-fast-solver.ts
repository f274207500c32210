// The fast root finding for the equation of 12 CFR 1026 App. J (b)(8) when the credit is one
// advance (every advance at the beginning of the term): level and irregular payment streams
// alike. Internal: arguments are trusted (as in apr-solver.ts).
//
// Method: Newton's method in binary floating point on the terms one by one (cheap: a few
// thousand multiplications for 360 payments), which finds the root to about 1e-15; then the
// balance is evaluated in fixed point with 192 bits after the point, the payments grouped into
// runs of equal amounts one unit period apart, each run summed in closed form (a geometric
// series, as Appendix J writes the annuity of level payments: `P (1 - v^m) / (1 - v)`,
// `v = 1 / (1 + i)`), and the root corrected by Newton steps with the floating-point slope
// until a step is below 1e-30 relative to max(1, i): the stopping rule of the general solver,
// so both give the same rate to far more than the 20 significant digits reported. Two or three
// exact evaluations instead of one per payment and iteration at 40 digits.
import type { EquationTerm } from './apr-solver.js';
import type { Digits } from './apr-digits.js';
import { RATE_DIGITS, toSignificant } from './apr-digits.js';

/** Exact corrections allowed before giving up (to the general solver): two or three suffice. */
const MAX_CORRECTIONS = 8;
const MAX_FLOAT_ITERATIONS = 200;

/** A run of `m` payments of `amount`, at `t, t + 1, ..., t + m - 1` full unit periods with the same fraction `num/den`. */
export interface PaymentRun {
  readonly amount: string;
  readonly t: number;
  readonly m: number;
  readonly num: number;
  readonly den: number;
}

/**
 * The payments as runs, in order of `t`: a payment continues the run before it when it has the
 * same amount (as written), the same fraction, and falls one full unit period after it.
 */
export function paymentRuns(payments: readonly EquationTerm[]): PaymentRun[] {
  const runs: Array<{ amount: string; t: number; m: number; num: number; den: number }> = [];
  let last: (typeof runs)[number] | undefined;
  for (const p of payments) {
    if (last !== undefined && p.amount === last.amount && p.t === last.t + last.m && p.num * last.den === last.num * p.den) last.m += 1;
    else {
      last = { amount: p.amount, t: p.t, m: 1, num: p.num, den: p.den };
      runs.push(last);
    }
  }
  return runs;
}

/** Terms as floating-point numbers for the first approximation and the slope. */
export interface FloatTerm {
  readonly amount: number;
  readonly t: number;
  readonly f: number;
}

/** The balance `g(i)` and its slope in floating point, term by term (payments only; minus the advance). */
export function floatBalance(terms: readonly FloatTerm[], advance: number, i: number): { g: number; dg: number } {
  const logBase = Math.log1p(i);
  let g = -advance;
  let dg = 0;
  for (const term of terms) {
    const simple = 1 + term.f * i;
    const value = (term.amount * Math.exp(-term.t * logBase)) / simple;
    g += value;
    // d/di [A (1+i)^-t / (1 + f i)] = -value (t / (1 + i) + f / (1 + f i))
    dg -= value * (term.t / (1 + i) + term.f / simple);
  }
  return { g, dg };
}

/**
 * The root in floating point: Newton's method from 0, kept in a bisection bracket. `g` is
 * convex and decreasing for one advance, so Newton from the left approaches the root from the
 * left; the bracket only guards against rounding. `undefined` when it does not settle.
 */
function floatRoot(terms: readonly FloatTerm[], advance: number): number | undefined {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  let x = 0;
  for (let n = 0; n < MAX_FLOAT_ITERATIONS; n += 1) {
    const { g, dg } = floatBalance(terms, advance, x);
    if (!Number.isFinite(g) || !Number.isFinite(dg)) return undefined;
    if (g === 0) return x;
    if (g > 0) lo = x;
    else hi = x;
    let next = x - g / dg;
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : Math.max(2 * x, 1);
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.max(next, 1e-300)) return next;
    x = next;
  }
  return undefined;
}

/** Bits after the binary point of the fixed-point numbers: 2^-192 is about 1.6e-58. */
export const BITS = 192n;
export const UNIT = 1n << BITS;

/** `a × b` in fixed point (both scaled by 2^192), truncated. */
function mul(a: bigint, b: bigint): bigint {
  return (a * b) >> BITS;
}

/** `v^n` in fixed point, by squaring (n >= 1). */
function pow(v: bigint, n: number): bigint {
  let result = UNIT;
  let base = v;
  for (let k = n; k > 0; k >>= 1) {
    if ((k & 1) === 1) result = mul(result, base);
    if (k > 1) base = mul(base, base);
  }
  return result;
}

/** A positive decimal string as a fixed-point number (scaled by 2^192). */
export function fixedOf(decimal: string): bigint {
  const point = decimal.indexOf('.');
  if (point < 0) return BigInt(decimal) << BITS;
  const digits = BigInt(decimal.slice(0, point) + decimal.slice(point + 1));
  return (digits << BITS) / 10n ** BigInt(decimal.length - point - 1);
}

/**
 * The balance `g(i)` in fixed point with 192 bits after the point (about 57 decimal digits),
 * each run of payments in closed form. Every operation truncates by at most 2^-192, so the
 * balance is exact to far beyond the 1e-30 the iteration stops at, even where the closed form
 * loses digits to cancellation (`1 - v^m` at small rates).
 */
export function exactBalance(runs: readonly PaymentRun[], amounts: readonly bigint[], advance: bigint, i: bigint): bigint {
  const base = UNIT + i;
  const v = (UNIT << BITS) / base;
  let t = 0;
  let discount = UNIT;
  let g = -advance;
  runs.forEach((run, k) => {
    if (run.t !== t) {
      discount = mul(discount, run.t - t === 1 ? v : pow(v, run.t - t));
      t = run.t;
    }
    let value = mul(amounts[k] as bigint, discount);
    // sum_{j<m} v^j = (1 - v^m) / (1 - v) = (1 - v^m)(1 + i) / i
    if (run.m > 1) value = (mul(value, mul(UNIT - pow(v, run.m), base)) << BITS) / i;
    // value / (1 + f i) with f = num / den: value × den / (den + num × i)
    if (run.num !== 0) value = (value * BigInt(run.den) * UNIT) / (i * BigInt(run.num) + BigInt(run.den) * UNIT);
    g += value;
  });
  return g;
}

const TEN_TO_60 = 10n ** 60n;

/** A fixed-point number as a decimal of the general solver's precision (40 digits, half-even). */
function decimalOf(x: bigint): Digits {
  // 60 decimals of x / 2^192: far past the 40 significant digits kept for any rate above 1e-20.
  return toSignificant({ c: (x * TEN_TO_60) >> BITS, e: -60 }, RATE_DIGITS);
}

/** A finite double as a fixed-point number, exactly (a double is a dyadic rational) down to 2^-192. */
function fixedOfNumber(x: number): bigint {
  if (x === 0) return 0n;
  // x × 2^e with 2^52 <= |x × 2^e| < 2^53 is an integer: every bit of the double is kept.
  const e = Math.min(1000, 52 - Math.floor(Math.log2(Math.abs(x))));
  const mantissa = BigInt(Math.round(e >= 0 ? x * 2 ** e : x / 2 ** -e));
  const shift = BITS - BigInt(e);
  return shift >= 0n ? mantissa << shift : mantissa >> -shift;
}

/** An equation whose advances are all at the beginning of the term, in fixed point. */
interface SingleAdvance {
  readonly advanceFixed: bigint;
  readonly advance: number;
  readonly floats: readonly FloatTerm[];
  readonly runs: readonly PaymentRun[];
  readonly amounts: readonly bigint[];
}

/** The equation prepared for the fixed-point methods; `undefined` when an advance is not at the beginning of the term. */
function singleAdvanceOf(equation: readonly EquationTerm[]): SingleAdvance | undefined {
  let advanceFixed = 0n;
  let advance = 0;
  const payments: EquationTerm[] = [];
  for (const term of equation) {
    if (term.sign > 0) payments.push(term);
    else if (term.t === 0 && term.num === 0) {
      advanceFixed += fixedOf(term.amount);
      advance += Number(term.amount);
    } else return undefined;
  }
  payments.sort((a, b) => a.t - b.t);
  const runs = paymentRuns(payments);
  return { advanceFixed, advance, floats: payments.map((p) => ({ amount: Number(p.amount), t: p.t, f: p.num / p.den })), runs, amounts: runs.map((run) => fixedOf(run.amount)) };
}

const TOLERANCE = UNIT / 10n ** 30n;

/** Whether a step (or a bracket) is below 1e-30 relative to max(1, x): the general solver's stopping rule. */
function settled(step: bigint, x: bigint): boolean {
  return (step < 0n ? -step : step) <= (TOLERANCE * (x > UNIT ? x : UNIT)) / UNIT;
}

/**
 * The unit-period rate `i > 0` of a transaction whose advances are all at the beginning of the
 * term (`t = 0`, no fraction), with payments that add up to more than the advances; `undefined`
 * when the terms are not of that form or the method does not settle (the caller then uses the
 * general solver).
 */
export function solveSingleAdvanceRate(equation: readonly EquationTerm[]): Digits | undefined {
  const single = singleAdvanceOf(equation);
  if (single === undefined) return undefined;
  const { advanceFixed, advance, floats, runs, amounts } = single;
  const start = floatRoot(floats, advance);
  if (start === undefined || !(start > 0)) return undefined;
  let x = fixedOfNumber(start);
  for (let n = 0; n < MAX_CORRECTIONS; n += 1) {
    const g = exactBalance(runs, amounts, advanceFixed, x);
    const { dg } = floatBalance(floats, advance, Number(x) / 2 ** 192);
    // The step g / dg: g as a double is exact to 1e-16 relative, more than the step needs.
    const step = fixedOfNumber(Number(g) / 2 ** 192 / dg);
    const next = x - step;
    if (next <= 0n) return undefined;
    if (settled(step, next)) return decimalOf(next);
    x = next;
  }
  /* v8 ignore next -- two or three corrections settle; a stream that does not goes to the general solver */
  return undefined;
}

/**
 * The same rate by bisection in fixed point, for the one-advance streams the fast method does
 * not settle: `g` is decreasing, the root is bracketed between 0 and the first power of two
 * where the balance is negative, and halved until the bracket is below 1e-30 relative to
 * max(1, i) (the general solver's stopping rule). Slow (a hundred exact evaluations or more) and
 * rarely needed; without decimal.js, so a schedule's APR bundles none even for such a stream.
 */
export function bisectSingleAdvanceRate(equation: readonly EquationTerm[]): Digits | undefined {
  const single = singleAdvanceOf(equation);
  if (single === undefined) return undefined;
  const balance = (i: bigint): bigint => exactBalance(single.runs, single.amounts, single.advanceFixed, i);
  let lo = 0n;
  let hi = UNIT;
  while (balance(hi) > 0n) {
    lo = hi;
    hi *= 2n;
  }
  while (!settled(hi - lo, hi)) {
    const mid = (lo + hi) / 2n;
    if (balance(mid) > 0n) lo = mid;
    else hi = mid;
  }
  return decimalOf((lo + hi) / 2n);
}
