import type * as z from 'zod/mini';
import type { Finding } from '../errors/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import type {
  AprAdvanceSchema,
  AprInputSchema,
  AprPaymentEntrySchema,
  AprPaymentSchema,
  AprPaymentSeriesSchema,
  IsAprWithinToleranceInputSchema,
} from './apr-schemas.js';
import type {
  AddChargesInputSchema,
  ApplyPaymentInputSchema,
  IncomeSchema,
  InterestMethodSchema,
  PlanFrequencySchema,
  PlanMethodSchema,
  PlanChargeSchema,
  PlanAllocationSchema,
  PlanPaymentRecordSchema,
  ReversePaymentInputSchema,
  PlanPaymentSchema,
  PlanPolicySchema,
  PlanStateSchema,
  PlanStatusInputSchema,
  PlanStatusRulesSchema,
  PlanTermsSchema,
  ValidatePlanTermsInputSchema,
} from './schemas.js';

/** What {@link apr} accepts; see {@link AprInputSchema}. */
export type AprInput = DeepReadonly<z.input<typeof AprInputSchema>>;

/** One advance `{ amount, date }`; see {@link AprAdvanceSchema}. */
export type AprAdvanceInput = DeepReadonly<z.input<typeof AprAdvanceSchema>>;

/** One payment `{ amount, date }`; see {@link AprPaymentSchema}. */
export type AprPaymentInput = DeepReadonly<z.input<typeof AprPaymentSchema>>;

/** A series of equal payments; see {@link AprPaymentSeriesSchema}. */
export type AprPaymentSeriesInput = DeepReadonly<z.input<typeof AprPaymentSeriesSchema>>;

/** One entry of `payments`: a payment or a series; see {@link AprPaymentEntrySchema}. */
export type AprPaymentEntryInput = DeepReadonly<z.input<typeof AprPaymentEntrySchema>>;

/** What {@link isAprWithinTolerance} accepts; see {@link IsAprWithinToleranceInputSchema}. */
export type IsAprWithinToleranceInput = DeepReadonly<z.input<typeof IsAprWithinToleranceInputSchema>>;

/**
 * A payment frequency or unit period of the APR: a name of the library's one list, or one of
 * Appendix J's other multiples of a day, a week or a month (`{ everyWeeks: 3 }`). Results use
 * the name wherever one exists (`'fourWeekly'`, never `{ everyWeeks: 4 }`); a day is
 * `{ everyDays: 1 }`.
 */
export type AprFrequency =
  | 'weekly'
  | 'biweekly'
  | 'fourWeekly'
  | 'semiMonthly'
  | 'monthly'
  | 'quarterly'
  | 'semiAnnually'
  | 'annually'
  | {
      /** Every this many days, 1-366. */
      readonly everyDays: number;
    }
  | {
      /** Every this many weeks, 1-52. */
      readonly everyWeeks: number;
    }
  | {
      /** Every this many months, 1-11. */
      readonly everyMonths: number;
    };

/**
 * Which rule chose the unit period (12 CFR 1026 App. J (b)(4)):
 * - `'given'`: the caller's `unitPeriod`;
 * - `'mostFrequentPeriod'`: the common period that occurs most often ((b)(4)(i));
 * - `'smallestOfEquallyFrequentPeriods'`: the smaller of equally frequent common periods ((b)(4)(i)(A));
 * - `'averageOfPeriods'`: no common period; the average period rounded to the nearest standard interval ((b)(4)(i)(B));
 * - `'termOfSinglePayment'`: a single advance, single payment transaction; the term, at most a year ((b)(4)(ii)).
 */
export type UnitPeriodBasis = 'given' | 'mostFrequentPeriod' | 'smallestOfEquallyFrequentPeriods' | 'averageOfPeriods' | 'termOfSinglePayment';

/** One advance or payment of the equation, with its unit-period counts. */
export interface AprScheduleEntry {
  /** An advance (left side of the equation) or a payment (right side). */
  readonly type: 'advance' | 'payment';
  /** Its date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its amount, with exactly the currency's minor digits. */
  readonly amount: string;
  /** Full unit periods from the beginning of the term (Appendix J's `t`, or `q` for an advance). */
  readonly t: number;
  /** The fraction of a unit period, exactly as Appendix J writes it (`'19/30'`, `'6/15'`), or `'0'` (Appendix J's `f`, or `e` for an advance). */
  readonly f: string;
}

