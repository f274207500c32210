import { Decimal } from 'decimal.js';
import { checkAllocateOptions, checkAmount, checkMode } from './guards.js';
import { divisionByZero } from './rounding.js';
import { currencyEntry, minorUnitsIn } from './schemas.js';
import { parseInput } from '../internal/parse.js';
import { MAX_INTEGER_DIGITS } from './decimal-string.js';
import type { MoneyCalculator } from './calculator.js';
import type { AllocateOptionsInput, RoundingMode } from './types.js';

/*
 * The reference implementation of MoneyCalculator on decimal.js. Internal: it is not exported
 * from the module index (public types must not mention decimal.js), and it exists so that one
 * property suite can prove the bigint fast path gives the same strings.
 *
 * Exactness: a private constructor with 400 significant digits. Products of in-range values
 * (under 10^34 scaled) by ratios (under 10^61) have under 100 digits, so they are exact. A
 * quotient p/q that is not a multiple of the minor unit differs from every multiple by at least
 * 1/(q * 10^m), which shows within log10(q) + m + 1 < 150 digits of the point, so rounding the
 * 400-digit quotient to the minor unit gives the same result as rounding the exact rational.
 */
const D = Decimal.clone({ precision: 400, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
type Dec = InstanceType<typeof D>;

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  halfExpand: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfTrunc: Decimal.ROUND_HALF_DOWN,
  halfCeil: Decimal.ROUND_HALF_CEIL,
  halfFloor: Decimal.ROUND_HALF_FLOOR,
  expand: Decimal.ROUND_UP,
  trunc: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * A calculator whose values are decimal.js numbers in major units. Test-only reference.
 *
 * @internal
 */
export function createDecimalCalculator(currency: string): MoneyCalculator<Dec> {
  const entry = currencyEntry(currency, ['currency']);
  const m = entry.minorUnits;
  const unit = new D(10).pow(-m);
  const scale = new D(10).pow(m);
  const limit = new D(10).pow(MAX_INTEGER_DIGITS);
  const round = (x: Dec, mode: RoundingMode): Dec => x.toDecimalPlaces(m, MODES[checkMode(mode)]);
  return Object.freeze({
    currency: entry,
    fromAmount: (amount: string): Dec => {
      checkAmount(amount, entry, ['amount']);
      return new D(amount);
    },
    toAmount: (value: Dec): string => {
      if (value.abs().gte(limit)) parseInput(minorUnitsIn(entry.code), BigInt(value.times(scale).toFixed(0)), ['value']);
      return (value.isZero() ? new D(0) : value).toFixed(m);
    },
    add: (a: Dec, b: Dec): Dec => a.plus(b),
    subtract: (a: Dec, b: Dec): Dec => a.minus(b),
    compare: (a: Dec, b: Dec): -1 | 0 | 1 => a.cmp(b) as -1 | 0 | 1,
    multiply: (value: Dec, factor: { numerator: bigint; denominator: bigint }, mode: RoundingMode): Dec =>
      round(value.times(factor.numerator.toString()).div(factor.denominator.toString()), mode),
    mulDiv: (value: Dec, numerator: bigint, denominator: bigint, mode: RoundingMode): Dec => {
      if (denominator === 0n) throw divisionByZero(['denominator']);
      return round(value.times(numerator.toString()).div(denominator.toString()), mode);
    },
    allocate: (value: Dec, weights: readonly bigint[], options?: AllocateOptionsInput): Dec[] => {
      const remainder = checkAllocateOptions(options);
      // Largest remainder in scaled integers: X = |value| * 10^m; part_i = floor(X * w_i / W).
      const total = value.abs().times(scale);
      const w = weights.map((x) => new D(x.toString()));
      const sum = w.reduce((s, x) => s.plus(x), new D(0));
      const parts = w.map((x) => total.times(x).divToInt(sum));
      const remainders = w.map((x) => total.times(x).mod(sum));
      // A count of minor units still to hand out (fewer than the number of parts), not an amount.
      let leftover = parts.reduce((left, p) => left.minus(p), total).toNumber();
      if (remainder === 'largestRemainder') {
        const order = parts.map((_, i) => i).sort((a, b) => (remainders[b] as Dec).cmp(remainders[a] as Dec));
        for (const i of order) {
          if (leftover === 0) break;
          parts[i] = (parts[i] as Dec).plus(1);
          leftover--;
        }
      } else {
        const indexes = weights.map((_, i) => i).filter((i) => (weights[i] as bigint) > 0n);
        const i = (remainder === 'first' ? indexes[0] : indexes[indexes.length - 1]) as number;
        parts[i] = (parts[i] as Dec).plus(leftover);
      }
      const sign = value.isNegative() ? -1 : 1;
      return parts.map((p) => p.times(unit).times(sign));
    },
  });
}
