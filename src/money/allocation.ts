import { parseInput } from '../internal/parse.js';
import { minorToAmount, pow10, scanDecimal, significantFractionDigits } from './decimal-string.js';
import { checkAllocateOptions, checkAmount, checkBigint, checkWeights } from './guards.js';
import { AllocationCountSchema, AllocationRatiosSchema, currencyEntry } from './schemas.js';
import type { AllocateOptionsInput, AllocationRatio, AllocationRemainder } from './types.js';
import { unreachable } from '../internal/unreachable.js';

/**
 * Splits minor units by integer weights, without checks (weights non-negative, at least one
 * positive). Largest-remainder method on the magnitude; a negative amount is split as its
 * magnitude and every part negated, so `split(-x) = -split(x)`.
 *
 * @internal
 */
export function allocateUnchecked(minor: bigint, weights: readonly bigint[], remainder: AllocationRemainder): bigint[] {
  const negative = minor < 0n;
  const total = negative ? -minor : minor;
  let weightSum = 0n;
  for (const w of weights) weightSum += w;
  const count = weights.length;
  const parts = new Array<bigint>(count);
  const remainders = new Array<bigint>(count);
  let allocated = 0n;
  for (let i = 0; i < count; i++) {
    const product = total * (weights[i] as bigint);
    const part = product / weightSum;
    parts[i] = part;
    remainders[i] = product % weightSum;
    allocated += part;
  }
  // 0 <= leftover < number of parts with a non-zero remainder.
  const leftover = total - allocated;
  if (leftover > 0n) {
    if (remainder === 'largestRemainder') {
      const order = Array.from({ length: count }, (_, i) => i);
      // Array.prototype.sort is stable: equal remainders keep index order (earliest first).
      order.sort((a, b) => {
        const ra = remainders[a] as bigint;
        const rb = remainders[b] as bigint;
        return ra === rb ? 0 : ra > rb ? -1 : 1;
      });
      const n = Number(leftover);
      for (let k = 0; k < n; k++) {
        const i = order[k] as number;
        parts[i] = (parts[i] as bigint) + 1n;
      }
    } else {
      let i = remainder === 'first' ? 0 : count - 1;
      const step = remainder === 'first' ? 1 : -1;
      while ((weights[i] as bigint) === 0n) i += step;
      parts[i] = (parts[i] as bigint) + leftover;
    }
  }
  if (negative) for (let i = 0; i < count; i++) parts[i] = -(parts[i] as bigint);
  return parts;
}

/**
 * Splits integer minor units into parts proportional to integer weights, so that the parts
 * sum back to the amount exactly. The fast-path twin of {@link allocate}.
 *
 * Each part first gets its exact share rounded toward zero; the leftover minor units (fewer
 * than the number of parts) then go, with `largestRemainder` (default), one each to the parts
 * whose exact shares had the largest fractional remainders, ties to the earliest part; with
 * `first` or `last`, all to the first or last part with a non-zero weight. A part with weight
 * zero always gets zero. A negative amount is split symmetrically: `split(-x) = -split(x)`.
 *
 * @param minor - the amount in minor units
 * @param weights - non-negative bigints, at least one positive
 * @param options - `remainder`: where the leftover minor units go (default `largestRemainder`)
 * @returns one part per weight, in minor units, summing to `minor`
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_RATIOS` for negative or all-zero weights; a type error code for non-bigints
 *
 * @example
 * ```ts
 * import { allocateMinorUnits } from 'arrears/money';
 * allocateMinorUnits(100n, [1n, 1n, 1n]); // => [34n, 33n, 33n]
 * allocateMinorUnits(100n, [1n, 1n, 1n], { remainder: 'last' }); // => [33n, 33n, 34n]
 * allocateMinorUnits(-100n, [1n, 1n, 1n]); // => [-34n, -33n, -33n]
 * allocateMinorUnits(5n, [1n, 3n]); // => [1n, 4n]
 * allocateMinorUnits(5n, [0n, 0n]); // throws MONEY_INVALID_RATIOS
 * ```
 */
