/**
 * The error codes of `arrears/money`. Every error this module throws carries one of these
 * codes, or one of the generic {@link arrears!CoreErrorCodes} (wrong type, missing field, out of
 * range) when a generic schema check failed.
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { MoneyErrorCodes, parseAmount } from 'arrears/money';
 * MoneyErrorCodes.MONEY_INVALID_AMOUNT; // => 'MONEY_INVALID_AMOUNT'
 * parseAmount('1e3', 'USD'); // throws MONEY_INVALID_AMOUNT
 * ```
 */
export const MoneyErrorCodes = {
  /** An amount is not a plain decimal string (`"1234.56"`): empty, exponent, separators, spaces, `+`, `NaN`, ... */
  MONEY_INVALID_AMOUNT: 'MONEY_INVALID_AMOUNT',
  /** A rate, factor, ratio or increment is not a plain decimal string. */
  MONEY_INVALID_DECIMAL: 'MONEY_INVALID_DECIMAL',
  /** An exact amount has more (non-zero) fraction digits than its currency allows, or a decimal has more than 30. */
  MONEY_TOO_MANY_DECIMALS: 'MONEY_TOO_MANY_DECIMALS',
  /** A value or result has more than 30 digits before the decimal point (its magnitude is 10^30 or more). */
  MONEY_AMOUNT_TOO_LARGE: 'MONEY_AMOUNT_TOO_LARGE',
  /** A currency code is not an active ISO 4217 code with a minor unit. */
  MONEY_UNKNOWN_CURRENCY: 'MONEY_UNKNOWN_CURRENCY',
  /** A rounding increment is not a positive multiple of the currency's minor unit. */
  MONEY_INVALID_INCREMENT: 'MONEY_INVALID_INCREMENT',
  /** A division by zero was requested. */
  MONEY_DIVISION_BY_ZERO: 'MONEY_DIVISION_BY_ZERO',
  /** Allocation ratios are negative, not numbers, or all zero. */
  MONEY_INVALID_RATIOS: 'MONEY_INVALID_RATIOS',
  /** A value of the safe-integer calculator would leave the exact range of JS numbers, ±(2^53 - 1) minor units. */
  MONEY_UNSAFE_INTEGER: 'MONEY_UNSAFE_INTEGER',
  /** A ratio object (`{ numerator, denominator }`) has a denominator that is not positive. */
  MONEY_INVALID_RATIO: 'MONEY_INVALID_RATIO',
  /** An amount that must be greater than zero (`PositiveAmountSchema`) is zero or negative. */
  MONEY_NOT_POSITIVE: 'MONEY_NOT_POSITIVE',
  /** An amount that must not be negative (`NonNegativeAmountSchema`) is below zero. */
  MONEY_NEGATIVE: 'MONEY_NEGATIVE',
} as const;

/**
 * One of the {@link MoneyErrorCodes}.
 */
export type MoneyErrorCode = (typeof MoneyErrorCodes)[keyof typeof MoneyErrorCodes];
