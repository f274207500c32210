import type { ErrorPath } from '../errors/index.js';
import { DomainRuleError } from '../errors/index.js';
import { MoneyErrorCodes } from './codes.js';
import { checkBigint, checkMode } from './guards.js';
import type { RoundingMode } from './types.js';

/**
 * Divides and rounds, without checks: `denominator` must not be zero and `mode` must be valid.
 *
 * @internal
 */
export function divRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncated toward zero
  const r = n % d; // same sign as n
  if (r === 0n) return q;
  const away = n < 0n ? q - 1n : q + 1n;
  switch (mode) {
    case 'trunc':
      return q;
    case 'expand':
      return away;
    case 'ceil':
      return n > 0n ? away : q;
    case 'floor':
      return n < 0n ? away : q;
    default:
      break;
  }
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice > d) return away;
  if (twice < d) return q;
  // An exact tie.
  switch (mode) {
    case 'halfExpand':
      return away;
    case 'halfTrunc':
      return q;
    case 'halfCeil':
      return n > 0n ? away : q;
    case 'halfFloor':
      return n < 0n ? away : q;
    default:
      return (q & 1n) === 0n ? q : away; // halfEven
  }
}

/**
 * Divides two integers and rounds the exact quotient to an integer with the given mode. The
 * primitive every rounding in arrears rests on: rounding `x` to the minor unit is
 * `divideRounded(x * 10^m, 10^k, mode)`, interest for a period is
 * `divideRounded(balance * rateNumerator, rateDenominator * 12n, mode)`. No precision is ever
 * lost: the quotient is never formed as a decimal.
 *
 * Modes (the names of `Intl.NumberFormat`'s `roundingMode`): `halfExpand` (ties away from
 * zero), `halfTrunc` (ties toward zero), `halfEven` (ties to the even integer), `halfCeil` (ties
 * toward +infinity), `halfFloor` (ties toward -infinity), `expand` (away from zero), `trunc`
 * (toward zero), `ceil` (toward +infinity), `floor` (toward -infinity).
 *
 * @param numerator - any bigint
 * @param denominator - a non-zero bigint (its sign counts)
 * @param mode - the rounding mode
 * @returns the rounded quotient
 * @throws {@link arrears!ValidationError} when an argument has the wrong type or the mode is unknown
 * @throws {@link arrears!DomainRuleError} `MONEY_DIVISION_BY_ZERO` when `denominator` is `0n`
 *
 * @example
 * ```ts
 * import { divideRounded } from 'arrears/money';
 * divideRounded(5n, 2n, 'halfExpand'); // => 3n
 * divideRounded(-5n, 2n, 'halfExpand'); // => -3n
 * divideRounded(5n, 2n, 'halfEven'); // => 2n
 * divideRounded(7n, 2n, 'halfEven'); // => 4n
 * divideRounded(-5n, 2n, 'halfCeil'); // => -2n
 * divideRounded(-5n, 2n, 'halfFloor'); // => -3n
 * divideRounded(-7n, 3n, 'floor'); // => -3n
 * divideRounded(1n, 0n, 'trunc'); // throws MONEY_DIVISION_BY_ZERO
 * ```
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  checkBigint(numerator, ['numerator']);
  checkBigint(denominator, ['denominator']);
  checkMode(mode);
  if (denominator === 0n) throw divisionByZero(['denominator']);
  return divRound(numerator, denominator, mode);
}

/** The error for a zero divisor. @internal */
export function divisionByZero(path: ErrorPath): DomainRuleError {
  return new DomainRuleError(MoneyErrorCodes.MONEY_DIVISION_BY_ZERO, `"${path.join('.')}" is zero: division by zero is not defined.`, { path });
}
