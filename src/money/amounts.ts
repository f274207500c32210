import * as z from 'zod/mini';
import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, ValidationError, attempt } from '../errors/index.js';
import { CoreErrorCodes } from '../errors/codes.js';
import { parseInput } from '../internal/parse.js';
import { MoneyErrorCodes } from './codes.js';
import type { CurrencyEntry } from './currency-table.js';
import { MAX_INTEGER_DIGITS, minorInRange, minorToAmount, pow10, scaledInteger, scanDecimal, significantFractionDigits } from './decimal-string.js';
import { checkAmount, checkMode, reject } from './guards.js';
import { decimalToRatio } from './minor-units.js';
import { divRound } from './rounding.js';
import { AmountListSchema, AmountSchema, MAX_AMOUNT_LIST, RoundOptionsSchema, currencyEntry } from './schemas.js';
import type { RoundOptionsInput, RoundingMode } from './types.js';

/** Formats a result, or throws when it left the supported range. */
function result(minor: bigint, currency: CurrencyEntry, operation: string): string {
  if (!minorInRange(minor, currency.minorUnits)) {
    throw new DomainRuleError(
      MoneyErrorCodes.MONEY_AMOUNT_TOO_LARGE,
      `The result of ${operation} is 10^${MAX_INTEGER_DIGITS} ${currency.code} or more in magnitude, beyond the supported range.`,
      { details: { currency: currency.code } },
    );
  }
  return minorToAmount(minor, currency.minorUnits);
}

function checkList(amounts: unknown, currency: CurrencyEntry, nonEmpty: boolean): bigint[] {
  if (Array.isArray(amounts) && amounts.length > MAX_AMOUNT_LIST) {
    // Refused before reading an element: a huge (or sparse) array costs nothing.
    throw new ValidationError([{ code: CoreErrorCodes.INPUT_OUT_OF_RANGE, path: ['amounts'], message: `"amounts": ${amounts.length} amounts; at most ${MAX_AMOUNT_LIST} are accepted.` }]);
  }
  if (!Array.isArray(amounts) || (nonEmpty && amounts.length === 0)) {
    return reject(nonEmpty ? AmountListSchema.check(z.minLength(1)) : AmountListSchema, amounts, ['amounts']);
  }
  // An index loop, not map: a hole in a sparse array is read as undefined and refused with its
  // index (map would skip it and leave a hole in the result).
  const out: bigint[] = [];
  for (let index = 0; index < amounts.length; index += 1) out.push(checkAmount(amounts[index], currency, ['amounts', index]));
  return out;
}

/**
 * Parses an exact amount and returns its canonical form: exactly the currency's minor digits,
 * no leading zeros, never `"-0.00"`. Strict: only an optional `-`, digits and an optional
 * `.` followed by digits; no rounding happens, so more non-zero decimals than the currency
 * allows is an error (trailing zeros are fine: `"12.500"` is `"12.50"`). Values must be below
 * 10^30 in magnitude.
 *
 * @param amount - the amount as a decimal string
 * @param currency - an ISO 4217 code
 * @returns the canonical amount string
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_AMOUNT` (`""`, `"1e3"`, `"1,000"`, `" 1"`, `"NaN"`, a number), `MONEY_TOO_MANY_DECIMALS`, `MONEY_AMOUNT_TOO_LARGE`, `MONEY_UNKNOWN_CURRENCY`
 *
 * @example
 * ```ts
 * import { parseAmount } from 'arrears/money';
 * parseAmount('12.3', 'USD'); // => '12.30'
 * parseAmount('-0', 'USD'); // => '0.00'
 * parseAmount('007.50', 'EUR'); // => '7.50'
 * parseAmount('1200', 'JPY'); // => '1200'
 * parseAmount('12.500', 'USD'); // => '12.50'
 * parseAmount('1e3', 'USD'); // throws MONEY_INVALID_AMOUNT
 * parseAmount('1,000.00', 'USD'); // throws MONEY_INVALID_AMOUNT
 * parseAmount('12.345', 'USD'); // throws MONEY_TOO_MANY_DECIMALS
 * parseAmount('12.30', 'XYZ'); // throws MONEY_UNKNOWN_CURRENCY
 * ```
 */
export function parseAmount(amount: string, currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  return minorToAmount(checkAmount(amount, entry, ['amount']), entry.minorUnits);
}

