import * as z from 'zod/mini';
import type { ErrorPath } from '../errors/index.js';
import { arrearsIssue, parseInput } from '../internal/parse.js';
import { MoneyErrorCodes } from './codes.js';
import type { CurrencyEntry } from './currency-table.js';
import { lookupCurrency } from './currency-table.js';
import type { DecimalProblem } from './decimal-string.js';
import type { AllocateOptionsInput, AllocationRemainder, CurrencyCode, Money, MoneyInput, Ratio, RoundOptionsInput, RoundingMode } from './types.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, amountToMinor, minorToAmount, scanDecimal, significantFractionDigits } from './decimal-string.js';
import { unreachable } from '../internal/unreachable.js';

/** The rounding modes, in the order the docs list them. @internal */
export const ROUNDING_MODES = ['halfExpand', 'halfEven', 'halfTrunc', 'halfCeil', 'halfFloor', 'expand', 'trunc', 'ceil', 'floor'] as const;

/** Where the leftover minor units of an allocation go. @internal */
export const ALLOCATION_REMAINDERS = ['largestRemainder', 'first', 'last'] as const;

/** The most parts one allocation may have. @internal */
export const MAX_ALLOCATION_PARTS = 100_000;

type RefinementCtx = z.core.$RefinementCtx<unknown>;

/** Quotes a received string for a message, shortened to 40 characters. */
function quote(value: string): string {
  if (value === '') return 'An empty string';
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
}

const GRAMMAR = 'write digits with an optional leading "-" and an optional decimal point followed by digits, such as "1234.56" (no exponent, thousands separators, spaces or "+")';

function problemIssue(problem: DecimalProblem, value: string, what: 'amount' | 'decimal'): { code: string; message: string } {
  switch (problem) {
    case 'syntax':
      return what === 'amount'
        ? { code: MoneyErrorCodes.MONEY_INVALID_AMOUNT, message: `${quote(value)} is not a decimal amount: ${GRAMMAR}.` }
        : { code: MoneyErrorCodes.MONEY_INVALID_DECIMAL, message: `${quote(value)} is not a decimal number: ${GRAMMAR}.` };
    case 'too-large':
      return {
        code: MoneyErrorCodes.MONEY_AMOUNT_TOO_LARGE,
        message: `${quote(value)} has more than ${MAX_INTEGER_DIGITS} digits before the decimal point; values must be smaller than 10^${MAX_INTEGER_DIGITS} in magnitude.`,
      };
    default:
      return {
        code: MoneyErrorCodes.MONEY_TOO_MANY_DECIMALS,
        message: `${quote(value)} has more than ${MAX_FRACTION_DIGITS} digits after the decimal point.`,
      };
  }
}

function addIssue(ctx: RefinementCtx, code: string, message: string, value: unknown, path?: Array<string | number>): void {
  ctx.addIssue({ code: 'custom', message, params: arrearsIssue(code), input: value, ...(path === undefined ? {} : { path }) });
}

/** Checks an amount against a currency's minor unit; adds at most one issue. Returns whether it passed. */
function checkAmountFor(value: string, currency: CurrencyEntry, ctx: RefinementCtx, path?: Array<string | number>): boolean {
  const scanned = scanDecimal(value);
  if (typeof scanned === 'string') {
    const { code, message } = problemIssue(scanned, value, 'amount');
    addIssue(ctx, code, message, value, path);
    return false;
  }
  const places = significantFractionDigits(scanned.fraction);
  if (places > currency.minorUnits) {
    const allowed = currency.minorUnits === 0 ? `${currency.code} has no minor unit (whole units only)` : `${currency.code} allows at most ${currency.minorUnits}`;
    addIssue(ctx, MoneyErrorCodes.MONEY_TOO_MANY_DECIMALS, `${quote(value)} has ${places} decimal place${places === 1 ? '' : 's'}, but ${allowed}; round it first (roundAmount) if an inexact value is meant.`, value, path);
    return false;
  }
  return true;
}

