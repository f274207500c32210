import type { ErrorPath } from '../errors/index.js';
import * as z from 'zod/mini';
import { DomainRuleError } from '../errors/index.js';
import { allocateUnchecked } from './allocation.js';
import type { MoneyCalculator } from './calculator.js';
import { MoneyErrorCodes } from './codes.js';
import type { CurrencyEntry } from './currency-table.js';
import { checkAmount, checkBigint, checkMode, checkRatio, checkWeights, checkAllocateOptions, reject } from './guards.js';
import { divRound, divisionByZero } from './rounding.js';
import { currencyEntry } from './schemas.js';
import type { AllocateOptionsInput, Ratio, RoundingMode } from './types.js';

/** Error paths, allocated once: the methods run in hot loops. */
const AT_A: ErrorPath = ['a'];
const AT_AMOUNT: ErrorPath = ['amount'];
const AT_B: ErrorPath = ['b'];
const AT_CURRENCY: ErrorPath = ['currency'];
const AT_DENOMINATOR: ErrorPath = ['denominator'];
const AT_FACTOR: ErrorPath = ['factor'];
const AT_NUMERATOR: ErrorPath = ['numerator'];
const AT_VALUE: ErrorPath = ['value'];

const SafeIntegerSchema = z.int();
/** 2^52: below it, `Math.trunc(p / d)` is the exact integer quotient (see {@link divRoundNumber}). */
const EXACT_DIVISION_LIMIT = 2 ** 52;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Divides two integers held in numbers and rounds, without checks (`d` non-zero). Exact when
 * |p| and |d| are below 2^52: the float quotient p/d is correctly rounded, and it can only
 * round up to the next integer k when k*d >= 2^53, which cannot happen since k*d = p + r with
 * |r| < |d|. The remainder p - q*d and its double are then exact too.
 */
function divRoundNumber(p: number, d: number, mode: RoundingMode): number {
  let n = p;
  let den = d;
  if (den < 0) {
    n = -n;
    den = -den;
  }
  const q = Math.trunc(n / den) + 0; // + 0 turns -0 into 0
  const r = n - q * den;
  if (r === 0) return q;
  const away = n < 0 ? q - 1 : q + 1;
  switch (mode) {
    case 'trunc':
      return q;
    case 'expand':
      return away;
    case 'ceil':
      return n > 0 ? away : q;
    case 'floor':
      return n < 0 ? away : q;
    default:
      break;
  }
  const twice = 2 * (r < 0 ? -r : r);
  if (twice > den) return away;
  if (twice < den) return q;
  switch (mode) {
    case 'halfExpand':
      return away;
    case 'halfTrunc':
      return q;
    case 'halfCeil':
      return n > 0 ? away : q;
    case 'halfFloor':
      return n < 0 ? away : q;
    default:
      return q % 2 === 0 ? q : away; // halfEven
  }
}

function unsafe(currency: CurrencyEntry, operation: string): DomainRuleError {
  return new DomainRuleError(
    MoneyErrorCodes.MONEY_UNSAFE_INTEGER,
    `The result of ${operation} leaves the exact range of the safe-integer calculator (±9007199254740991 minor units of ${currency.code}); use createMinorUnitCalculator for amounts this large.`,
    { details: { currency: currency.code } },
  );
}

function checkValue(value: unknown, path: ErrorPath): number {
  if (Number.isSafeInteger(value)) return value as number;
  return reject(SafeIntegerSchema, value, path);
}

/**
 * Creates the safe-integer calculator for a currency: values are integer minor units held in
 * plain JS numbers, and every operation checks that they stay safe integers (|x| <= 2^53 - 1,
 * where every integer is exact), so results are exact and equal to
 * {@link createMinorUnitCalculator} and decimal.js. It runs schedule loops at float speed
 * (about 10x the bigint calculator in `bench/money.bench.ts`).
 *
 * The range is ±90,071,992,547,409.91 for a 2-decimal currency (±900,719,925,474.0991 for
 * CLF): enough for consumer debts. A value that would leave it throws a
 * {@link arrears!DomainRuleError} `MONEY_UNSAFE_INTEGER` instead of losing a digit; fall back
 * to {@link createMinorUnitCalculator} then. Products inside `mulDiv` may exceed the range
 * (they are then computed in bigint); only the rounded result must fit.
 *
 * @param currency - an ISO 4217 code
 * @returns a frozen calculator whose values are safe-integer minor units
 * @throws {@link arrears!ValidationError} `MONEY_UNKNOWN_CURRENCY`
 *
 * @example
 * ```ts
 * import { createSafeIntegerCalculator, parseRatio } from 'arrears/money';
 * const calc = createSafeIntegerCalculator('USD');
 * const rate = parseRatio('0.065');
 * const balance = calc.fromAmount('250000.00');
 * calc.toAmount(calc.mulDiv(balance, rate.numerator, rate.denominator * 12n, 'halfExpand')); // => '1354.17'
 * calc.toAmount(calc.add(calc.fromAmount('0.1'), calc.fromAmount('0.2'))); // => '0.30'
 * calc.fromAmount('100000000000000.00'); // throws MONEY_UNSAFE_INTEGER
 * calc.add(1, 0.5); // throws INPUT_INVALID_TYPE
 * ```
 */