export function allocateMinorUnits(minor: bigint, weights: readonly bigint[], options?: AllocateOptionsInput): bigint[] {
  checkBigint(minor, ['minor']);
  const checked = checkWeights(weights);
  return allocateUnchecked(minor, checked, checkAllocateOptions(options));
}

/** Turns parsed ratios into integer weights on a common scale. */
function ratiosToWeights(ratios: ReadonlyArray<string | number>): bigint[] {
  let scale = 0;
  const scanned = ratios.map((ratio) => {
    if (typeof ratio === 'number') return ratio;
    const s = scanDecimal(ratio);
    /* v8 ignore next -- the schema has checked every string */
    if (typeof s === 'string') unreachable('a ratio passed the schema but not the scanner');
    const digits = significantFractionDigits(s.fraction);
    if (digits > scale) scale = digits;
    return { integer: s.integer, fraction: s.fraction.slice(0, digits) };
  });
  return scanned.map((r) => {
    if (typeof r === 'number') return BigInt(r) * pow10(scale);
    return BigInt(r.integer + r.fraction.padEnd(scale, '0'));
  });
}

/**
 * Splits an amount into parts that sum back to it exactly, in proportion to `ratios` or into
 * `count` equal parts (largest-remainder method, as Dinero.js's `allocate`).
 *
 * Rounding: each part is its exact share rounded toward zero to the minor unit; the leftover
 * minor units then go, with `remainder: 'largestRemainder'` (default), one each to the parts
 * whose exact shares lost the most, ties to the earliest part, so no part is more than one
 * minor unit from its exact share; with `'first'` or `'last'`, all of them to the first or last
 * part with a non-zero ratio (what a payment plan wants: "333.33, 333.33, 333.34"). A part
 * whose ratio is zero is `"0.00"`. A negative amount is split symmetrically:
 * `allocate(-x) = -allocate(x)` part by part.
 *
 * @param amount - the exact amount to split
 * @param ratios - the number of equal parts (1 to 100,000), or the ratios: non-negative decimal strings or safe integers, at least one positive
 * @param currency - an ISO 4217 code
 * @param options - `remainder`: where the leftover minor units go
 * @returns the parts as canonical amount strings, in the order of the ratios
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_RATIOS` for negative or all-zero ratios, `INPUT_OUT_OF_RANGE` for a count below 1, the amount and currency codes
 *
 * @example
 * ```ts
 * import { allocate } from 'arrears/money';
 * allocate('1000.00', 3, 'USD', { remainder: 'last' }); // => ['333.33', '333.33', '333.34']
 * allocate('1000.00', 3, 'USD'); // => ['333.34', '333.33', '333.33']
 * allocate('100000', 3, 'JPY', { remainder: 'last' }); // => ['33333', '33333', '33334']
 * allocate('0.05', ['0.7', '0.3'], 'USD'); // => ['0.04', '0.01']
 * allocate('-10.00', [1, 2], 'USD'); // => ['-3.33', '-6.67']
 * allocate('10.00', [1, 0], 'USD', { remainder: 'last' }); // => ['10.00', '0.00']
 * allocate('1.00', 0, 'USD'); // throws INPUT_OUT_OF_RANGE
 * allocate('1.00', [0, '0.00'], 'USD'); // throws MONEY_INVALID_RATIOS
 * ```
 */
export function allocate(amount: string, ratios: readonly AllocationRatio[] | number, currency: string, options?: AllocateOptionsInput): string[] {
  const entry = currencyEntry(currency, ['currency']);
  const minor = checkAmount(amount, entry, ['amount']);
  const weights = Array.isArray(ratios)
    ? ratiosToWeights(parseInput(AllocationRatiosSchema, ratios, ['ratios']))
    : new Array<bigint>(parseInput(AllocationCountSchema, ratios, ['ratios'])).fill(1n);
  return allocateUnchecked(minor, weights, checkAllocateOptions(options)).map((part) => minorToAmount(part, entry.minorUnits));
}