/** The message for a string that is not a table code (the refinement only sees strings). */
function currencyMessage(input: unknown): string {
  const text = String(input);
  const upper = text.toUpperCase();
  if (upper !== text && lookupCurrency(upper) !== undefined) return `${quote(text)} is not a currency code: codes are uppercase, use "${upper}".`;
  return `${quote(text)} is not an active ISO 4217 currency code with a minor unit; use an uppercase three-letter code such as "USD", "EUR" or "JPY".`;
}

/**
 * An active ISO 4217 alphabetic currency code that has a minor unit (`"USD"`, `"JPY"`,
 * `"KWD"`, `"CLF"`). Uppercase only. Unknown, withdrawn and "N.A." codes (`"XAU"`, `"XXX"`,
 * `"BGN"`) fail with `MONEY_UNKNOWN_CURRENCY`.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from 'arrears/money';
 * CurrencyCodeSchema.safeParse('EUR').success; // => true
 * CurrencyCodeSchema.safeParse('usd').success; // => false
 * CurrencyCodeSchema.safeParse('XAU').success; // => false
 * ```
 */
export const CurrencyCodeSchema: z.ZodMiniType<CurrencyCode, string> = z.string().check(z.refine((code): code is CurrencyCode => lookupCurrency(code) !== undefined, {
  error: (issue) => currencyMessage(issue.input),
  params: arrearsIssue(MoneyErrorCodes.MONEY_UNKNOWN_CURRENCY),
})) as z.ZodMiniType<CurrencyCode, string>;

/**
 * A decimal string: an optional `-`, digits, and optionally `.` and digits. Rejects `""`,
 * `"1e3"`, `"1,000"`, `" 1"`, `"+1"`, `".5"`, `"5."`, `"NaN"`, `"Infinity"` (code
 * `MONEY_INVALID_DECIMAL`), more than 30 digits before the point (`MONEY_AMOUNT_TOO_LARGE`) and
 * more than 30 after it (`MONEY_TOO_MANY_DECIMALS`). Used for rates, factors, ratios and
 * increments. The output is the input string, unchanged.
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from 'arrears/money';
 * DecimalStringSchema.parse('0.1299'); // => '0.1299'
 * DecimalStringSchema.safeParse('1e3').success; // => false
 * ```
 */
export const DecimalStringSchema = z.string().check(z.superRefine((value, ctx) => {
  const scanned = scanDecimal(value);
  if (typeof scanned === 'string') {
    const { code, message } = problemIssue(scanned, value, 'decimal');
    addIssue(ctx, code, message, value);
  }
}));

/**
 * An amount as a decimal string, without a currency: the same grammar and bounds as
 * {@link DecimalStringSchema} but with the code `MONEY_INVALID_AMOUNT` for a malformed string.
 * It does not check the currency's minor unit: use {@link MoneySchema} for
 * that. The output is the input string, unchanged.
 *
 * @example
 * ```ts
 * import { AmountSchema } from 'arrears/money';
 * AmountSchema.parse('-12.5'); // => '-12.5'
 * AmountSchema.safeParse('1,000.00').success; // => false
 * ```
 */
export const AmountSchema = z.string().check(z.superRefine((value, ctx) => {
  const scanned = scanDecimal(value);
  if (typeof scanned === 'string') {
    const { code, message } = problemIssue(scanned, value, 'amount');
    addIssue(ctx, code, message, value);
  }
}));

/** Whether a well-formed decimal string is negative (a minus and a non-zero digit), or zero. */
function signOf(value: string): -1 | 0 | 1 {
  if (!/[1-9]/.test(value)) return 0;
  return value.startsWith('-') ? -1 : 1;
}

