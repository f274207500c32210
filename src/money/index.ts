/**
 * Exact money for arrears: amounts as decimal strings at the boundary (`"1234.56"`), integer
 * minor units (bigint) inside. Strict parsing, the ISO 4217 currency table, the nine rounding
 * modes of `Intl.NumberFormat`, allocation that sums back exactly, and a bigint fast path for the hot loops
 * of payment plans and fees that equals decimal.js on every input.
 *
 * - Amounts: {@link parseAmount}, {@link roundAmount}, {@link addAmounts},
 *   {@link subtractAmounts}, {@link sumAmounts}, {@link multiplyAmount},
 *   {@link compareAmounts}, {@link allocate}, ...
 * - Currencies: {@link getCurrency}, {@link isCurrencyCode}, {@link listCurrencies}.
 * - Fast path: {@link toMinorUnits}, {@link fromMinorUnits}, {@link parseRatio},
 *   {@link divideRounded}, {@link multiplyMinorUnits}, {@link allocateMinorUnits},
 *   {@link createMinorUnitCalculator}, {@link createSafeIntegerCalculator}.
 *
 * @module arrears/money
 */
export * from '../errors/index.js';
export { MoneyErrorCodes } from './codes.js';
export type { MoneyErrorCode } from './codes.js';
export type {
  AllocateOptionsInput,
  AllocationRatio,
  AllocationRemainder,
  Currency,
  CurrencyCode,
  Money,
  MoneyInput,
  Ratio,
  RoundOptionsInput,
  RoundingMode,
} from './types.js';
export {
  AllocateOptionsSchema,
  AllocationRatiosSchema,
  AllocationRemainderSchema,
  AmountSchema,
  CurrencyCodeSchema,
  DecimalStringSchema,
  MoneySchema,
  NonNegativeAmountSchema,
  PositiveAmountSchema,
  RoundOptionsSchema,
  RoundingModeSchema,
} from './schemas.js';
export { getCurrency, safeGetCurrency, isCurrencyCode, listCurrencies } from './currencies.js';
export {
  parseAmount,
  safeParseAmount,
  roundAmount,
  addAmounts,
  subtractAmounts,
  sumAmounts,
  multiplyAmount,
  compareAmounts,
  minAmount,
  maxAmount,
  isZeroAmount,
  isNegativeAmount,
} from './amounts.js';
export { allocate, allocateMinorUnits } from './allocation.js';
export { divideRounded } from './rounding.js';
export { toMinorUnits, fromMinorUnits, parseRatio, multiplyMinorUnits } from './minor-units.js';
export { createMinorUnitCalculator } from './calculator.js';
export { createSafeIntegerCalculator } from './safe-integer-calculator.js';
export type { MoneyCalculator } from './calculator.js';