/**
 * Whether a disclosed APR is accurate under 12 CFR 1026.22(a)(2)/(3), as a verdict; see
 * {@link isAprWithinTolerance}.
 */
export interface AprToleranceVerdict {
  /** `true` when the disclosed APR is no more than the tolerance above or below the actual APR. */
  readonly ok: boolean;
  /** Empty when `ok`; else one violation `PLAN_APR_OUTSIDE_TOLERANCE` at `['disclosedAprRate']`, citing the rule. */
  readonly findings: readonly Finding[];
  /** The tolerance in percentage points (a display value): `'0.125'` (regular) or `'0.25'` (irregular). */
  readonly tolerancePercent: '0.125' | '0.25';
  /** Disclosed minus actual, in percentage points (a display value; exact; negative when understated). */
  readonly differencePercent: string;
  /** The rule applied: `'12 CFR 1026.22(a)(2)'` or `'12 CFR 1026.22(a)(3)'`. */
  readonly citation: '12 CFR 1026.22(a)(2)' | '12 CFR 1026.22(a)(3)';
}

/** The annual percentage rate of a transaction by the actuarial method; see {@link apr}. */
export interface AprResult {
  /** The APR as a decimal fraction, 20 significant digits (`'0.096857080622807674891'` for 9.69%); `'0'` without finance charge. What {@link isAprWithinTolerance} takes as `actualAprRate`. */
  readonly annualRate: string;
  /** The APR in percent rounded half-up to `aprPercentDecimals` (default 2) decimals, as disclosures show it (`'9.69'`): a display value. */
  readonly aprPercent: string;
  /** The rate per unit period (Appendix J's `i`), 20 significant digits. */
  readonly periodicRate: string;
  /** The unit period, as a frequency: `'monthly'`, `'semiMonthly'`, `'weekly'`, `'biweekly'`, `'fourWeekly'`, `'quarterly'`, `'semiAnnually'`, `'annually'`, or `{ everyDays: 1 }`, `{ everyWeeks: 3 }`, `{ everyMonths: 5 }`, `{ everyDays: 255 }` ... */
  readonly unitPeriod: AprFrequency;
  /** Unit periods per year (Appendix J's `w`), exact when it terminates, else 20 significant digits (`'12'`, `'1.4313725490196078431'`). */
  readonly unitPeriodsPerYear: string;
  /** Which rule of Appendix J (b)(4) chose the unit period. */
  readonly unitPeriodBasis: UnitPeriodBasis;
  /** `false` for an irregular transaction under 12 CFR 1026.22(a)(3): multiple advances, irregular payment periods or irregular payment amounts (an odd first period and an odd first or final payment do not count). */
  readonly regular: boolean;
  /** The accuracy tolerance that applies, in percentage points: `'0.125'` regular, `'0.25'` irregular. */
  readonly tolerancePercent: '0.125' | '0.25';
  /** The sum of the advances (the amount financed). */
  readonly amountFinanced: string;
  /** The sum of the payments. */
  readonly totalOfPayments: string;
  /** Total of payments minus amount financed. */
  readonly financeCharge: string;
  /** Every advance and payment in date order (advances first on a shared date), with `t` and `f`. */
  readonly schedule: readonly AprScheduleEntry[];
  /** The tolerance verdict on `disclosedAprRate`, present only when it was given. */
  readonly disclosed?: AprToleranceVerdict;
}

/** The terms of a plan as {@link buildSchedule} accepts them; see {@link PlanTermsSchema}. */
export type PlanTermsInput = DeepReadonly<z.input<typeof PlanTermsSchema>>;

/** The terms of a plan after parsing (amounts as given, options still optional). */
export type PlanTerms = z.output<typeof PlanTermsSchema>;

/** A plan frequency: `'weekly'`, `'biweekly'`, `'fourWeekly'`, `'semiMonthly'`, `'monthly'`, `'quarterly'`. */
export type PlanFrequency = z.output<typeof PlanFrequencySchema>;