/**
 * An amount greater than zero, as a decimal string without a currency (the grammar and bounds
 * of {@link AmountSchema}; the function that takes it checks the currency's minor unit). A
 * zero or negative amount (`"0"`, `"-0.00"`, `"-5"`) fails with `MONEY_NOT_POSITIVE`. The
 * library's one schema for "must be positive": payments, advances, balances owed.
 *
 * @example
 * ```ts
 * import { PositiveAmountSchema } from 'arrears/money';
 * PositiveAmountSchema.parse('12.50'); // => '12.50'
 * PositiveAmountSchema.safeParse('0.00').success; // => false
 * PositiveAmountSchema.safeParse('-1').success; // => false
 * ```
 */
export const PositiveAmountSchema = AmountSchema.check(z.superRefine((value, ctx) => {
  if (typeof scanDecimal(value) !== 'string' && signOf(value) <= 0) {
    addIssue(ctx, MoneyErrorCodes.MONEY_NOT_POSITIVE, `${quote(value)} is not a positive amount: it must be greater than zero.`, value);
  }
}));

/**
 * An amount of zero or more, as a decimal string without a currency (the grammar and bounds of
 * {@link AmountSchema}). A negative amount (`"-0.01"`) fails with `MONEY_NEGATIVE`; `"-0"` is
 * zero and passes. The library's one schema for "must not be negative": fees, balances, caps.
 *
 * @example
 * ```ts
 * import { NonNegativeAmountSchema } from 'arrears/money';
 * NonNegativeAmountSchema.parse('0.00'); // => '0.00'
 * NonNegativeAmountSchema.safeParse('-0.01').success; // => false
 * ```
 */
export const NonNegativeAmountSchema = AmountSchema.check(z.superRefine((value, ctx) => {
  if (typeof scanDecimal(value) !== 'string' && signOf(value) < 0) {
    addIssue(ctx, MoneyErrorCodes.MONEY_NEGATIVE, `${quote(value)} is negative: the amount must be zero or more.`, value);
  }
}));

/**
 * A schema for an exact amount in one currency, for embedding in other schemas. It accepts a
 * decimal string with at most the currency's minor digits (extra trailing zeros are fine:
 * `"12.500"` is exactly `"12.50"`) and outputs the canonical form: exactly the minor digits, no
 * leading zeros, never `"-0.00"`. Errors carry `MONEY_INVALID_AMOUNT`,
 * `MONEY_TOO_MANY_DECIMALS` or `MONEY_AMOUNT_TOO_LARGE`.
 *
 * @param currency - an ISO 4217 code with a minor unit
 * @returns a zod schema from string to canonical amount string
 * @throws {@link arrears!ValidationError} `MONEY_UNKNOWN_CURRENCY` when `currency` is not in the table
 *
 * @example
 * ```ts
 * import { amountIn } from 'arrears/money';
 * amountIn('USD').parse('12.5'); // => '12.50'
 * amountIn('JPY').parse('1200.0'); // => '1200'
 * amountIn('USD').safeParse('12.345').success; // => false
 * amountIn('ABC'); // throws MONEY_UNKNOWN_CURRENCY
 * ```
 *
 * @internal
 */
export function amountIn(currency: string): z.ZodMiniType<string, string> {
  const entry = currencyEntry(currency, ['currency']);
  return z.pipe(z.string().check(z.superRefine((value, ctx) => {
      checkAmountFor(value, entry, ctx);
    })), z.transform((value) => minorToAmount(amountToMinor(value, entry.minorUnits) as bigint, entry.minorUnits)));
}

/**
 * An amount with its currency: `{ amount, currency }`, with the amount checked against the
 * currency's minor unit. The output amount is canonical (exactly the minor digits). Unknown
 * keys are rejected.
 *
 * @example
 * ```ts
 * import { MoneySchema } from 'arrears/money';
 * MoneySchema.parse({ amount: '5', currency: 'KWD' }); // => { amount: '5.000', currency: 'KWD' }
 * MoneySchema.safeParse({ amount: '0.001', currency: 'USD' }).success; // => false
 * ```
 */
