/**
 * The error codes of `arrears/settlement`. Every error this module throws carries one of these
 * codes, a code of `arrears/money`, `arrears/calendar` or `arrears/plan` for a malformed amount,
 * currency, date or schedule, or one of the generic {@link arrears!CoreErrorCodes}.
 *
 * Codes are public API: renaming one is a breaking change. A blocked account or a refused
 * counter-offer is not an error: it comes back as a value with a reason code from
 * {@link SettlementReasonCodes}.
 *
 * @example
 * ```ts
 * import { SettlementErrorCodes } from 'arrears/settlement';
 * SettlementErrorCodes.SETTLEMENT_INVALID_RATE; // => 'SETTLEMENT_INVALID_RATE'
 * ```
 */
export const SettlementErrorCodes = {
  /** A rate (discount, floor, scale, annual rate) is negative or above its ceiling: a percent typed into a fraction field (`'30'` for `'0.3'`) lands here (ValidationError). Was `SETTLEMENT_INVALID_PERCENT`. */
  SETTLEMENT_INVALID_RATE: 'SETTLEMENT_INVALID_RATE',
  /** A probability or survival value is outside 0..1, or a survival curve increases (ValidationError). */
  SETTLEMENT_INVALID_PROBABILITY: 'SETTLEMENT_INVALID_PROBABILITY',
  /** The discount bands overlap, leave a gap, or do not start at age 0 / balance 0 (ValidationError). */
  SETTLEMENT_INCONSISTENT_BANDS: 'SETTLEMENT_INCONSISTENT_BANDS',
  /** Authority levels are repeated, unknown, or a higher level allows less than a lower one (ValidationError). */
  SETTLEMENT_INCONSISTENT_AUTHORITY: 'SETTLEMENT_INCONSISTENT_AUTHORITY',
  /** An amount has more decimals than the currency allows, an offer's payments do not add up to its amount or forgive more than its balance, or an offer to describe has a minus zero (ValidationError). A negative amount is money's `MONEY_NEGATIVE`, a zero or negative one where it must be positive `MONEY_NOT_POSITIVE`. */
  SETTLEMENT_INVALID_AMOUNT: 'SETTLEMENT_INVALID_AMOUNT',
  /** The policy's currency differs from the account's (DomainRuleError). */
  SETTLEMENT_CURRENCY_MISMATCH: 'SETTLEMENT_CURRENCY_MISMATCH',
  /** The floor's minimum amount is above the account's balance (DomainRuleError). */
  SETTLEMENT_FLOOR_ABOVE_BALANCE: 'SETTLEMENT_FLOOR_ABOVE_BALANCE',
  /** The account owes nothing (DomainRuleError). */
  SETTLEMENT_NOTHING_OWED: 'SETTLEMENT_NOTHING_OWED',
  /** `asOf` is before the date the debt's age counts from (DomainRuleError). */
  SETTLEMENT_AS_OF_BEFORE_AGE_DATE: 'SETTLEMENT_AS_OF_BEFORE_AGE_DATE',
  /** The policy ages debt from charge-off, but the account has no `chargeOffDate` (DomainRuleError). */
  SETTLEMENT_CHARGE_OFF_DATE_MISSING: 'SETTLEMENT_CHARGE_OFF_DATE_MISSING',
  /** The default probabilities or survival curve end before the last payment of an offer (DomainRuleError). */
  SETTLEMENT_CURVE_TOO_SHORT: 'SETTLEMENT_CURVE_TOO_SHORT',
} as const;

/** One of the {@link SettlementErrorCodes}. */
export type SettlementErrorCode = (typeof SettlementErrorCodes)[keyof typeof SettlementErrorCodes];

/**
 * The `code` of every {@link arrears!Finding} settlement returns: why an account gets no
 * offers, why a counter-offer was not accepted, which rule of the policy a set of settlement
 * terms breaks ({@link validateSettlementTerms}), or why a budget found no offer of a kind:
 * values, not errors.
 *
 * @example
 * ```ts
 * import { SettlementReasonCodes } from 'arrears/settlement';
 * SettlementReasonCodes.SETTLEMENT_BLOCKED_BANKRUPTCY; // => 'SETTLEMENT_BLOCKED_BANKRUPTCY'
 * ```
 */