/** How installments are formed: `'level'`, `'equalPrincipal'`, `'interestFree'`. */
export type PlanMethod = z.output<typeof PlanMethodSchema>;

/** How interest is computed: `'periodic'` or `'dayCount'`. */
export type InterestMethod = z.output<typeof InterestMethodSchema>;

/** A debtor's income; see {@link IncomeSchema}. */
export type IncomeInput = DeepReadonly<z.input<typeof IncomeSchema>>;

/** One row of a schedule: all amounts with exactly the currency's minor digits. */
export interface ScheduleRow {
  /** The installment number, from 1. */
  readonly number: number;
  /** The due date, `YYYY-MM-DD` (after any business-day adjustment). */
  readonly dueDate: string;
  /** The installment: `principal + interest` (the row's own amount, as on a plan state's row). */
  readonly amount: string;
  /** The part of the installment that repays principal. */
  readonly principal: string;
  /** The part of the installment that pays interest. */
  readonly interest: string;
  /** The principal still owed after this installment. */
  readonly balance: string;
}

/** The totals of a schedule. */
export interface ScheduleTotals {
  /** The sum of the installments. */
  readonly installmentsAmount: string;
  /** The sum of the principal parts: the amount financed. */
  readonly principal: string;
  /** The sum of the interest parts: the total cost of credit. */
  readonly interest: string;
  /** The down payment paid at the agreement (`'0.00'` without one). */
  readonly downPayment: string;
  /** Down payment plus installments: everything the debtor pays. */
  readonly totalCost: string;
}

/** A payment schedule, the result of {@link buildSchedule}. */
export interface PlanSchedule {
  /** The ISO 4217 code of every amount. */
  readonly currency: string;
  /** The method used. */
  readonly method: PlanMethod;
  /** The interest method used. */
  readonly interestMethod: InterestMethod;
  /**
   * What a regular installment pays: the level payment (before the odd-period adjustment and
   * the residual) or, for a plan without interest, the equal installment. Absent for
   * `'equalPrincipal'` plans, whose installments fall as interest falls (see
   * `regularPrincipalAmount`).
   */
  readonly regularInstallmentAmount?: string;
  /** `'equalPrincipal'` plans only: the principal part of a regular installment. */
  readonly regularPrincipalAmount?: string;
  /** How many installments. */
  readonly installmentCount: number;
  /** Principal minus down payment: what the installments repay. */
  readonly amountFinanced: string;
  /** Every installment, in order. */
  readonly installments: readonly ScheduleRow[];
  /** The totals. */
  readonly totals: ScheduleTotals;
  /** The terms, as parsed. */
  readonly terms: PlanTerms;
  /**
   * The annual percentage rate by {@link apr} (Regulation Z Appendix J), with the amount
   * financed advanced on the agreement date and the installments on their scheduled
   * (unadjusted) due dates. An own enumerable property (a getter computed on first read and
   * then kept: a root-finding at 40 digits costs far more than the schedule itself), so a
   * spread, `structuredClone` or `JSON.stringify` of the schedule carries it.
   */
  readonly apr: AprResult;
}

/** A payment received; see {@link PlanPaymentSchema}. */
export type PlanPaymentInput = DeepReadonly<z.input<typeof PlanPaymentSchema>>;

/** One payment of a plan state's log; see {@link PlanPaymentRecordSchema}. */
export type PlanPaymentRecord = z.output<typeof PlanPaymentRecordSchema>;

/** One allocation of a logged payment; see {@link PlanAllocationSchema}. */
export type PlanAllocation = z.output<typeof PlanAllocationSchema>;

/** The input of {@link reversePayment}; see {@link ReversePaymentInputSchema}. */
export type ReversePaymentInput = DeepReadonly<z.input<typeof ReversePaymentInputSchema>>;

/** The input of {@link applyPayment}; see {@link ApplyPaymentInputSchema}. */
export type ApplyPaymentInput = DeepReadonly<z.input<typeof ApplyPaymentInputSchema>>;

