import type { ErrorPath } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { minorToAmount, pow10, scanDecimal, significantFractionDigits } from './decimal-string.js';
import { checkAmount, checkBigint, checkMinor, checkMode, checkRatio, reject } from './guards.js';
import { divRound } from './rounding.js';
import { currencyEntry, DecimalStringSchema } from './schemas.js';
import type { Ratio, RoundingMode } from './types.js';

/**
 * Converts an exact amount to integer minor units (cents for USD, yen for JPY, fils for KWD):
 * the entry to the fast path. No rounding happens: an amount with more non-zero decimals than
 * the currency has is an error.
 *
 * @param amount - a decimal string with at most the currency's minor digits
 * @param currency - an ISO 4217 code
 * @returns the amount in minor units
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_AMOUNT`, `MONEY_TOO_MANY_DECIMALS`, `MONEY_AMOUNT_TOO_LARGE`, `MONEY_UNKNOWN_CURRENCY`
 *
 * @example
 * ```ts
 * import { toMinorUnits } from 'arrears/money';
 * toMinorUnits('12.34', 'USD'); // => 1234n
 * toMinorUnits('-0.5', 'USD'); // => -50n
 * toMinorUnits('1200', 'JPY'); // => 1200n
 * toMinorUnits('1.5', 'KWD'); // => 1500n
 * toMinorUnits('0.001', 'USD'); // throws MONEY_TOO_MANY_DECIMALS
 * ```
 */
export function toMinorUnits(amount: string, currency: string): bigint {
  const entry = currencyEntry(currency, ['currency']);
  return checkAmount(amount, entry, ['amount']);
}

/**
 * Formats integer minor units as an amount string with exactly the currency's minor digits:
 * the exit from the fast path. Zero is `"0.00"`, never `"-0.00"`.
 *
 * @param minor - a bigint below 10^30 major units in magnitude
 * @param currency - an ISO 4217 code
 * @returns the canonical amount string
 * @throws {@link arrears!ValidationError} `INPUT_INVALID_TYPE` for a non-bigint, `MONEY_AMOUNT_TOO_LARGE`, `MONEY_UNKNOWN_CURRENCY`
 *
 * @example
 * ```ts
 * import { fromMinorUnits } from 'arrears/money';
 * fromMinorUnits(1230n, 'USD'); // => '12.30'
 * fromMinorUnits(-5n, 'USD'); // => '-0.05'
 * fromMinorUnits(1200n, 'JPY'); // => '1200'
 * fromMinorUnits(7n, 'CLF'); // => '0.0007'
 * fromMinorUnits(1230, 'USD'); // throws INPUT_INVALID_TYPE
 * ```
 */
export function fromMinorUnits(minor: bigint, currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  return minorToAmount(checkMinor(minor, entry, ['minor']), entry.minorUnits);
}

/**
 * Parses a decimal string (a rate, factor or percentage as a fraction) into an exact ratio
 * of bigints, for the fast path. The ratio is not reduced to lowest terms: the denominator is
 * 10^k, where k counts the fraction digits without trailing zeros (`"0.50"` gives `5n / 10n`).
 *
 * @param value - a decimal string such as `"0.1299"` or `"-1.5"`
 * @returns `{ numerator, denominator }` with a positive power-of-ten denominator
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_DECIMAL`, `MONEY_AMOUNT_TOO_LARGE`, `MONEY_TOO_MANY_DECIMALS`
 *
 * @example
 * ```ts
 * import { parseRatio } from 'arrears/money';
 * parseRatio('0.1299'); // => { numerator: 1299n, denominator: 10000n }
 * parseRatio('-1.50'); // => { numerator: -15n, denominator: 10n }
 * parseRatio('12'); // => { numerator: 12n, denominator: 1n }
 * parseRatio('12%'); // throws MONEY_INVALID_DECIMAL
 * ```
 */
export function parseRatio(value: string): Ratio {
  return decimalToRatio(value, ['value']);
}

/** {@link parseRatio} with the error path of the caller's parameter. @internal */
export function decimalToRatio(value: unknown, path: ErrorPath): Ratio {
  const scanned = typeof value === 'string' ? scanDecimal(value) : 'syntax';
  if (typeof scanned === 'string') return reject(DecimalStringSchema, value, path);
  const digits = significantFractionDigits(scanned.fraction);
  const magnitude = BigInt(scanned.integer + scanned.fraction.slice(0, digits));
  return { numerator: scanned.negative ? -magnitude : magnitude, denominator: pow10(digits) };
}

/**
 * The non-throwing twin of {@link parseRatio}, for rates that come from user input.
 *
 * @param value - anything; a decimal string is expected
 * @returns `{ success: true, data }` with the ratio, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseRatio } from 'arrears/money';
 * safeParseRatio('0.05'); // => { success: true, data: { numerator: 5n, denominator: 100n } }
 * safeParseRatio('5%').success; // => false
 * ```
 *
 * @internal
 */
export function safeParseRatio(value: unknown): ArrearsResult<Ratio> {
  return attempt(() => parseRatio(value as string));
}

/**
 * Multiplies minor units by an exact ratio and rounds the product once, to whole minor
 * units, with the given mode: `round(minor * numerator / denominator)`. Exact; equal to
 * decimal.js multiplying the same values and rounding to the minor unit.
 *
 * @param minor - an amount in minor units
 * @param ratio - the factor, e.g. from {@link parseRatio}
 * @param mode - the rounding mode for the one rounding step
 * @returns the rounded product in minor units
 * @throws {@link arrears!ValidationError} for a non-bigint amount, a malformed ratio (`MONEY_INVALID_RATIO`) or an unknown mode
 *
 * @example
 * ```ts
 * import { multiplyMinorUnits, parseRatio } from 'arrears/money';
 * multiplyMinorUnits(10_000n, parseRatio('0.015'), 'halfExpand'); // => 150n
 * multiplyMinorUnits(333n, parseRatio('0.5'), 'halfExpand'); // => 167n
 * multiplyMinorUnits(333n, parseRatio('0.5'), 'halfEven'); // => 166n
 * multiplyMinorUnits(-333n, parseRatio('0.5'), 'floor'); // => -167n
 * ```
 */
export function multiplyMinorUnits(minor: bigint, ratio: Ratio, mode: RoundingMode): bigint {
  checkBigint(minor, ['minor']);
  const r = checkRatio(ratio, ['ratio']);
  return divRound(minor * r.numerator, r.denominator, checkMode(mode));
}
