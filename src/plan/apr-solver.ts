// Root finding for the general equation of 12 CFR 1026 App. J (b)(8). Internal: arguments are
// trusted (positive amounts, t >= 0, 0 <= num < den, payments after the first advance).
import { AprDecimal } from './decimals.js';
import type { AprDecimalValue } from './decimals.js';
import type { Digits } from './apr-digits.js';
import { digitsOf } from './apr-digits.js';

/** One term of the equation: `sign` +1 for a payment, -1 for an advance; `amount` a positive decimal string. */
export interface EquationTerm {
  readonly amount: string;
  readonly t: number;
  readonly num: number;
  readonly den: number;
  readonly sign: 1 | -1;
}

const ZERO = new AprDecimal(0);
const ONE = new AprDecimal(1);
/** Step, relative to max(1, i), below which the iteration stops: far below the 20 significant digits reported. */
const TOLERANCE = new AprDecimal('1e-30');
const MAX_ITERATIONS = 500;

/** A term prepared for repeated evaluation: signed amount, and the fraction as decimals. */
interface PreparedTerm {
  readonly amount: AprDecimalValue;
  readonly t: number;
  readonly fraction: AprDecimalValue | undefined;
}

/**
 * The balance of the equation at periodic rate `i`, and its derivative:
 * `g(i) = sum(P_j / ((1 + f_j i)(1 + i)^t_j)) - sum(A_k / ((1 + e_k i)(1 + i)^q_k))`,
 * with the fraction as simple interest `(1 + f i)` ((b)(6)) and full periods compounded.
 * Terms are sorted by `t`, so the discount factor `(1 + i)^-t` is built by multiplication.
 */
function balance(terms: readonly PreparedTerm[], i: AprDecimalValue): { g: AprDecimalValue; dg: AprDecimalValue } {
  const base = ONE.plus(i);
  const v = ONE.div(base);
  let t = 0;
  let discount = ONE;
  let g = ZERO;
  let weighted = ZERO; // sum of value * t
  let fractional = ZERO; // sum of value * f / (1 + f i)
  for (const term of terms) {
    if (term.t !== t) {
      discount = discount.times(term.t - t === 1 ? v : v.pow(term.t - t));
      t = term.t;
    }
    let value = term.amount.times(discount);
    if (term.fraction !== undefined) {
      const simple = ONE.plus(term.fraction.times(i));
      value = value.div(simple);
      fractional = fractional.plus(value.times(term.fraction).div(simple));
    }
    g = g.plus(value);
    if (term.t > 0) weighted = weighted.plus(value.times(term.t));
  }
  return { g, dg: fractional.plus(weighted.div(base)).negated() };
}

/**
 * Solves the general equation for the unit-period rate `i >= 0` by Newton's method kept inside
 * a bisection bracket (a step leaving the bracket is replaced by a bisection), until a step is
 * below 1e-30 relative to max(1, `i`) (at 40 significant digits).
 *
 * The caller guarantees that the payments add up to more than the advances, so `g(0) > 0`, and
 * that the first advance is at `t = 0, f = 0` before every payment, so `g(i)` tends to minus the
 * first advance as `i` grows: a root exists between 0 and the first power of two where `g < 0`.
 * For a single advance (and whenever all advances precede all payments) `g` is decreasing and
 * the root is unique; otherwise the root returned is one in that first bracket. The root is
 * returned exactly, as the 40-digit decimal found.
 */
export function solvePeriodicRate(equation: readonly EquationTerm[]): Digits {
  return digitsOf(rootOf(equation).toFixed());
}

function rootOf(equation: readonly EquationTerm[]): AprDecimalValue {
  const terms: PreparedTerm[] = equation
    .map((term) => ({
      amount: term.sign > 0 ? new AprDecimal(term.amount) : new AprDecimal(term.amount).negated(),
      t: term.t,
      fraction: term.num === 0 ? undefined : new AprDecimal(term.num).div(term.den),
    }))
    .sort((a, b) => a.t - b.t);
  let lo = ZERO;
  let hi = ONE;
  while (balance(terms, hi).g.greaterThan(0)) {
    lo = hi;
    hi = hi.times(2);
  }
  let x = lo;
  for (let n = 0; n < MAX_ITERATIONS; n += 1) {
    const { g, dg } = balance(terms, x);
    if (g.isZero()) return x;
    if (g.greaterThan(0)) lo = x;
    else hi = x;
    // A zero slope gives an infinite step, which the bracket test turns into a bisection.
    let next = x.minus(g.div(dg));
    if (!next.greaterThan(lo) || !next.lessThan(hi)) next = lo.plus(hi).div(2);
    const scale = AprDecimal.max(ONE, next.abs());
    if (next.minus(x).abs().lessThanOrEqualTo(TOLERANCE.times(scale)) || hi.minus(lo).lessThanOrEqualTo(TOLERANCE.times(scale))) return next;
    x = next;
  }
  /* v8 ignore next 2 -- Newton converges in a handful of steps; the bisection fallback bounds the rest */
  return lo.plus(hi).div(2);
}