/** The input of {@link addCharges}; see {@link AddChargesInputSchema}. */
export type AddChargesInput = DeepReadonly<z.input<typeof AddChargesInputSchema>>;

/** One installment of a plan state. */
export type PlanInstallmentState = PlanState['installments'][number];

/** The state of a plan in force; see {@link PlanStateSchema}. */
export type PlanState = z.output<typeof PlanStateSchema>;

/** A plan state as accepted (the same shape); see {@link PlanStateSchema}. */
export type PlanStateInput = DeepReadonly<z.input<typeof PlanStateSchema>>;

/** A component of an installment. */
export type PlanComponent = 'fees' | 'interest' | 'principal';

/** One line of a receipt: how much of a payment went to one component of one installment. */
export interface PaymentAllocation {
  /** The installment number. */
  readonly installment: number;
  /** The component paid. */
  readonly component: PlanComponent;
  /** The amount applied. */
  readonly amount: string;
}

/** Where every minor unit of a payment went; see {@link applyPayment}. */
export interface PaymentReceipt {
  /** The payment amount. */
  readonly amount: string;
  /** The payment date. */
  readonly date: string;
  /** The caller's id for the payment, when one was given. */
  readonly paymentId?: string;
  /** The amounts applied to installments, in the order applied. */
  readonly allocations: readonly PaymentAllocation[];
  /** The amount that reduced principal ahead of schedule (option `overpayment: 'principal'`). */
  readonly principalReductionAmount: string;
  /** The amount left once the whole plan was paid, added to the state's credit. */
  readonly unappliedAmount: string;
}

/** The result of {@link applyPayment}: the next state and the receipt. */
export interface ApplyPaymentResult {
  /** The new state (the input state is never changed). */
  readonly state: PlanState;
  /** Where the payment went (for a duplicate, where it went when it was first applied). */
  readonly receipt: PaymentReceipt;
  /** `true` when the state's log already held the payment's `paymentId`: nothing changed. */
  readonly duplicate: boolean;
}

/** The result of {@link reversePayment}. */
export interface ReversePaymentResult {
  /** The new state: the payment's allocations unwound, its unapplied part taken off the credit, the log entry marked `reversedOn`. */
  readonly state: PlanState;
  /** The payment as logged, now with `reversedOn`. */
  readonly reversed: PlanPaymentRecord;
  /** `true` when the payment was already reversed: nothing changed. */
  readonly duplicate: boolean;
}

/** When a plan is broken; see {@link PlanStatusRulesSchema}. */
export type PlanStatusRulesInput = DeepReadonly<z.input<typeof PlanStatusRulesSchema>>;

/**
 * The input of {@link planStatus}; see {@link PlanStatusInputSchema}. `plan` is a schedule from
 * {@link buildSchedule} or a plan state.
 */
export type PlanStatusInput = Omit<DeepReadonly<z.input<typeof PlanStatusInputSchema>>, 'plan'> & {
  /** A schedule from {@link buildSchedule}, or a plan state. */
  readonly plan: PlanSchedule | PlanStateInput;
};

/** An installment as {@link planStatus} reports it. */
export interface InstallmentDue {
  /** The installment number. */
  readonly number: number;
  /** Its due date. */
  readonly dueDate: string;
  /** What is still unpaid of the installment itself (principal and interest). */
  readonly dueAmount: string;
  /** Fees posted on it and still unpaid (they never make it late). */
  readonly dueFees: string;
}