/**
 * The non-throwing twin of {@link parseAmount}, for amounts that come from user input.
 *
 * @param amount - anything; a decimal string is expected
 * @param currency - anything; an ISO 4217 code is expected
 * @returns `{ success: true, data }` with the canonical amount, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseAmount } from 'arrears/money';
 * safeParseAmount('12.5', 'USD'); // => { success: true, data: '12.50' }
 * safeParseAmount('12.5 ', 'USD').success; // => false
 * safeParseAmount(12.5, 'USD').success; // => false
 * ```
 */
export function safeParseAmount(amount: unknown, currency: unknown): ArrearsResult<string> {
  return attempt(() => parseAmount(amount as string, currency as string));
}

/**
 * Rounds a decimal amount to the currency's minor unit, or to a multiple of `roundingIncrement`
 * (`"0.05"`, `"1"`, `"5"`), with one rounding step in the given mode. The value may have up to
 * 30 decimals (it is typically a computed, inexact figure); the result has exactly the
 * currency's minor digits.
 *
 * Modes (`Intl.NumberFormat`'s names; default `halfExpand`): `halfExpand` = to nearest, ties
 * away from zero; `halfTrunc` = to nearest, ties toward zero; `halfEven` = to nearest, ties to
 * even (banker's); `halfCeil` / `halfFloor` = to nearest, ties toward +/-infinity; `expand` =
 * away from zero; `trunc` = toward zero; `ceil` = toward +infinity; `floor` = toward -infinity.
 *
 * @param amount - a decimal string (up to 30 decimals)
 * @param currency - an ISO 4217 code
 * @param options - `roundingMode` (default `halfExpand`) and `roundingIncrement` (default the minor unit; must be a positive multiple of it)
 * @returns the rounded amount, canonical
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_AMOUNT`, `MONEY_AMOUNT_TOO_LARGE`, `MONEY_TOO_MANY_DECIMALS` (over 30), `MONEY_UNKNOWN_CURRENCY`, `MONEY_INVALID_INCREMENT`, an unknown mode
 * @throws {@link arrears!DomainRuleError} `MONEY_AMOUNT_TOO_LARGE` when rounding up reaches 10^30
 *
 * @example
 * ```ts
 * import { roundAmount } from 'arrears/money';
 * roundAmount('2.345', 'USD'); // => '2.35'
 * roundAmount('2.345', 'USD', { roundingMode: 'halfEven' }); // => '2.34'
 * roundAmount('-2.345', 'USD', { roundingMode: 'halfExpand' }); // => '-2.35'
 * roundAmount('-2.345', 'USD', { roundingMode: 'halfCeil' }); // => '-2.34'
 * roundAmount('-2.341', 'USD', { roundingMode: 'floor' }); // => '-2.35'
 * roundAmount('2.5', 'JPY', { roundingMode: 'halfTrunc' }); // => '2'
 * roundAmount('12.37', 'USD', { roundingIncrement: '0.05' }); // => '12.35'
 * roundAmount('1234.56', 'USD', { roundingIncrement: '1', roundingMode: 'expand' }); // => '1235.00'
 * roundAmount('12.3', 'USD', { roundingIncrement: '5' }); // => '10.00'
 * roundAmount('1.00', 'USD', { roundingIncrement: '0.001' }); // throws MONEY_INVALID_INCREMENT
 * ```
 */
export function roundAmount(amount: string, currency: string, options?: RoundOptionsInput): string {
  const entry = currencyEntry(currency, ['currency']);
  const scanned = typeof amount === 'string' ? scanDecimal(amount) : 'syntax';
  if (typeof scanned === 'string') return reject(AmountSchema, amount, ['amount']);
  const { roundingMode: mode = 'halfExpand', roundingIncrement: increment } = parseInput(RoundOptionsSchema, options === undefined ? {} : options, ['options']);
  const step = increment === undefined ? 1n : incrementToMinor(increment, entry);
  const m = entry.minorUnits;
  const numerator = scaledInteger(scanned) * pow10(m);
  const denominator = pow10(scanned.fraction.length) * step;
  return result(divRound(numerator, denominator, mode) * step, entry, 'rounding');
}

/** A rounding increment in minor units; it must be positive and a multiple of the minor unit. */
function incrementToMinor(increment: string, currency: CurrencyEntry): bigint {
  const scanned = scanDecimal(increment);
  const m = currency.minorUnits;
  if (typeof scanned !== 'string' && !scanned.negative && significantFractionDigits(scanned.fraction) <= m) {
    const minor = BigInt(scanned.integer + scanned.fraction.slice(0, m).padEnd(m, '0'));
    if (minor > 0n) return minor;
  }
  const unit = m === 0 ? '1' : `0.${'1'.padStart(m, '0')}`;
  throw new ValidationError([
    {
      code: MoneyErrorCodes.MONEY_INVALID_INCREMENT,
      path: ['options', 'roundingIncrement'],
      message: `"options.roundingIncrement": ${JSON.stringify(increment)} is not a positive multiple of the ${currency.code} minor unit (${unit}); use a value such as "${unit}", "0.05", "1" or "5" that ${currency.code} can represent.`,
    },
  ]);
}

