import type * as z from 'zod/mini';
import type { Finding } from '../errors/index.js';
import type { PlanSchedule } from '../plan/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import type {
  CounterOfferSchema,
  DebtorFinancesSchema,
  EvaluateCounterOfferInputSchema,
  OffersWithinBudgetInputSchema,
  SettlementAccountSchema,
  SettlementOffersInputSchema,
  SettlementPolicySchema,
  SettlementTermsSchema,
  ValidateSettlementTermsInputSchema,
} from './schemas.js';

/** A settlement policy as accepted (read-only arrays and `as const` objects too); see {@link SettlementPolicySchema}. */
export type SettlementPolicyInput = DeepReadonly<z.input<typeof SettlementPolicySchema>>;
/** A settlement policy as parsed. */
export type SettlementPolicy = z.output<typeof SettlementPolicySchema>;
/** An account as accepted; see {@link SettlementAccountSchema}. */
export type SettlementAccountInput = DeepReadonly<z.input<typeof SettlementAccountSchema>>;
/** The debtor's finances as accepted; see {@link DebtorFinancesSchema}. */
export type DebtorFinancesInput = DeepReadonly<z.input<typeof DebtorFinancesSchema>>;
/** The input of `settlementOffers`; see {@link SettlementOffersInputSchema}. */
export type SettlementOffersInput = DeepReadonly<z.input<typeof SettlementOffersInputSchema>>;
/** A counter-offer as accepted; see {@link CounterOfferSchema}. */
export type CounterOfferInput = DeepReadonly<z.input<typeof CounterOfferSchema>>;
/** The input of `evaluateCounterOffer`; see {@link EvaluateCounterOfferInputSchema}. */
export type EvaluateCounterOfferInput = DeepReadonly<z.input<typeof EvaluateCounterOfferInputSchema>>;
/** The input of `offersWithinBudget`; see {@link OffersWithinBudgetInputSchema}. */
export type OffersWithinBudgetInput = DeepReadonly<z.input<typeof OffersWithinBudgetInputSchema>>;
/** The input of `validateSettlementTerms`; see {@link ValidateSettlementTermsInputSchema}. */
export type ValidateSettlementTermsInput = DeepReadonly<z.input<typeof ValidateSettlementTermsInputSchema>>;

/** A debtor's budget as `offersWithinBudget` read it. */
export interface BudgetSummary {
  /** What the debtor can pay each month, with the currency's digits. */
  readonly monthlyAmount: string;
  /** What the debtor can pay at once now, with the currency's digits. */
  readonly availableNow: string;
  /** The first payment date the debtor asked for (default the offer's expiry date). */
  readonly firstDueDate: string;
}

/** What `offersWithinBudget` returns. */
export interface OffersWithinBudgetResult {
  /** `false` when a block stops every offer (a `violation` in `findings`). */
  readonly ok: boolean;
  /** The blocks (`violation`, with their citation), a first payment date moved into the window (`warning`, `SETTLEMENT_BUDGET_DATE_AFTER_WINDOW`) and each offer kind that fits at no level (`info`, `SETTLEMENT_BUDGET_TOO_LOW`). */
  readonly findings: readonly Finding[];
  /** The budget as read. */
  readonly budget: BudgetSummary;
  /** Every offer that fits the budget: within the negotiator's authority first, then needing approval; best first in each. */
  readonly proposals: readonly SettlementOffer[];
}
/** Settlement terms as accepted; see {@link SettlementTermsSchema}. */
export type SettlementTermsInput = DeepReadonly<z.input<typeof SettlementTermsSchema>>;

/** The kind of an offer. */
export type SettlementOfferKind = 'lumpSum' | 'settlementPlan' | 'fullBalancePlan';

/** The balance split into its parts, each an amount string. */
export interface BalanceParts {
  /** Principal. */
  readonly principal: string;
  /** Interest. */
  readonly interest: string;
  /** Fees. */
  readonly fees: string;
  /** The sum of the three. */
  readonly total: string;
}

/** One payment of an offer. */
export interface OfferPayment {
  /** 1, 2, 3 ... */
  readonly number: number;
  /** The due date, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due. */
  readonly amount: string;
}

/** Who may make an offer. */
export interface OfferAuthority {
  /** The lowest authority level allowed to make this offer. */
  readonly requiredLevel: string;
  /** Whether the level making the offer needs approval from `requiredLevel` first. */
  readonly requiresApproval: boolean;
}

/** Whether the debtor can afford an offer (only when the debtor's finances were given). */
export interface OfferAffordability {
  /** Whether affordability was checked (the debtor's finances were given). */
  readonly checked: boolean;
  /** Monthly income minus essential expenses (never below 0), or `null` when not checked. */
  readonly monthlyCapacity: string | null;
  /** The largest installment expressed per month, or for a lump sum the amount, or `null`. */
  readonly requiredPerMonth: string | null;
  /** `true` when it fits, `false` when it does not, `null` when not checked. */
  readonly affordable: boolean | null;
}

/** The information-return facts of an offer (26 U.S.C. 6050P; IRS Form 1099-C). Information, not tax advice. */
export interface InformationReturnFacts {
  /** `'1099-C'`. */
  readonly form: '1099-C';
  /** The threshold (`'600.00'` for USD), or `null` when the policy sets none for this currency. */
  readonly threshold: string | null;
  /** What is compared with the threshold: `'forgiven'` (the whole amount) or `'principal'`. */
  readonly basis: 'forgiven' | 'principal';
  /** The amount compared. */
  readonly amountCompared: string;
  /** Whether that amount is at or above the threshold (`false` without a threshold). */
  readonly reachesThreshold: boolean;
  /** The sources. */
  readonly citation: string;
  /** A reminder that this is information, not tax advice. */
  readonly note: string;
}

