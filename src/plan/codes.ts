/**
 * The error codes of `arrears/plan`. Every error this module throws carries one of these codes,
 * a code of `arrears/money` or `arrears/calendar` for a malformed amount, currency or date, or
 * one of the generic {@link arrears!CoreErrorCodes} (wrong type, missing field, out of range).
 *
 * Codes are public API: renaming one is a breaking change.
 *
 * @example
 * ```ts
 * import { PlanErrorCodes, apr } from 'arrears/plan';
 * PlanErrorCodes.PLAN_APR_PAYMENTS_BELOW_ADVANCES; // => 'PLAN_APR_PAYMENTS_BELOW_ADVANCES'
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-10', payments: [{ amount: '990.00', date: '2026-02-10' }] }); // throws PLAN_APR_PAYMENTS_BELOW_ADVANCES
 * ```
 */
export const PlanErrorCodes = {
  /** An advance or payment amount is zero or negative (ValidationError). */
  PLAN_NON_POSITIVE_AMOUNT: 'PLAN_NON_POSITIVE_AMOUNT',
  /** Neither or both of `amountFinanced` (with `advanceDate`) and `advances` were given (ValidationError). */
  PLAN_APR_INVALID_ADVANCES: 'PLAN_APR_INVALID_ADVANCES',
  /** A unit period or payment frequency name is not one this module knows (ValidationError). */
  PLAN_UNKNOWN_UNIT_PERIOD: 'PLAN_UNKNOWN_UNIT_PERIOD',
  /** A payment series is inconsistent: `firstDate` not on its `semimonthDays` or `anchorDay`, or options that do not apply to its frequency (ValidationError). */
  PLAN_INVALID_PAYMENT_SERIES: 'PLAN_INVALID_PAYMENT_SERIES',
  /** More than 10,000 payments or 1,000 advances in all (ValidationError). */
  PLAN_TOO_MANY_FLOWS: 'PLAN_TOO_MANY_FLOWS',
  /** A payment falls on or before the first advance, the beginning of the term (DomainRuleError). */
  PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE: 'PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE',
  /** The payments add up to less than the advances: no non-negative rate solves the equation (DomainRuleError). */
  PLAN_APR_PAYMENTS_BELOW_ADVANCES: 'PLAN_APR_PAYMENTS_BELOW_ADVANCES',
  /** A payment series runs past 9999-12-31 (DomainRuleError). */
  PLAN_DATE_OUT_OF_RANGE: 'PLAN_DATE_OUT_OF_RANGE',
  /** The tolerance check needs exactly one of `actualPercent` and `actualAnnualRate` (ValidationError). */
  PLAN_APR_INVALID_TOLERANCE_INPUT: 'PLAN_APR_INVALID_TOLERANCE_INPUT',
} as const;

/**
 * One of the {@link PlanErrorCodes}.
 */
export type PlanErrorCode = (typeof PlanErrorCodes)[keyof typeof PlanErrorCodes];
