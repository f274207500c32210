/**
 * The error codes of `arrears/fees`. Every error this module throws carries one of these codes,
 * a code of `arrears/money` or `arrears/calendar` for a malformed amount, currency or date, or
 * one of the generic {@link arrears!CoreErrorCodes} (wrong type, missing field, out of range).
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { FeesErrorCodes } from 'arrears/fees';
 * FeesErrorCodes.FEES_UNKNOWN_JURISDICTION; // => 'FEES_UNKNOWN_JURISDICTION'
 * ```
 */
export const FeesErrorCodes = {
  /** A percent is negative, above 100, or not a decimal string (ValidationError). */
  FEES_INVALID_PERCENT: 'FEES_INVALID_PERCENT',
  /** A rate (an annual interest percent) is negative or not a decimal string (ValidationError). */
  FEES_INVALID_RATE: 'FEES_INVALID_RATE',
  /** A fee amount, cap, threshold or payment is negative, or a payment is zero (ValidationError). */
  FEES_NEGATIVE_AMOUNT: 'FEES_NEGATIVE_AMOUNT',
  /** A count of days is not a whole number, or is outside its range (ValidationError). */
  FEES_INVALID_DAYS: 'FEES_INVALID_DAYS',
  /** The schedule is inconsistent: duplicate installment numbers, principal and interest above the amount, too many rows (ValidationError). */
  FEES_INVALID_SCHEDULE: 'FEES_INVALID_SCHEDULE',
  /** A fee expression is malformed: tiers not in increasing order, an empty list, nesting too deep (ValidationError). */
  FEES_INVALID_EXPRESSION: 'FEES_INVALID_EXPRESSION',
  /** The policy names a jurisdiction preset this version does not ship (UnsupportedOptionError). */
  FEES_UNKNOWN_JURISDICTION: 'FEES_UNKNOWN_JURISDICTION',
  /** The policy switches off the no-pyramiding rule on a consumer account (DomainRuleError; 16 CFR 444.4). */
  FEES_PYRAMIDING_NOT_ALLOWED: 'FEES_PYRAMIDING_NOT_ALLOWED',
  /** A percent base the schedule cannot supply, such as the principal-and-interest part of an installment without `principal` and `interest` (DomainRuleError). */
  FEES_BASE_UNAVAILABLE: 'FEES_BASE_UNAVAILABLE',
  /** A preset applies to other kinds of account than the policy's `accountKind` (DomainRuleError). */
  FEES_PRESET_SCOPE_MISMATCH: 'FEES_PRESET_SCOPE_MISMATCH',
  /** The assessment would produce more than 10,000 fee occurrences (charged, waived or kept off), as a daily recurrence over years does (DomainRuleError). */
  FEES_TOO_MANY_FEES: 'FEES_TOO_MANY_FEES',
  /** A payment, charge or plan in another currency than the schedule's (DomainRuleError). */
  FEES_CURRENCY_MISMATCH: 'FEES_CURRENCY_MISMATCH',
  /** An option that has no effect in this input, such as `hardship` without the policy's hardship waiver (ValidationError): silence is not consent. */
  FEES_OPTION_WITHOUT_EFFECT: 'FEES_OPTION_WITHOUT_EFFECT',
  /** A payment or schedule amount is too large for the fast path (above 10^12 minor units) (ValidationError). */
  FEES_AMOUNT_TOO_LARGE: 'FEES_AMOUNT_TOO_LARGE',
} as const;

/** One of the {@link FeesErrorCodes}. */
export type FeesErrorCode = (typeof FeesErrorCodes)[keyof typeof FeesErrorCodes];
