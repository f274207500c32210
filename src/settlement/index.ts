/**
 * Settlement offers a debtor can afford and a creditor can defend: a policy of discount bands
 * by age and balance, a floor, authority levels, plan limits and an offer window; ranked offers
 * (a lump sum, the settlement in a short plan, the full balance in a longer plan) each with a
 * real schedule from `arrears/plan`, present value, expected recovery from the caller's own
 * default model, an affordability check and the facts a disclosure needs (the forgiven amount
 * split into principal, interest and fees, and the Form 1099-C threshold, as information);
 * counter-offer evaluation; and a plain-English summary of an offer.
 *
 * - {@link settlementOffers} / {@link safeSettlementOffers}
 * - {@link evaluateCounterOffer} / {@link safeEvaluateCounterOffer}: a counter-offer answered
 *   with the closest offer the policy allows, in the debtor's own dates.
 * - {@link offersWithinBudget} / {@link safeOffersWithinBudget}: negotiation from what the
 *   debtor can pay each month: every offer the policy allows that fits, within the
 *   negotiator's authority first, then with approval.
 * - {@link describeOffer} / {@link safeDescribeOffer}
 * - {@link validateSettlementTerms} / {@link safeValidateSettlementTerms}: every rule of the
 *   policy a set of settlement terms breaks, as data.
 * - Every document function takes one input object (with its exported `<Fn>InputSchema`) and
 *   has a `safe*` twin that accepts `unknown`. Every rate is a decimal fraction (`'0.3'` is
 *   30%), every date `YYYY-MM-DD`, every jurisdiction ISO 3166-2 (`'US-NY'`).
 * - Every verdict is `{ ok, findings }`: blocked accounts, refused counter-offers and broken
 *   terms are {@link arrears!Finding}s with {@link SettlementReasonCodes}; errors (malformed
 *   input) carry {@link SettlementErrorCodes}.
 *
 * @module arrears/settlement
 */
export * from '../errors/index.js';
export { SettlementErrorCodes, SettlementReasonCodes } from './codes.js';
export type { SettlementErrorCode, SettlementReasonCode } from './codes.js';
export {
  AuthorityLimitSchema,
  CounterOfferSchema,
  DebtorBudgetSchema,
  DebtorFinancesSchema,
  DefaultModelSchema,
  DiscountBandSchema,
  EvaluateCounterOfferInputSchema,
  ForgivenessOrderSchema,
  FullBalancePlanOfferSchema,
  OfferWindowSchema,
  OffersWithinBudgetInputSchema,
  PlanOfferPolicySchema,
  SettlementAccountSchema,
  SettlementOffersInputSchema,
  SettlementPlanOfferSchema,
  SettlementPolicySchema,
  SettlementTermsSchema,
  ValidateSettlementTermsInputSchema,
} from './schemas.js';
export type {
  BalanceParts,
  BudgetSummary,
  CounterOfferDecision,
  CounterOfferEvaluation,
  CounterOfferInput,
  DebtorFinancesInput,
  EvaluateCounterOfferInput,
  InformationReturnFacts,
  OfferAffordability,
  OfferAuthority,
  OfferDisclosure,
  OfferPayment,
  OffersWithinBudgetInput,
  OffersWithinBudgetResult,
  SettlementAccountInput,
  SettlementOffer,
  SettlementOfferKind,
  SettlementOffersInput,
  SettlementOffersResult,
  SettlementPolicy,
  SettlementPolicyInput,
  SettlementTermsInput,
  SettlementTermsVerdict,
  ValidateSettlementTermsInput,
} from './types.js';
export { settlementOffers, safeSettlementOffers } from './offers.js';
export { evaluateCounterOffer, safeEvaluateCounterOffer } from './counter-offer.js';
export { offersWithinBudget, safeOffersWithinBudget } from './budget.js';
export { describeOffer, safeDescribeOffer, DescribeOfferInputSchema } from './describe.js';
export type { DescribeOfferInput } from './describe.js';
export { validateSettlementTerms, safeValidateSettlementTerms } from './terms.js';