export const SettlementReasonCodes = {
  /** A bankruptcy case is open: the automatic stay (11 U.S.C. 362(a)) stops collection, offers included. */
  SETTLEMENT_BLOCKED_BANKRUPTCY: 'SETTLEMENT_BLOCKED_BANKRUPTCY',
  /** A dispute is open and not yet verified (15 U.S.C. 1692g(b): collection stops until verification is mailed). */
  SETTLEMENT_BLOCKED_UNVERIFIED_DISPUTE: 'SETTLEMENT_BLOCKED_UNVERIFIED_DISPUTE',
  /** The consumer says the debt is not theirs (fraud or identity theft) and the claim is not resolved. */
  SETTLEMENT_BLOCKED_FRAUD_CLAIM: 'SETTLEMENT_BLOCKED_FRAUD_CLAIM',
  /** The debtor has died and no one has been identified to act for the estate. */
  SETTLEMENT_BLOCKED_DECEASED_NO_ESTATE_CONTACT: 'SETTLEMENT_BLOCKED_DECEASED_NO_ESTATE_CONTACT',
  /** The debt is time-barred and its jurisdiction has no entry in the policy's `timeBarredDisclosures`. */
  SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION: 'SETTLEMENT_BLOCKED_TIME_BARRED_UNKNOWN_JURISDICTION',
  /** The debt is time-barred and the account lacks disclosure keys its jurisdiction requires. */
  SETTLEMENT_BLOCKED_TIME_BARRED_DISCLOSURES_MISSING: 'SETTLEMENT_BLOCKED_TIME_BARRED_DISCLOSURES_MISSING',
  /** A counter-offer below what any authority level may accept. */
  SETTLEMENT_COUNTER_BELOW_FLOOR: 'SETTLEMENT_COUNTER_BELOW_FLOOR',
  /** A counter-offer below the evaluator's authority but within a higher level's. */
  SETTLEMENT_COUNTER_NEEDS_APPROVAL: 'SETTLEMENT_COUNTER_NEEDS_APPROVAL',
  /** A counter-offer in more installments, or smaller ones, or at another frequency, than the policy allows. */
  SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED: 'SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED',
  /** A counter-offer whose first payment falls after the offer window closes: the answer keeps the debtor's other dates and moves the first payment to the last day allowed. */
  SETTLEMENT_COUNTER_DATE_NOT_ALLOWED: 'SETTLEMENT_COUNTER_DATE_NOT_ALLOWED',
  /** Terms: the amount is below what any authority level may accept (the floor, `maxForgiven`, the deepest discount), or a full-balance plan pays less than the balance. */
  SETTLEMENT_POLICY_BELOW_MINIMUM: 'SETTLEMENT_POLICY_BELOW_MINIMUM',
  /** Terms: the amount is within the policy but below what the terms' authority level may accept; a higher level must approve. */
  SETTLEMENT_POLICY_NEEDS_APPROVAL: 'SETTLEMENT_POLICY_NEEDS_APPROVAL',
  /** Terms: more installments than the policy's plan allows. */
  SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS: 'SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS',
  /** Terms: a regular installment below the policy's `minInstallment`. */
  SETTLEMENT_POLICY_INSTALLMENT_TOO_SMALL: 'SETTLEMENT_POLICY_INSTALLMENT_TOO_SMALL',
  /** Terms: installments at another frequency than the policy's plan. */
  SETTLEMENT_POLICY_FREQUENCY_NOT_ALLOWED: 'SETTLEMENT_POLICY_FREQUENCY_NOT_ALLOWED',
  /** Terms: the first (or only) payment falls due after the policy's offer window closes. */
  SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE: 'SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE',
  /** Budget (info): no offer of a kind the policy allows fits the debtor's budget. */
  SETTLEMENT_BUDGET_TOO_LOW: 'SETTLEMENT_BUDGET_TOO_LOW',
  /** Budget (warning): the debtor's first payment date is after the offer window closes; the offers start on its last day. */
  SETTLEMENT_BUDGET_DATE_AFTER_WINDOW: 'SETTLEMENT_BUDGET_DATE_AFTER_WINDOW',
} as const;

/** One of the {@link SettlementReasonCodes}. */
export type SettlementReasonCode = (typeof SettlementReasonCodes)[keyof typeof SettlementReasonCodes];
