// Exact arithmetic of payment plans: the level payment as one exact rational rounded once,
// the regular share of equal-principal and interest-free plans, and the small arithmetic
// interface the schedule loop runs on (safe-integer numbers, or bigints when amounts are too
// large for them). Internal: arguments are trusted.
import { divideRounded, fromMinorUnits } from '../money/index.js';
import type { RoundingMode } from '../money/index.js';
import { TWO_DIGITS } from './day-numbers.js';

/** Greatest common divisor of two non-negative bigints. */
export function gcd(x: bigint, y: bigint): bigint {
  let a = x < 0n ? -x : x;
  let b = y < 0n ? -y : y;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Rounds `num / den` (den > 0) to an integer in `mode`, or up to a multiple of `increment` (> 0). */
export function roundPayment(num: bigint, den: bigint, mode: RoundingMode, increment: bigint): bigint {
  if (increment > 0n) return divideRounded(num, den * increment, 'ceil') * increment;
  return divideRounded(num, den, mode);
}

/**
 * The level payment, exactly rounded: for `B` financed (minor units), periodic rate `i = a/b`
 * (a > 0) and `n` installments,
 * - without a balloon: `P = B·a·(a+b)^n / (b·((a+b)^n − b^n))`, i.e. `B·i / (1 − (1+i)^−n)`;
 * - with a balloon `X` as the final installment (n >= 2): the `n − 1` installments `P` and `X`
 *   at `n` repay `B`: `P = a·(B·(a+b)^n − X·b^n) / (b·((a+b)^n − (a+b)·b^(n−1)))`.
 * One division, rounded once (`mode`, or up to `increment`). Without a balloon or increment
 * the value comes from {@link levelPaymentFloat} when that can prove it (the bigint powers
 * cost most of the time: about 7 µs for 360 installments); it is the same value either way.
 */
export function levelPayment(financed: bigint, balloon: bigint, a: bigint, b: bigint, n: number, mode: RoundingMode, increment: bigint): bigint {
  if (balloon === 0n && increment === 0n) {
    const fast = levelPaymentFloat(financed, a, b, n, mode);
    if (fast !== undefined) return fast;
  }
  return levelPaymentExact(financed, balloon, a, b, n, mode, increment);
}

/** {@link levelPayment} by the exact bigint formula only (the reference of the float path). */
export function levelPaymentExact(financed: bigint, balloon: bigint, a: bigint, b: bigint, n: number, mode: RoundingMode, increment: bigint): bigint {
  const s = a + b;
  const sn = s ** BigInt(n);
  if (balloon === 0n) return roundPayment(financed * a * sn, b * (sn - b ** BigInt(n)), mode, increment);
  return roundPayment(a * (financed * sn - balloon * b ** BigInt(n)), b * (sn - s * b ** BigInt(n - 1)), mode, increment);
}

/** The unit roundoff of IEEE 754 binary64 (round to nearest): every +, −, ×, ÷ of two doubles has relative error at most U. */
const U = 2 ** -53;
/** Below 2^50, integers convert to doubles exactly and `x - floor(x)` is exact. */
const FLOAT_LIMIT = 2 ** 50;

/**
 * The level payment without a balloon, rounded in `mode`, computed in floating point and
 * returned only when the rounding is proven; `undefined` when it cannot be decided (the exact
 * value lies too close to a rounding boundary, such as an exact half-unit tie, or the numbers
 * are too large), and the caller then runs the exact formula.
 *
 * The proof. With `q = fl(a/b)` and `g = (1+q)^n − 1` computed by binary powering on `g`
 * itself (`g₂ₖ = gₖ·(2 + gₖ)`, `gₖ₊₁ = gₖ + q·(1 + gₖ)`: every operand positive, so nothing
 * cancels), the payment is `X = B·i·(1 + 1/g) = t + t/g` with `t = B·i`. Only IEEE 754 basic
 * operations are used (never `Math.pow`, whose accuracy ECMAScript does not specify), each with
 * relative error at most u = 2^−53. By induction the relative error of `gₖ` is at most
 * `(4k − 2)·u` (a doubling turns e into 2e + 2u, an increment into e + 4u), so that of `t/g`
 * is at most `(4n + 1)·u` and that of `x = t + t/g` at most `(4n + 2)·u`. The bound used,
 * `x·(8n + 16)·u`, is more than twice that. If the interval `x ± bound` contains no rounding
 * boundary of `mode` (half-integers for the half modes, integers for the others), every value
 * in it, `X` included, rounds to the same integer, which is returned. A property test checks
 * the result against {@link levelPaymentExact}, ties included.
 */
export function levelPaymentFloat(financed: bigint, a: bigint, b: bigint, n: number, mode: RoundingMode): bigint | undefined {
  const B = Number(financed);
  const A = Number(a);
  const D = Number(b);
  if (!(B < FLOAT_LIMIT && A < FLOAT_LIMIT && D < FLOAT_LIMIT && A > 0)) return undefined;
  const q = A / D;
  let g = q;
  for (let bit = 31 - Math.clz32(n) - 1; bit >= 0; bit -= 1) {
    g *= 2 + g;
    if ((n >> bit) & 1) g += q * (1 + g);
  }
  const t = B * q;
  const x = t + t / g;
  const bound = x * (8 * n + 16) * U;
  if (!(x < FLOAT_LIMIT && bound < 0.25)) return undefined;
  const whole = Math.floor(x);
  const f = x - whole;
  switch (mode) {
    case 'halfExpand':
    case 'halfTrunc':
    case 'halfEven':
    case 'halfCeil':
    case 'halfFloor':
      if (Math.abs(f - 0.5) <= bound) return undefined;
      return BigInt(f > 0.5 ? whole + 1 : whole);
    default:
      // expand, ceil, trunc, floor: the boundaries are the integers (X > 0).
      if (f <= bound || f >= 1 - bound) return undefined;
      return BigInt(mode === 'expand' || mode === 'ceil' ? whole + 1 : whole);
  }
}

/** The regular share of `amount` in `count` parts: rounded down (the residual part takes the rest), or up to `increment`. */
export function regularShare(amount: bigint, count: number, increment: bigint): bigint {
  if (increment > 0n) return divideRounded(amount, BigInt(count) * increment, 'ceil') * increment;
  return amount / BigInt(count);
}

/**
 * The arithmetic the schedule loop needs, on values `V` of minor units (never negative in a
 * schedule). Two implementations: numbers (exact while every value is a safe integer; products
 * that would not be go through bigint) and bigints.
 */
export interface PlanOps<V> {
  readonly zero: V;
  of(x: bigint): V;
  big(v: V): bigint;
  add(x: V, y: V): V;
  sub(x: V, y: V): V;
  lt(x: V, y: V): boolean;
  /** `round(v · num / den)` in the plan's rounding mode; `den > 0`. */
  mulDiv(v: V, num: bigint, den: bigint): V;
  /** Whether the value is still exact (numbers: a safe integer). */
  exact(v: V): boolean;
  fmt(v: V): string;
}

/** 2^52: below it a float quotient of integers truncates to the exact integer quotient. */
const EXACT_LIMIT = 2 ** 52;

/** Rounds a non-negative quotient `q` with remainder `r` (0 <= r < d) in a rounding mode (numbers). */
export function roundUp(q: number, r: number, d: number, mode: RoundingMode): number {
  if (r === 0) return q;
  switch (mode) {
    case 'expand':
    case 'ceil':
      return q + 1;
    case 'trunc':
    case 'floor':
      return q;
    default: {
      const twice = 2 * r;
      if (twice > d) return q + 1;
      if (twice < d) return q;
      // A tie of a non-negative quotient: halfCeil rounds it as halfExpand, halfFloor as halfTrunc.
      if (mode === 'halfExpand' || mode === 'halfCeil') return q + 1;
      if (mode === 'halfTrunc' || mode === 'halfFloor') return q;
      return q % 2 === 0 ? q : q + 1;
    }
  }
}

/** '.00'..'.99': the tail of a 2-decimal amount. */
const CENT_TAILS: readonly string[] = TWO_DIGITS.map((d) => `.${d}`);

/**
 * Formats non-negative safe-integer minor units with `m` decimals (no BigInt: one division and
 * one concatenation for 2-decimal currencies).
 */
export function formatMinor(v: number, m: number): string {
  if (m === 2) {
    const q = Math.floor(v / 100);
    return q + (CENT_TAILS[v - q * 100] as string);
  }
  if (m === 0) return String(v);
  const scale = 10 ** m;
  const q = Math.floor(v / scale);
  return `${q}.${String(v - q * scale).padStart(m, '0')}`;
}

// One instance per (minor units, mode), reused across calls: the schedule loop's call sites then
// always see the same functions, which V8 inlines (fresh closures per call would make them
// megamorphic and the loop about 2.5x slower).
const numberOpsCache = new Map<string, PlanOps<number>>();
const bigintOpsCache = new Map<string, PlanOps<bigint>>();

/** Safe-integer operations for a currency with `minorUnits` decimals. */
export function numberOps(minorUnits: number, mode: RoundingMode): PlanOps<number> {
  const key = `${minorUnits}:${mode}`;
  let ops = numberOpsCache.get(key);
  if (ops === undefined) {
    ops = makeNumberOps(minorUnits, mode);
    numberOpsCache.set(key, ops);
  }
  return ops;
}

function makeNumberOps(minorUnits: number, mode: RoundingMode): PlanOps<number> {
  let lastNum = 0n;
  let num = 0;
  let lastDen = 1n;
  let den = 1;
  return {
    zero: 0,
    of: (x) => Number(x),
    big: (v) => BigInt(v),
    add: (x, y) => x + y,
    sub: (x, y) => x - y,
    lt: (x, y) => x < y,
    mulDiv: (v, n, d) => {
      if (n !== lastNum) {
        lastNum = n;
        num = Number(n);
      }
      if (d !== lastDen) {
        lastDen = d;
        den = Number(d);
      }
      const p = v * num;
      if (p < EXACT_LIMIT && den < EXACT_LIMIT && num >= 0) {
        const q = Math.trunc(p / den);
        return roundUp(q, p - q * den, den, mode);
      }
      return Number(divideRounded(BigInt(v) * n, d, mode));
    },
    exact: (v) => Number.isSafeInteger(v),
    fmt: (v) => formatMinor(v, minorUnits),
  };
}

/** Bigint operations for a currency. */
export function bigintOps(currency: string, mode: RoundingMode): PlanOps<bigint> {
  const key = `${currency}:${mode}`;
  let ops = bigintOpsCache.get(key);
  if (ops === undefined) {
    ops = makeBigintOps(currency, mode);
    bigintOpsCache.set(key, ops);
  }
  return ops;
}

function makeBigintOps(currency: string, mode: RoundingMode): PlanOps<bigint> {
  return {
    zero: 0n,
    of: (x) => x,
    big: (v) => v,
    add: (x, y) => x + y,
    sub: (x, y) => x - y,
    lt: (x, y) => x < y,
    mulDiv: (v, n, d) => divideRounded(v * n, d, mode),
    exact: () => true,
    fmt: (v) => fromMinorUnits(v, currency),
  };
}
