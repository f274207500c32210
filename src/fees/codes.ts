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
 * FeesErrorCodes.FEES_UNKNOWN_PRESET; // => 'FEES_UNKNOWN_PRESET'
 * ```
 */
export const FeesErrorCodes = {
  /** A rate is negative, not a decimal string, or above its ceiling: 1 for `rate` and `originalBalanceRate`, the policy's `maxAnnualRate` (default 1) for `annualRate`, 10 for `maxAnnualRate`. A percent typed into a fraction field (`'5'` for `'0.05'`) lands here (ValidationError). Absorbs the former `FEES_INVALID_PERCENT`. */
  FEES_INVALID_RATE: 'FEES_INVALID_RATE',
  /** A count of days is not a whole number, or is outside its range (ValidationError). */
  FEES_INVALID_DAYS: 'FEES_INVALID_DAYS',
  /** The schedule is inconsistent: duplicate installment numbers, principal and interest above the amount, too many rows (ValidationError). */
  FEES_INVALID_SCHEDULE: 'FEES_INVALID_SCHEDULE',
  /** A fee expression is malformed: tiers not in increasing order, an empty list, nesting too deep (ValidationError). */
  FEES_INVALID_EXPRESSION: 'FEES_INVALID_EXPRESSION',
  /** The policy names a preset this version does not ship (UnsupportedOptionError). Was `FEES_UNKNOWN_JURISDICTION`. */
  FEES_UNKNOWN_PRESET: 'FEES_UNKNOWN_PRESET',
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
  /** An option that has no effect in this input, such as `hardship` without the policy's hardship waiver, or a trigger `calendar` with calendar-day grace (ValidationError): silence is not consent. */
  FEES_OPTION_WITHOUT_EFFECT: 'FEES_OPTION_WITHOUT_EFFECT',
  /** A payment or schedule amount is too large for the fast path (above 10^12 minor units) (ValidationError). */
  FEES_AMOUNT_TOO_LARGE: 'FEES_AMOUNT_TOO_LARGE',
} as const;

/** One of the {@link FeesErrorCodes}. */
export type FeesErrorCode = (typeof FeesErrorCodes)[keyof typeof FeesErrorCodes];

/**
 * The `code` of every {@link arrears!Finding} fees returns: why a late installment (or a
 * recurrence) got no fee (`notCharged`), and the facts an assessment missed (`findings`).
 * Values, not errors.
 *
 * @example
 * ```ts
 * import { FeesReasonCodes } from 'arrears/fees';
 * FeesReasonCodes.FEES_WITHIN_GRACE; // => 'FEES_WITHIN_GRACE'
 * ```
 */
export const FeesReasonCodes = {
  /** No fee: the installment was paid within its grace period, is still within it, or was not late long enough to reach the first tier of the fee (was `'withinGrace'`). */
  FEES_WITHIN_GRACE: 'FEES_WITHIN_GRACE',
  /** No fee: a goodwill waiver took it off; `details.waiver` says which, `details.waivedAmount` how much (was `'waived'`). */
  FEES_WAIVED: 'FEES_WAIVED',
  /** No fee: a limit (the policy's or a preset's, named in `details.boundBy`) left nothing to charge, or a preset allows one fee per installment (was `'capReached'`). */
  FEES_CAP_REACHED: 'FEES_CAP_REACHED',
  /** No fee: the unpaid amount is below the policy's `minUnpaidAmount`, or the fee computes to zero (was `'belowMinimum'`). */
  FEES_BELOW_MINIMUM: 'FEES_BELOW_MINIMUM',
  /** Warning: the policy waives fees in hardship, but the input says nothing of hardship (`hardship` absent), so no fee was waived for it: the strict answer. */
  FEES_HARDSHIP_UNKNOWN: 'FEES_HARDSHIP_UNKNOWN',
} as const;

/** One of the {@link FeesReasonCodes}. */
export type FeesReasonCode = (typeof FeesReasonCodes)[keyof typeof FeesReasonCodes];
