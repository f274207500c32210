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
 * apr({ amountFinanced: '1000.00', advanceDate: '2026-01-10', currency: 'USD', payments: [{ amount: '990.00', date: '2026-02-10' }] }); // throws PLAN_APR_PAYMENTS_BELOW_ADVANCES
 * ```
 */
export const PlanErrorCodes = {
  /** Neither or both of `amountFinanced` (with `advanceDate`) and `advances` were given (ValidationError). */
  PLAN_APR_INVALID_ADVANCES: 'PLAN_APR_INVALID_ADVANCES',
  /** A unit period or payment frequency of the APR is neither a name of the one list (`'monthly'` ...) nor a multiple `{ everyDays }` (1-366), `{ everyWeeks }` (1-52), `{ everyMonths }` (1-11) (ValidationError). */
  PLAN_UNKNOWN_UNIT_PERIOD: 'PLAN_UNKNOWN_UNIT_PERIOD',
  /** A payment series is inconsistent: `firstDueDate` not on its `semiMonthlyDays` or `anchorDay`, or options that do not apply to its frequency (ValidationError). */
  PLAN_INVALID_PAYMENT_SERIES: 'PLAN_INVALID_PAYMENT_SERIES',
  /** More than 10,000 payments or 1,000 advances in all (ValidationError). */
  PLAN_TOO_MANY_FLOWS: 'PLAN_TOO_MANY_FLOWS',
  /** A payment falls on or before the first advance, the beginning of the term (DomainRuleError). */
  PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE: 'PLAN_APR_PAYMENT_NOT_AFTER_ADVANCE',
  /** The payments add up to less than the advances: no non-negative rate solves the equation (DomainRuleError). */
  PLAN_APR_PAYMENTS_BELOW_ADVANCES: 'PLAN_APR_PAYMENTS_BELOW_ADVANCES',
  /** A payment series runs past 9999-12-31 (DomainRuleError). */
  PLAN_DATE_OUT_OF_RANGE: 'PLAN_DATE_OUT_OF_RANGE',
  /** The plan terms are inconsistent: both or neither of `installments` and `installmentAmount` (`regularPrincipalAmount` on an `'equalPrincipal'` plan, which refuses `installmentAmount`), a method that does not fit the rate, options that do not apply (ValidationError). */
  PLAN_INVALID_TERMS: 'PLAN_INVALID_TERMS',
  /** A rate is negative or above its ceiling: `annualRate` above `maxAnnualRate` (default 1, 100% a year) or 10; a policy rate above 1 (ValidationError). */
  PLAN_INVALID_RATE: 'PLAN_INVALID_RATE',
  /** The first due date is not after the agreement date (ValidationError). */
  PLAN_FIRST_DUE_NOT_AFTER_AGREEMENT: 'PLAN_FIRST_DUE_NOT_AFTER_AGREEMENT',
  /** The down payment is not less than the principal (ValidationError). */
  PLAN_DOWN_PAYMENT_TOO_LARGE: 'PLAN_DOWN_PAYMENT_TOO_LARGE',
  /** The balloon is not less than the amount financed, or is given with a single installment (ValidationError). */
  PLAN_BALLOON_TOO_LARGE: 'PLAN_BALLOON_TOO_LARGE',
  /** The installment amount never pays the plan off: it does not exceed the interest of a period, or it would take more than 10,000 installments (DomainRuleError). */
  PLAN_PAYMENT_TOO_SMALL: 'PLAN_PAYMENT_TOO_SMALL',
  /** A plan state is inconsistent: installments out of order, paid more than due, a currency mismatch (ValidationError). */
  PLAN_INVALID_STATE: 'PLAN_INVALID_STATE',
  /** A payment is dated before the agreement date or before a payment already applied (DomainRuleError). */
  PLAN_PAYMENT_OUT_OF_ORDER: 'PLAN_PAYMENT_OUT_OF_ORDER',
  /** A re-amortization is dated before the state's last one (`reamortizedOn`): interest earned between the two would be counted twice (DomainRuleError). */
  PLAN_REAMORTIZE_OUT_OF_ORDER: 'PLAN_REAMORTIZE_OUT_OF_ORDER',
  /** Re-amortization has nothing to work on: the plan is paid off, or no installment falls after the date (DomainRuleError). */
  PLAN_NOTHING_TO_REAMORTIZE: 'PLAN_NOTHING_TO_REAMORTIZE',
  /** An option combination that is valid but not supported, such as `residual: 'first'` on a level plan with interest (UnsupportedOptionError). */
  PLAN_UNSUPPORTED_OPTION: 'PLAN_UNSUPPORTED_OPTION',
  /** A charge is malformed: the same id twice in one call (ValidationError). A negative amount is money's `MONEY_NEGATIVE`. */
  PLAN_INVALID_CHARGE: 'PLAN_INVALID_CHARGE',
  /** A charge names an installment the plan does not have, moves a posted id to another installment, or would leave less due than was already paid (DomainRuleError). */
  PLAN_CHARGE_CONFLICT: 'PLAN_CHARGE_CONFLICT',
  /** A charge, or the policy of `validatePlanTerms`, names a `currency` other than the plan's: its amounts are never read as the plan's money (DomainRuleError). */
  PLAN_CURRENCY_MISMATCH: 'PLAN_CURRENCY_MISMATCH',
  /** A `paymentId` already in the plan's payment log, with another amount or date (DomainRuleError). */
  PLAN_PAYMENT_CONFLICT: 'PLAN_PAYMENT_CONFLICT',
  /** A reversal names a `paymentId` the plan's payment log does not hold (DomainRuleError). */
  PLAN_PAYMENT_NOT_FOUND: 'PLAN_PAYMENT_NOT_FOUND',
  /** An input exceeds a documented bound (installments a re-amortization would create, payments in a log). */
  PLAN_LIMIT_EXCEEDED: 'PLAN_LIMIT_EXCEEDED',
} as const;

/**
 * One of the {@link PlanErrorCodes}.
 */
export type PlanErrorCode = (typeof PlanErrorCodes)[keyof typeof PlanErrorCodes];

/**
 * The `code` of every {@link arrears!Finding} plan returns: which rule of a policy a set of
 * terms breaks ({@link validatePlanTerms}; terms that cannot be scheduled carry the error code
 * `PLAN_PAYMENT_TOO_SMALL` instead), the warnings of {@link planStatus}, and a disclosed APR outside its tolerance
 * ({@link isAprWithinTolerance}): values, not errors.
 *
 * @example
 * ```ts
 * import { PlanReasonCodes } from 'arrears/plan';
 * PlanReasonCodes.PLAN_POLICY_TOO_MANY_INSTALLMENTS; // => 'PLAN_POLICY_TOO_MANY_INSTALLMENTS'
 * ```
 */
export const PlanReasonCodes = {
  /** Policy: the frequency is not one the policy allows. */
  PLAN_POLICY_FREQUENCY_NOT_ALLOWED: 'PLAN_POLICY_FREQUENCY_NOT_ALLOWED',
  /** Policy: an installment is below the minimum installment. */
  PLAN_POLICY_INSTALLMENT_TOO_SMALL: 'PLAN_POLICY_INSTALLMENT_TOO_SMALL',
  /** Policy: more installments than the policy allows. */
  PLAN_POLICY_TOO_MANY_INSTALLMENTS: 'PLAN_POLICY_TOO_MANY_INSTALLMENTS',
  /** Policy: the last installment is due later than the maximum duration allows. */
  PLAN_POLICY_DURATION_TOO_LONG: 'PLAN_POLICY_DURATION_TOO_LONG',
  /** Policy: the down payment is below `minDownPayment` or `minDownPaymentRate` of the principal. */
  PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL: 'PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL',
  /** Policy: the first installment is due too long after the agreement. */
  PLAN_POLICY_FIRST_PAYMENT_TOO_LATE: 'PLAN_POLICY_FIRST_PAYMENT_TOO_LATE',
  /** Policy: the APR is above the maximum. */
  PLAN_POLICY_APR_TOO_HIGH: 'PLAN_POLICY_APR_TOO_HIGH',
  /** Policy: the total interest (the cost of credit) is above `maxTotalInterest`. */
  PLAN_POLICY_TOTAL_INTEREST_TOO_HIGH: 'PLAN_POLICY_TOTAL_INTEREST_TOO_HIGH',
  /** Policy: the installment takes a larger share of the debtor's income than the cap allows. */
  PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH: 'PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH',
  /** Policy: no income was given, but the policy caps the payment-to-income ratio and requires income. */
  PLAN_POLICY_INCOME_REQUIRED: 'PLAN_POLICY_INCOME_REQUIRED',
  /** Warning of `planStatus`: a payment without a `paymentId`, dated on or before the state's last payment, may already be in the state and was not applied. */
  PLAN_PAYMENT_MAYBE_IN_STATE: 'PLAN_PAYMENT_MAYBE_IN_STATE',
  /** A disclosed APR is more than the tolerance of 12 CFR 1026.22(a)(2)/(3) above or below the actuarial APR (1/8 of a percentage point, 1/4 when irregular). */
  PLAN_APR_OUTSIDE_TOLERANCE: 'PLAN_APR_OUTSIDE_TOLERANCE',
} as const;

/** One of the {@link PlanReasonCodes}. */
export type PlanReasonCode = (typeof PlanReasonCodes)[keyof typeof PlanReasonCodes];