export function createSafeIntegerCalculator(currency: string): MoneyCalculator<number> {
  const entry = currencyEntry(currency, AT_CURRENCY);
  const m = entry.minorUnits;
  const safe = (x: number, operation: string): number => {
    if (Number.isSafeInteger(x)) return x;
    throw unsafe(entry, operation);
  };
  // Loops pass the same rate on every call: keep its conversion to numbers.
  let lastNumerator = 0n;
  let lastNum = 0;
  let lastDenominator = 1n;
  let lastDen = 1;
  const mulDiv = (value: number, numerator: bigint, denominator: bigint, mode: RoundingMode): number => {
    if (denominator === 0n) throw divisionByZero(AT_DENOMINATOR);
    if (numerator !== lastNumerator) {
      lastNumerator = numerator;
      lastNum = Number(numerator);
    }
    if (denominator !== lastDenominator) {
      lastDenominator = denominator;
      lastDen = Number(denominator);
    }
    const num = lastNum;
    const den = lastDen;
    const product = value * num;
    // Strict bounds: a float that is below 2^52 in magnitude comes from a true value below 2^52.
    if (Math.abs(num) < EXACT_DIVISION_LIMIT && Math.abs(den) < EXACT_DIVISION_LIMIT && Math.abs(product) < EXACT_DIVISION_LIMIT) {
      return divRoundNumber(product, den, mode);
    }
    const exact = divRound(BigInt(value) * numerator, denominator, mode);
    if (exact > MAX_SAFE || exact < -MAX_SAFE) throw unsafe(entry, 'a multiplication');
    return Number(exact);
  };
  return Object.freeze({
    currency: entry,
    fromAmount: (amount: string): number => {
      const minor = checkAmount(amount, entry, AT_AMOUNT);
      const value = Number(minor);
      if (!Number.isSafeInteger(value)) throw unsafe(entry, 'reading the amount');
      return value;
    },
    toAmount: (value: number): string => {
      const v = checkValue(value, AT_VALUE);
      const negative = v < 0;
      let digits = String(negative ? -v : v);
      if (m > 0) {
        if (digits.length <= m) digits = digits.padStart(m + 1, '0');
        digits = `${digits.slice(0, digits.length - m)}.${digits.slice(digits.length - m)}`;
      }
      return negative ? `-${digits}` : digits;
    },
    add: (a: number, b: number): number => safe(checkValue(a, AT_A) + checkValue(b, AT_B), 'an addition'),
    subtract: (a: number, b: number): number => safe(checkValue(a, AT_A) - checkValue(b, AT_B), 'a subtraction'),
    compare: (a: number, b: number): -1 | 0 | 1 => {
      checkValue(a, AT_A);
      checkValue(b, AT_B);
      return a < b ? -1 : a > b ? 1 : 0;
    },
    multiply: (value: number, factor: Ratio, mode: RoundingMode): number => {
      checkValue(value, AT_VALUE);
      const r = checkRatio(factor, AT_FACTOR);
      return mulDiv(value, r.numerator, r.denominator, checkMode(mode));
    },
    mulDiv: (value: number, numerator: bigint, denominator: bigint, mode: RoundingMode): number => {
      checkValue(value, AT_VALUE);
      checkBigint(numerator, AT_NUMERATOR);
      checkBigint(denominator, AT_DENOMINATOR);
      return mulDiv(value, numerator, denominator, checkMode(mode));
    },
    allocate: (value: number, weights: readonly bigint[], options?: AllocateOptionsInput): number[] => {
      const v = checkValue(value, AT_VALUE);
      const w = checkWeights(weights);
      // Parts never exceed the value in magnitude, so they are safe integers too.
      return allocateUnchecked(BigInt(v), w, checkAllocateOptions(options)).map(Number);
    },
  });
}