/** The facts a disclosure of the offer needs. */
export interface OfferDisclosure {
  /** The balance owed today, in parts. */
  readonly balance: BalanceParts;
  /** What the debtor pays in total. */
  readonly amountToPay: string;
  /** How many payments. */
  readonly paymentCount: number;
  /** The payments, in order. */
  readonly payments: readonly OfferPayment[];
  /** The last date the offer can be accepted. */
  readonly expiresOn: string;
  /** What is forgiven once every payment is made, in parts. */
  readonly forgiven: BalanceParts;
  /** What happens to the rest of the balance when every payment is made. */
  readonly whenPaid: string;
  /** What happens if a payment is not made. */
  readonly ifNotPaid: string;
  /** The information-return facts. */
  readonly informationReturn: InformationReturnFacts;
  /** Whether the debt is time-barred (the offer then carries the jurisdiction's disclosure keys). */
  readonly timeBarred: boolean;
  /** The disclosure keys the communication must carry (time-barred debt). */
  readonly disclosureKeys: readonly string[];
}

/** One ranked offer. */
export interface SettlementOffer {
  /** An id unique within the result: `'lumpSum'`, `'settlementPlan'`, `'fullBalancePlan'`, `'lumpSumWithApproval'`. */
  readonly id: string;
  /** The kind of offer. */
  readonly kind: SettlementOfferKind;
  /** Its rank, 1 being the best for the creditor among affordable offers. */
  readonly rank: number;
  /** The ISO 4217 code of every amount. */
  readonly currency: string;
  /** The balance owed today. */
  readonly balance: string;
  /** What the debtor pays in total. */
  readonly amount: string;
  /** `balance - amount` (interest of a full-balance plan aside: never negative). */
  readonly discount: string;
  /** The discount as a percent of the balance, 2 decimals, rounded half-up. */
  readonly discountPercent: string;
  /** The date of the offer. */
  readonly offeredOn: string;
  /** The last day the offer can be accepted (the lump sum and the first installment are due then). */
  readonly expiresOn: string;
  /** The payments. */
  readonly payments: readonly OfferPayment[];
  /** The schedule from `arrears/plan` (`buildSchedule`) the payments come from. */
  readonly schedule: PlanSchedule;
  /** Present value of the payments at the policy's discount rate. */
  readonly presentValue: string;
  /** Expected recovery under the caller's default model, or `null` without one. */
  readonly expectedRecovery: string | null;
  /** Expected recovery (or present value) minus the caller's no-settlement estimate, or `null` without one. */
  readonly gainOverNoSettlement: string | null;
  /** Who may make the offer. */
  readonly authority: OfferAuthority;
  /** Whether the debtor can afford it. */
  readonly affordability: OfferAffordability;
  /** The facts a disclosure needs. */
  readonly disclosure: OfferDisclosure;
}

/** What `settlementOffers` returns. */
export interface SettlementOffersResult {
  /** `true` when offers may be made. */
  readonly ok: boolean;
  /** What blocks offers, each a `violation` with its {@link SettlementReasonCodes} code, the account field at `path` and its citation (empty when `ok`). */
  readonly findings: readonly Finding[];
  /** The debt's age in days. */
  readonly ageDays: number;
  /** The balance, in parts. */
  readonly balance: BalanceParts;
  /** The smallest settlement the policy allows (the floor), whatever the authority. */
  readonly floorAmount: string;
  /** The smallest lump sum each authority level may accept, by level. */
  readonly minimumByLevel: Readonly<Record<string, string>>;
  /** The offers, best first (empty when blocked). */
  readonly offers: readonly SettlementOffer[];
}

/** The decision on a counter-offer. */
export type CounterOfferDecision = 'accept' | 'counter' | 'reject' | 'escalate';

/** What `evaluateCounterOffer` returns. */
export interface CounterOfferEvaluation {
  /** `true` when the counter-offer is accepted as it stands (`decision: 'accept'`). */
  readonly ok: boolean;
  /** Why it is not accepted (empty when it is): one `violation` with a `SETTLEMENT_COUNTER_*` code, or the blocks of a blocked account. */
  readonly findings: readonly Finding[];
  /** Accept, counter, reject or escalate. */
  readonly decision: CounterOfferDecision;
  /** For `'escalate'`: the lowest level that may accept; otherwise `null`. */
  readonly requiredLevel: string | null;
  /** For `'accept'`: the accepted offer; for `'counter'`: the best offer the policy allows; otherwise `null`. */
  readonly offer: SettlementOffer | null;
}

/** What {@link validateSettlementTerms} returns. */
export interface SettlementTermsVerdict {
  /** `true` when no rule is broken. */
  readonly ok: boolean;
  /**
   * Every rule broken (all of them, not just the first), each a `violation`: `code`
   * (`SETTLEMENT_POLICY_*`, `SETTLEMENT_BLOCKED_*`, or the code of a rule that stops any
   * settlement, such as `SETTLEMENT_FLOOR_ABOVE_BALANCE`), `path` from the input's root
   * (`['terms', 'amount']`, `['policy', 'floor', 'minAmount']`), `message`, the `citation` of a
   * block, and in `details` the policy's `limit`, the terms' `actual` value and, for
   * `SETTLEMENT_POLICY_NEEDS_APPROVAL`, the `requiredLevel`.
   */
  readonly findings: readonly Finding[];
}