/**
 * Adds two exact amounts of the same currency. Exact: no rounding.
 *
 * @param a - an exact amount
 * @param b - an exact amount
 * @param currency - an ISO 4217 code
 * @returns `a + b`, canonical
 * @throws {@link arrears!ValidationError} for a malformed amount or currency
 * @throws {@link arrears!DomainRuleError} `MONEY_AMOUNT_TOO_LARGE` when the sum reaches 10^30
 *
 * @example
 * ```ts
 * import { addAmounts } from 'arrears/money';
 * addAmounts('0.10', '0.20', 'USD'); // => '0.30'
 * addAmounts('1.005', '0.001', 'KWD'); // => '1.006'
 * addAmounts('-1.50', '1.5', 'USD'); // => '0.00'
 * ```
 */
export function addAmounts(a: string, b: string, currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  return result(checkAmount(a, entry, ['a']) + checkAmount(b, entry, ['b']), entry, 'the addition');
}

/**
 * Subtracts one exact amount from another of the same currency. Exact: no rounding.
 *
 * @param a - an exact amount
 * @param b - the exact amount to take away
 * @param currency - an ISO 4217 code
 * @returns `a - b`, canonical
 * @throws {@link arrears!ValidationError} for a malformed amount or currency
 * @throws {@link arrears!DomainRuleError} `MONEY_AMOUNT_TOO_LARGE` when the difference reaches 10^30
 *
 * @example
 * ```ts
 * import { subtractAmounts } from 'arrears/money';
 * subtractAmounts('100.00', '0.01', 'USD'); // => '99.99'
 * subtractAmounts('5', '7', 'JPY'); // => '-2'
 * ```
 */
export function subtractAmounts(a: string, b: string, currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  return result(checkAmount(a, entry, ['a']) - checkAmount(b, entry, ['b']), entry, 'the subtraction');
}

/**
 * Adds a list of exact amounts of one currency. Exact: no rounding. The sum of an empty list
 * is zero.
 *
 * @param amounts - exact amounts
 * @param currency - an ISO 4217 code
 * @returns the total, canonical
 * @throws {@link arrears!ValidationError} for a non-array, a malformed amount (its index is in the path) or currency
 * @throws {@link arrears!DomainRuleError} `MONEY_AMOUNT_TOO_LARGE` when the total reaches 10^30
 *
 * @example
 * ```ts
 * import { sumAmounts } from 'arrears/money';
 * sumAmounts(['333.33', '333.33', '333.34'], 'USD'); // => '1000.00'
 * sumAmounts([], 'EUR'); // => '0.00'
 * sumAmounts(['1.00', '1e2'], 'USD'); // throws MONEY_INVALID_AMOUNT
 * ```
 */
export function sumAmounts(amounts: readonly string[], currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  let total = 0n;
  for (const minor of checkList(amounts, entry, false)) total += minor;
  return result(total, entry, 'the sum');
}

/**
 * Multiplies an exact amount by a decimal factor (a rate, a percentage as a fraction, a
 * quantity) and rounds the exact product once, to the currency's minor unit, with `mode`.
 *
 * @param amount - an exact amount
 * @param factor - a decimal string such as `"0.015"` or `"-2"`
 * @param currency - an ISO 4217 code
 * @param mode - the rounding mode of the one rounding step; default `halfExpand`
 * @returns `round(amount * factor)`, canonical
 * @throws {@link arrears!ValidationError} `MONEY_INVALID_DECIMAL` for a malformed factor, the amount and currency codes, an unknown mode
 * @throws {@link arrears!DomainRuleError} `MONEY_AMOUNT_TOO_LARGE` when the product reaches 10^30
 *
 * @example
 * ```ts
 * import { multiplyAmount } from 'arrears/money';
 * multiplyAmount('1000.00', '0.015', 'USD'); // => '15.00'
 * multiplyAmount('3.33', '0.5', 'USD'); // => '1.67'
 * multiplyAmount('3.33', '0.5', 'USD', 'halfEven'); // => '1.66'
 * multiplyAmount('19.99', '3', 'USD'); // => '59.97'
 * multiplyAmount('10.00', '1.5%', 'USD'); // throws MONEY_INVALID_DECIMAL
 * ```
 */