/** Where a plan stands on a date; see {@link planStatus}. */
export interface PlanStatusResult {
  /** `'completed'` (nothing owed, fees included), `'onTrack'` (no installment past due), `'behind'` (an installment past due, not broken) or `'broken'` (under the policy). Unpaid fees alone never make a plan behind or broken. */
  readonly status: 'completed' | 'onTrack' | 'behind' | 'broken';
  /** Everything the plan holds as paid (installments and credit), the payments applied here included; reversed payments excluded. */
  readonly paidAmount: string;
  /** Everything still owed (principal, interest and fees of every installment). */
  readonly outstandingAmount: string;
  /** The unpaid principal and interest of the installments past due (fees not included). */
  readonly pastDueAmount: string;
  /** Fees posted and still unpaid, whatever their installment. */
  readonly unpaidFees: string;
  /** Days from the due date of the oldest past-due installment to `asOf` (0 when none). */
  readonly daysPastDue: number;
  /** How many installments are past due. */
  readonly missedInstallments: number;
  /** The oldest installment whose principal or interest is not fully paid, if any. */
  readonly oldestUnpaid?: InstallmentDue;
  /** The first installment due on or after `asOf` whose principal or interest is not fully paid, if any. */
  readonly nextDue?: InstallmentDue;
  /** Why the plan is broken: the rules it breaks (`'maxMissedInstallments'`, `'maxDaysPastDue'`). */
  readonly brokenBy: ReadonlyArray<'maxMissedInstallments' | 'maxDaysPastDue'>;
  /** Warnings: payments given that were not applied because the state may already hold them (`PLAN_PAYMENT_MAYBE_IN_STATE`). */
  readonly findings: readonly Finding[];
}

/**
 * The input of {@link reamortize}; see {@link ReamortizeInputSchema}: a union on the strategy,
 * `installments` and `firstDueDate` only with `'recompute'`.
 */
export type ReamortizeInput =
  | {
      /** The plan state to re-amortize. */
      readonly state: PlanStateInput;
      /** The day of the re-amortization (a calendar date). */
      readonly asOf: string;
      /** `'spread'` (the missed amount over the remaining installments) or `'extend'` (new installments at the end). */
      readonly strategy: 'spread' | 'extend';
    }
  | {
      /** The plan state to re-amortize. */
      readonly state: PlanStateInput;
      /** The day of the re-amortization (a calendar date). */
      readonly asOf: string;
      /** `'recompute'`: a new schedule for what is left. */
      readonly strategy: 'recompute';
      /** How many installments the new schedule has. */
      readonly installments?: number;
      /** The first due date of the new schedule. */
      readonly firstDueDate?: string;
    };

/** A plan policy as accepted; see {@link PlanPolicySchema}. */
export type PlanPolicyInput = DeepReadonly<z.input<typeof PlanPolicySchema>>;

/** The input of {@link validatePlanTerms}; see {@link ValidatePlanTermsInputSchema}. */
export type ValidatePlanTermsInput = DeepReadonly<z.input<typeof ValidatePlanTermsInputSchema>>;

/**
 * The verdict of {@link validatePlanTerms}: `ok` when no finding is a violation, and every
 * violation found (all of them, not just the first) as the shared `Finding`: `code`
 * (`PLAN_POLICY_*`, or `PLAN_PAYMENT_TOO_SMALL` for terms that cannot be scheduled), `severity`
 * `'violation'`, `message`, `path` from the input's root (`['terms', 'frequency']`) and
 * `details` `{ limit, actual }`: bare values in the field's own unit (an amount, a count, a
 * date, a fraction; a list as an array).
 */
export interface PlanTermsVerdict {
  /** `true` when no finding is a violation. */
  readonly ok: boolean;
  /** Every violation found. */
  readonly findings: readonly Finding[];
}

/** A charge as {@link addCharges} accepts it; see {@link PlanChargeSchema}. */
export type PlanChargeInput = DeepReadonly<z.input<typeof PlanChargeSchema>>;

/** A charge as recorded in a plan state's `charges`. */
export type PlanCharge = z.output<typeof PlanChargeSchema>;

/** What one charge changed on the plan; see {@link addCharges}. */
export interface PostedCharge {
  /** The charge's id. */
  readonly id: string;
  /** The installment it belongs to. */
  readonly installment: number;
  /** The change in fees due: the amount for a new charge, the difference for an id posted before with another amount (negative when it fell). */
  readonly changeAmount: string;
  /** The amount now posted under the id. */
  readonly amount: string;
}

/** The result of {@link addCharges}. */
export interface AddChargesResult {
  /** The new state: fees due raised (or lowered) and the charges recorded by id. */
  readonly state: PlanState;
  /** The charges that changed something, in the order given; an id re-posted with the same amount is not listed. */
  readonly posted: readonly PostedCharge[];
}