export const MoneySchema: z.ZodMiniType<Money, MoneyInput> = z.pipe(z.strictObject({
    /** The amount as a decimal string. */
    amount: z.string(),
    /** The ISO 4217 currency code. */
    currency: CurrencyCodeSchema,
  }).check(z.superRefine((money, ctx) => {
    const entry = lookupCurrency(money.currency);
    if (entry !== undefined) {
      checkAmountFor(money.amount, entry, ctx, ['amount']);
    } else {
      const scanned = scanDecimal(money.amount);
      if (typeof scanned === 'string') {
        const { code, message } = problemIssue(scanned, money.amount, 'amount');
        addIssue(ctx, code, message, money.amount, ['amount']);
      }
    }
  })), z.transform((money) => {
    const entry = lookupCurrency(money.currency) as CurrencyEntry;
    return { amount: minorToAmount(amountToMinor(money.amount, entry.minorUnits) as bigint, entry.minorUnits), currency: money.currency };
  }));

/**
 * A rounding mode, named as `Intl.NumberFormat`'s `roundingMode` names it. `halfExpand`: to
 * nearest, ties away from zero. `halfTrunc`: to nearest, ties toward zero. `halfEven`: to
 * nearest, ties to the even neighbour (banker's rounding). `halfCeil`: to nearest, ties toward
 * +infinity. `halfFloor`: to nearest, ties toward -infinity. `expand`: away from zero. `trunc`:
 * toward zero (truncation). `ceil`: toward +infinity. `floor`: toward -infinity. These match
 * decimal.js's `ROUND_HALF_UP`, `ROUND_HALF_DOWN`, `ROUND_HALF_EVEN`, `ROUND_HALF_CEIL`,
 * `ROUND_HALF_FLOOR`, `ROUND_UP`, `ROUND_DOWN`, `ROUND_CEIL` and `ROUND_FLOOR`.
 *
 * @example
 * ```ts
 * import { RoundingModeSchema } from 'arrears/money';
 * RoundingModeSchema.parse('halfEven'); // => 'halfEven'
 * RoundingModeSchema.safeParse('HALF_UP').success; // => false
 * RoundingModeSchema.safeParse('half-up').success; // => false
 * ```
 */
export const RoundingModeSchema: z.ZodMiniType<RoundingMode, RoundingMode> = z.enum(ROUNDING_MODES);

/**
 * Where the leftover minor units of an allocation go: `largestRemainder` (default: one
 * each to the parts with the largest remainders, ties to the earliest part), `first` or `last`
 * (all of them to the first or last part with a non-zero ratio).
 *
 * @example
 * ```ts
 * import { AllocationRemainderSchema } from 'arrears/money';
 * AllocationRemainderSchema.parse('last'); // => 'last'
 * ```
 */
export const AllocationRemainderSchema: z.ZodMiniType<AllocationRemainder, AllocationRemainder> = z.enum(ALLOCATION_REMAINDERS);

/**
 * Options of `roundAmount`: the `roundingMode` (default `halfExpand`) and a `roundingIncrement` to
 * round to (a positive decimal string that is a multiple of the currency's minor unit, such as
 * `"0.05"`, `"1"` or `"5"`; default: the minor unit). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { RoundOptionsSchema } from 'arrears/money';
 * RoundOptionsSchema.parse({ roundingMode: 'floor', roundingIncrement: '0.05' }); // => { roundingMode: 'floor', roundingIncrement: '0.05' }
 * RoundOptionsSchema.safeParse({ mode: 'floor' }).success; // => false
 * ```
 */
export const RoundOptionsSchema: z.ZodMiniType<RoundOptionsInput, RoundOptionsInput> = z.strictObject({
  /** The rounding mode; default `halfExpand`. */
  roundingMode: z.optional(RoundingModeSchema),
  /** The increment to round to; default the currency's minor unit. */
  roundingIncrement: z.optional(DecimalStringSchema),
});

/**
 * Options of `allocate`: where the leftover minor units go (default `largestRemainder`).
 * Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { AllocateOptionsSchema } from 'arrears/money';
 * AllocateOptionsSchema.parse({ remainder: 'first' }); // => { remainder: 'first' }
 * ```
 */