export function multiplyAmount(amount: string, factor: string, currency: string, mode: RoundingMode = 'halfExpand'): string {
  const entry = currencyEntry(currency, ['currency']);
  const minor = checkAmount(amount, entry, ['amount']);
  const ratio = decimalToRatio(factor, ['factor']);
  return result(divRound(minor * ratio.numerator, ratio.denominator, checkMode(mode)), entry, 'the multiplication');
}

/**
 * Compares two exact amounts of the same currency.
 *
 * @param a - an exact amount
 * @param b - an exact amount
 * @param currency - an ISO 4217 code
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * @throws {@link arrears!ValidationError} for a malformed amount or currency
 *
 * @example
 * ```ts
 * import { compareAmounts } from 'arrears/money';
 * compareAmounts('1.50', '1.5', 'USD'); // => 0
 * compareAmounts('-1.00', '0.01', 'USD'); // => -1
 * ['3.00', '1.00', '2.00'].sort((x, y) => compareAmounts(x, y, 'USD')); // => ['1.00', '2.00', '3.00']
 * ```
 */
export function compareAmounts(a: string, b: string, currency: string): -1 | 0 | 1 {
  const entry = currencyEntry(currency, ['currency']);
  const x = checkAmount(a, entry, ['a']);
  const y = checkAmount(b, entry, ['b']);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The smallest of a non-empty list of exact amounts.
 *
 * @param amounts - exact amounts, at least one
 * @param currency - an ISO 4217 code
 * @returns the smallest amount, canonical
 * @throws {@link arrears!ValidationError} `INPUT_OUT_OF_RANGE` for an empty list; the amount and currency codes
 *
 * @example
 * ```ts
 * import { minAmount } from 'arrears/money';
 * minAmount(['250.00', '99.5', '120'], 'USD'); // => '99.50'
 * minAmount([], 'USD'); // throws INPUT_OUT_OF_RANGE
 * ```
 */
export function minAmount(amounts: readonly string[], currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  const values = checkList(amounts, entry, true);
  let best = values[0] as bigint;
  for (const v of values) if (v < best) best = v;
  return minorToAmount(best, entry.minorUnits);
}

/**
 * The largest of a non-empty list of exact amounts.
 *
 * @param amounts - exact amounts, at least one
 * @param currency - an ISO 4217 code
 * @returns the largest amount, canonical
 * @throws {@link arrears!ValidationError} `INPUT_OUT_OF_RANGE` for an empty list; the amount and currency codes
 *
 * @example
 * ```ts
 * import { maxAmount } from 'arrears/money';
 * maxAmount(['-5.00', '0', '-0.01'], 'USD'); // => '0.00'
 * ```
 */
export function maxAmount(amounts: readonly string[], currency: string): string {
  const entry = currencyEntry(currency, ['currency']);
  const values = checkList(amounts, entry, true);
  let best = values[0] as bigint;
  for (const v of values) if (v > best) best = v;
  return minorToAmount(best, entry.minorUnits);
}

/**
 * Whether an exact amount is zero (`"0"`, `"-0.00"`, `"0.000"` in USD are all zero).
 *
 * @param amount - an exact amount
 * @param currency - an ISO 4217 code
 * @returns `true` when the amount is zero
 * @throws {@link arrears!ValidationError} for a malformed amount or currency
 *
 * @example
 * ```ts
 * import { isZeroAmount } from 'arrears/money';
 * isZeroAmount('-0.00', 'USD'); // => true
 * isZeroAmount('0.01', 'USD'); // => false
 * ```
 */
export function isZeroAmount(amount: string, currency: string): boolean {
  const entry = currencyEntry(currency, ['currency']);
  return checkAmount(amount, entry, ['amount']) === 0n;
}

/**
 * Whether an exact amount is below zero (`"-0.00"` is not).
 *
 * @param amount - an exact amount
 * @param currency - an ISO 4217 code
 * @returns `true` when the amount is negative
 * @throws {@link arrears!ValidationError} for a malformed amount or currency
 *
 * @example
 * ```ts
 * import { isNegativeAmount } from 'arrears/money';
 * isNegativeAmount('-0.01', 'USD'); // => true
 * isNegativeAmount('-0', 'USD'); // => false
 * ```
 */
export function isNegativeAmount(amount: string, currency: string): boolean {
  const entry = currencyEntry(currency, ['currency']);
  return checkAmount(amount, entry, ['amount']) < 0n;
}