export const AllocateOptionsSchema: z.ZodMiniType<AllocateOptionsInput, AllocateOptionsInput> = z.strictObject({
  /** Where the leftover minor units go; default `largestRemainder`. */
  remainder: z.optional(AllocationRemainderSchema),
});

/**
 * The number of equal parts for `allocate`: an integer from 1 to 100,000.
 *
 * @example
 * ```ts
 * import { AllocationCountSchema } from 'arrears/money';
 * AllocationCountSchema.safeParse(3).success; // => true
 * AllocationCountSchema.safeParse(0).success; // => false
 * ```
 *
 * @internal
 */
export const AllocationCountSchema = z.int().check(z.gte(1), z.lte(MAX_ALLOCATION_PARTS));

/**
 * The ratios for `allocate`: 1 to 100,000 entries, each a non-negative decimal string
 * (`"0.25"`) or a non-negative safe integer (`3`), at least one of them positive. A fractional
 * JS number (`0.5`) is rejected, since it may not be the decimal it looks like; write `"0.5"`.
 * Errors carry `MONEY_INVALID_RATIOS` (or the decimal-string codes).
 *
 * @example
 * ```ts
 * import { AllocationRatiosSchema } from 'arrears/money';
 * AllocationRatiosSchema.safeParse([1, '0.5', 0]).success; // => true
 * AllocationRatiosSchema.safeParse([0, '0']).success; // => false
 * AllocationRatiosSchema.safeParse([1, -1]).success; // => false
 * ```
 */
export const AllocationRatiosSchema = z
  .array(z.union([z.string(), z.number()])).check(z.minLength(1), z.maxLength(MAX_ALLOCATION_PARTS), z.superRefine((ratios, ctx) => {
    let positive = false;
    ratios.forEach((ratio, index) => {
      if (typeof ratio === 'number') {
        if (!Number.isSafeInteger(ratio)) {
          addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIOS, `${String(ratio)} is not a safe integer; write fractional ratios as decimal strings such as "0.5".`, ratio, [index]);
        } else if (ratio < 0) {
          addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIOS, `${String(ratio)} is negative; ratios must be zero or positive.`, ratio, [index]);
        } else if (ratio > 0) {
          positive = true;
        }
        return;
      }
      const scanned = scanDecimal(ratio);
      if (typeof scanned === 'string') {
        const { code, message } = problemIssue(scanned, ratio, 'decimal');
        addIssue(ctx, code, message, ratio, [index]);
        return;
      }
      const isZero = /^0*$/.test(scanned.integer + scanned.fraction);
      if (scanned.negative && !isZero) {
        addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIOS, `${quote(ratio)} is negative; ratios must be zero or positive.`, ratio, [index]);
      } else if (!isZero) {
        positive = true;
      }
    });
    if (!positive && ctx.issues.length === 0) {
      addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIOS, 'every ratio is zero; at least one must be positive.', ratios);
    }
  }));

/**
 * An exact ratio of two bigints, `{ numerator, denominator }`, with a positive denominator
 * (`MONEY_INVALID_RATIO` otherwise). What `parseRatio` returns and the fast path multiplies by.
 * Other keys are ignored (and dropped from the output).
 *
 * @example
 * ```ts
 * import { RatioSchema } from 'arrears/money';
 * RatioSchema.safeParse({ numerator: 1299n, denominator: 10000n }).success; // => true
 * RatioSchema.safeParse({ numerator: 1n, denominator: 0n }).success; // => false
 * ```
 *
 * @internal
 */
export const RatioSchema: z.ZodMiniType<Ratio, Ratio> = z
  .object({
    /** The numerator; any bigint. */
    numerator: z.bigint(),
    /** The denominator; a positive bigint. */
    denominator: z.bigint(),
  }).check(z.superRefine((ratio, ctx) => {
    if (ratio.denominator <= 0n) {
      addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIO, `the denominator must be a positive bigint, but it is ${ratio.denominator.toString()}.`, ratio.denominator, ['denominator']);
    }
  }));

/**
 * The integer weights of `allocateMinorUnits`: 1 to 100,000 non-negative bigints, at least
 * one of them positive (`MONEY_INVALID_RATIOS` otherwise).
 *
 * @example
 * ```ts
 * import { AllocationWeightsSchema } from 'arrears/money';
 * AllocationWeightsSchema.safeParse([1n, 2n]).success; // => true
 * AllocationWeightsSchema.safeParse([0n]).success; // => false
 * ```
 *
 * @internal
 */
export const AllocationWeightsSchema = z
  .array(z.bigint()).check(z.minLength(1), z.maxLength(MAX_ALLOCATION_PARTS), z.superRefine((weights, ctx) => {
    let positive = false;
    weights.forEach((weight, index) => {
      if (weight < 0n) addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIOS, `${weight.toString()} is negative; weights must be zero or positive.`, weight, [index]);
      else if (weight > 0n) positive = true;
    });
    if (!positive && ctx.issues.length === 0) {
      addIssue(ctx, MoneyErrorCodes.MONEY_INVALID_RATIOS, 'every weight is zero; at least one must be positive.', weights);
    }
  }));

/**
 * Integer minor units (a bigint) whose magnitude is below 10^30 major units of the currency
 * (`MONEY_AMOUNT_TOO_LARGE` otherwise). Built per currency.
 *
 * @param currency - an ISO 4217 code with a minor unit
 * @returns a zod schema for a bigint in range
 * @throws {@link arrears!ValidationError} `MONEY_UNKNOWN_CURRENCY` when `currency` is not in the table
 *
 * @example
 * ```ts
 * import { minorUnitsIn } from 'arrears/money';
 * minorUnitsIn('USD').parse(1250n); // => 1250n
 * minorUnitsIn('USD').safeParse(10n ** 32n).success; // => false
 * ```
 *
 * @internal
 */
export function minorUnitsIn(currency: string): z.ZodMiniType<bigint, bigint> {
  const entry = currencyEntry(currency, ['currency']);
  const limit = 10n ** BigInt(MAX_INTEGER_DIGITS + entry.minorUnits);
  return z.bigint().check(z.superRefine((minor, ctx) => {
    if (minor >= limit || minor <= -limit) {
      addIssue(
        ctx,
        MoneyErrorCodes.MONEY_AMOUNT_TOO_LARGE,
        `${minor.toString()} minor units of ${entry.code} is 10^${MAX_INTEGER_DIGITS} major units or more in magnitude, beyond the supported range.`,
        minor,
      );
    }
  }));
}

/**
 * Resolves a currency code to its table entry: the fast lookup, with the schema producing the
 * error when the lookup fails.
 *
 * @internal
 */
export function currencyEntry(code: unknown, path: ErrorPath): CurrencyEntry {
  const entry = lookupCurrency(code);
  if (entry !== undefined) return entry;
  parseInput(CurrencyCodeSchema, code, path);
  /* v8 ignore next -- the schema and the lookup accept the same codes */
  return unreachable('the currency lookup and the schema disagree');
}

/** Most amounts one list (`sumAmounts`, `minAmount`, `maxAmount`) takes. */
export const MAX_AMOUNT_LIST = 1_000_000;

/**
 * A list of amounts as decimal strings (grammar and bounds of {@link AmountSchema}; the
 * currency's minor unit is checked by the function that takes the list), at most 1,000,000.
 *
 * @example
 * ```ts
 * import { AmountListSchema } from 'arrears/money';
 * AmountListSchema.safeParse(['1.00', '2.50']).success; // => true
 * AmountListSchema.safeParse('1.00').success; // => false
 * ```
 *
 * @internal
 */
export const AmountListSchema = z.array(AmountSchema).check(z.maxLength(MAX_AMOUNT_LIST));
