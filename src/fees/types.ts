import type * as z from 'zod/mini';
import type { DayCountConvention } from '../calendar/index.js';
import type { RoundingMode } from '../money/index.js';
import type { Finding } from '../errors/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import type { PlanSchedule, PlanStateInput } from '../plan/index.js';
import type { FeesReasonCode } from './codes.js';
import type {
  FirstLateFeeDateInputSchema,
  FeeCapsSchema,
  FeeTriggerSchema,
  FeeWaiversSchema,
  LateFeeForInputSchema,
  LateFeePolicySchema,
} from './schemas.js';

/**
 * What a percent is taken of (fees are never part of any base):
 * - `'installment'`: the late installment's amount due;
 * - `'principalAndInterest'`: its principal plus interest (Cal. Civ. Code 2954.4(a));
 * - `'pastDue'`: the unpaid part of the late installment on the day the fee falls due (on a
 *   `'period'` basis: the whole past-due amount of the account);
 * - `'accountPastDue'`: everything past due on the account that day (installments whose own
 *   grace period is over);
 * - `'scheduledPayment'`: the schedule's regular payment (the most common installment amount);
 * - `'minimumPayment'`: the installment's `minimumPayment` when given, else its amount (the
 *   required minimum periodic payment of 12 CFR 1026.52(b)(2)(i)(A)).
 */
export type FeeBase = 'installment' | 'principalAndInterest' | 'pastDue' | 'accountPastDue' | 'scheduledPayment' | 'minimumPayment';

/** A fixed amount: `{ type: 'flat', amount: '15.00' }`. */
export interface FlatFee {
  /** Discriminator. */
  readonly type: 'flat';
  /** The amount, a non-negative decimal string in the schedule's currency. */
  readonly amount: string;
}

/** A share of a base: `{ type: 'percent', rate: '0.05', of: 'installment' }` (5%). */
export interface PercentFee {
  /** Discriminator. */
  readonly type: 'percent';
  /** The rate, a decimal fraction from 0 to 1 (`'0.05'` is 5%). */
  readonly rate: string;
  /** What the percent is taken of. */
  readonly of: FeeBase;
}

/** The greater (`greaterOf`) or lesser (`lesserOf`) of several amounts, or their `sum` (an initial fee plus a daily fee). */
export interface ExtremumFee {
  /** Discriminator. */
  readonly type: 'greaterOf' | 'lesserOf' | 'sum';
  /** The candidates or terms (1-16). */
  readonly of: readonly FeeExpression[];
}

/** One step of a {@link TieredFee}. */
export interface FeeTier {
  /** The tier applies from this many days after the due date (inclusive). */
  readonly minDaysLate: number;
  /** The amount of this tier. */
  readonly amount: FeeExpression;
}

/**
 * An amount that steps up with lateness: the last tier whose `minDaysLate` has been reached
 * on the fee's own date (a fee once assessed never changes tier; each recurrence is priced on
 * its own date); nothing before the first tier. Cal. Civ. Code 1810.12(a) is two tiers.
 */
export interface TieredFee {
  /** Discriminator. */
  readonly type: 'tiers';
  /** The tiers, `minDaysLate` strictly increasing. */
  readonly tiers: readonly FeeTier[];
}

/** One band of a {@link BandedFee}. */
export interface FeeBand {
  /** The band covers bases up to this amount (inclusive); omit on the last band. */
  readonly maxBase?: string | undefined;
  /** The amount for this band. */
  readonly amount: FeeExpression;
}

/** An amount chosen by the size of a base (the UK fixed compensation bands are one example). */
export interface BandedFee {
  /** Discriminator. */
  readonly type: 'bands';
  /** The base whose size picks the band. */
  readonly of: FeeBase;
  /** The bands, `maxBase` strictly increasing; only the last may omit it. */
  readonly bands: readonly FeeBand[];
}

/**
 * An amount per day that accrues from the fee date (day 1) through the day the installment is
 * paid in full or `asOf`, whichever comes first, each day counted once, optionally for at most
 * `maxDays` days. Wrap it in `lesserOf` for a maximum.
 */
export interface DailyFee {
  /** Discriminator. */
  readonly type: 'daily';
  /** The amount of one day (a flat amount or a percent of a base). */
  readonly perDay: FeeExpression;
  /** Most days counted. */
  readonly maxDays?: number | undefined;
}

/**
 * Default interest: `base × annualRate × yearFraction(start, end)` with the day-count
 * convention of `arrears/calendar`, for each day past due from the day after the due date (or
 * from the fee date) through the day of payment or `asOf`, whichever comes first. On the
 * `'pastDue'` base it follows partial payments day by day (a payment lowers it from the next day).
 */
export interface InterestFee {
  /** Discriminator. */
  readonly type: 'interest';
  /** The annual rate, a decimal fraction (`'0.18'` is 18% a year), at most the policy's `maxAnnualRate` (default `'1'`). */
  readonly annualRate: string;
  /** The base; default `'pastDue'`. */
  readonly of?: FeeBase | undefined;
  /** The day-count convention; default `'actual365'`. */
  readonly dayCount?: DayCountConvention | undefined;
  /** Where interest starts: the due date (default) or the fee date. */
  readonly from?: 'dueDate' | 'feeDate' | undefined;
}

/**
 * Card-style repeat tier (12 CFR 1026.52(b)(1)(ii)(B)): `repeat` when a fee was charged for a
 * late payment in one of the previous `withinCycles` installments (billing cycles), else `first`.
 */
export interface RepeatFee {
  /** Discriminator. */
  readonly type: 'repeat';
  /** The amount for a first violation. */
  readonly first: FeeExpression;
  /** The amount when another fee was charged within the last `withinCycles` cycles. */
  readonly repeat: FeeExpression;
  /** How many earlier cycles count; default 6. */
  readonly withinCycles?: number | undefined;
}

/** A fee amount: a small expression tree, evaluated exactly and rounded once per fee. */
export type FeeExpression = FlatFee | PercentFee | ExtremumFee | TieredFee | BandedFee | DailyFee | InterestFee | RepeatFee;

/** How a statute counts lateness from the due date D; see {@link firstLateFeeDate}. */
export type LatenessCounting = 'within' | 'moreThan' | 'fullDaysAfter' | 'atLeast' | 'periodBeginningOnDueDate';

/** When a fee falls due; see {@link FeeTriggerSchema}. */
export type FeeTrigger = z.output<typeof FeeTriggerSchema>;

/** The input form of {@link FeeTrigger}. */
export type FeeTriggerInput = DeepReadonly<z.input<typeof FeeTriggerSchema>>;

/** What {@link firstLateFeeDate} accepts; see {@link FirstLateFeeDateInputSchema}. */
export type FirstLateFeeDateInput = DeepReadonly<z.input<typeof FirstLateFeeDateInputSchema>>;

/** Limits on fees; see {@link FeeCapsSchema}. */
export type FeeCaps = z.output<typeof FeeCapsSchema>;

/** Goodwill waivers; see {@link FeeWaiversSchema}. */
export type FeeWaivers = z.output<typeof FeeWaiversSchema>;

/** A late-fee policy as accepted (read-only arrays and `as const` objects too); see {@link LateFeePolicySchema}. */
export type LateFeePolicyInput = DeepReadonly<z.input<typeof LateFeePolicySchema>>;

/** A late-fee policy after parsing (defaults filled in). */
export type LateFeePolicy = z.output<typeof LateFeePolicySchema>;

/**
 * One schedule row as accepted; see {@link FeeScheduleRowSchema}. Unknown keys are errors: give a
 * plan schedule or plan state whole as the input's `plan`.
 */
export interface FeeScheduleRowInput {
  /** The installment number (1, 2, ...). */
  readonly number: number;
  /** The due date, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due. */
  readonly amount: string;
  /** The principal part. */
  readonly principal?: string | undefined;
  /** The interest part. */
  readonly interest?: string | undefined;
  /** The required minimum payment (card statements). */
  readonly minimumPayment?: string | undefined;
}

/** A schedule as accepted; see {@link FeeScheduleSchema}. A `buildSchedule` result goes in as `plan`. */
export interface FeeScheduleInput {
  /** The ISO 4217 currency. */
  readonly currency: string;
  /** The installments. */
  readonly installments: readonly FeeScheduleRowInput[];
  /** The original balance, for a lifetime cap as a rate of it. */
  readonly originalBalance?: string | undefined;
  /** The amount financed (a plan schedule's field). */
  readonly amountFinanced?: string | undefined;
}

/** One payment `{ amount, date, currency?, paymentId? }`; see {@link FeePaymentSchema}. */
export interface FeePaymentInput {
  /** The amount received, positive. */
  readonly amount: string;
  /** The date received, `YYYY-MM-DD`. */
  readonly date: string;
  /** The currency of the amount; when given, it must be the schedule's. */
  readonly currency?: string | undefined;
  /** Your id for the payment (a plan payment's `paymentId`); not used in the assessment. */
  readonly paymentId?: string | undefined;
}

/** A dated hardship period `{ start, end? }`, both days included; open-ended without `end`. */
export interface HardshipPeriod {
  /** The first day (included). */
  readonly start: string;
  /** The last day (included). */
  readonly end?: string | undefined;
}

/** What {@link assessLateFees} accepts; see {@link AssessLateFeesInputSchema}. */
export interface AssessLateFeesInput {
  /** The installments (or give `plan`). */
  readonly schedule?: FeeScheduleInput | undefined;
  /** A plan schedule or plan state of `arrears/plan` (or give `schedule`): each row's amount due is its principal plus interest. */
  readonly plan?: PlanSchedule | PlanStateInput | undefined;
  /** The payments received, in any order; those after `asOf` are ignored. */
  readonly payments?: readonly FeePaymentInput[] | undefined;
  /** The policy. */
  readonly policy: LateFeePolicyInput;
  /** The assessment date. */
  readonly asOf: string;
  /** Hardship: the whole account (`true`) or dated periods; used by the `hardship` waiver. */
  readonly hardship?: boolean | readonly HardshipPeriod[] | undefined;
}

/** What {@link lateFeeFor} accepts; see {@link LateFeeForInputSchema}. */
export type LateFeeForInput = DeepReadonly<z.input<typeof LateFeeForInputSchema>>;

/** The kinds of account a preset covers, and a policy's `accountKind`. */
export type FeeAccountKind = 'creditCard' | 'mortgage' | 'highCostMortgage' | 'residentialRent' | 'retailInstallment' | 'installmentLoan' | 'other';

/** Which kind of limit bound a fee. */
export type FeeCapKind = 'perFee' | 'perInstallment' | 'perPeriod' | 'lifetime' | 'oncePerInstallment';

/** The limit that clamped a fee (the lowest maximum among all that applied). */
export interface FeeBound {
  /** The rule's id: a preset id such as `'us-ny-rent'`, or `'policy'` (or the policy's `id`). */
  readonly rule: string;
  /** Which kind of limit it is. */
  readonly cap: FeeCapKind;
  /** The maximum it allowed for this fee (after what was already charged under it). */
  readonly limit: string;
  /**
   * The legal citation, for a preset: the provision of the limit that bound the fee when the
   * preset has several (`12 CFR 1026.52(b)(1)(ii)(A)` for the first-violation safe harbor,
   * `(b)(1)(ii)(B)` for a repeat, `(b)(2)(i)(A)` for the minimum-payment cap).
   */
  readonly citation?: string;
}

/** A base and its value in a {@link FeeBreakdown}. */
export interface FeeBaseAmount {
  /** Which base. */
  readonly name: FeeBase;
  /** Its value on the fee date. */
  readonly amount: string;
}

/** How a fee's amount was computed. */
export interface FeeBreakdown {
  /** The amount the policy's expression gave, rounded, before any cap. */
  readonly computed: string;
  /** The base of the deciding percent term, when there is one. */
  readonly base?: FeeBaseAmount;
  /** The deciding rate, when there is one: a fraction (`'0.05'` for 5%), or the annual rate of an interest term. */
  readonly rate?: string;
  /** Days past due on the last day counted (the day of payment, `asOf`, or the day before the next recurrence). */
  readonly daysLate: number;
  /** Days of accrual counted, for daily and interest terms. */
  readonly days?: number;
  /** The tier index used (0-based), for tiered amounts. */
  readonly tier?: number;
  /** `'first'` or `'repeat'`, for card-style repeat tiers. */
  readonly repeat?: 'first' | 'repeat';
  /** Which term of the expression decided the amount (`'flat'`, `'percent'`, `'greaterOf[1]'`, ...). */
  readonly term: string;
  /** The rounding mode used for the fee. */
  readonly roundingMode: RoundingMode;
}

/** One fee charged (or, in `nextFees`, one that would be charged). */
export interface LateFee {
  /** A stable id: `'late-fee:<installment>:<occurrence>'`; re-running never creates a second one. */
  readonly id: string;
  /** The date the fee falls due (the first fee day, or a recurrence date). */
  readonly date: string;
  /** The installment (or, on a `'period'` basis, the period's installment) it belongs to. */
  readonly installment: number;
  /** 1 for the first fee on that installment, 2 for the first recurrence, ... */
  readonly occurrence: number;
  /** The amount, with exactly the currency's minor digits. */
  readonly amount: string;
  /** `'accruing'` while the amount can still grow (daily or interest terms on an installment still open on `asOf`), else `'final'`. */
  readonly status: 'final' | 'accruing';
  /** How the amount was computed. */
  readonly breakdown: FeeBreakdown;
  /** The rule that produced it: the policy's `id` (default `'policy'`). */
  readonly rule: string;
  /** The id of the rule whose limit clamped it, when one did. */
  readonly boundBy?: string;
  /** The limit that clamped it, when one did. */
  readonly bound?: FeeBound;
  /** One sentence a debtor understands. */
  readonly explanation: string;
}

/** Which goodwill waiver took a fee off. */
export type FeeWaiverKind = 'firstLateFee' | 'hardship' | 'feeBelow';

/** The facts of a {@link NoLateFee}: which fee it is about and what kept it off (a type, not an interface, so that it is a `Finding`'s `details`). */
export type NoLateFeeDetails = {
  /** The installment. */
  readonly installment: number;
  /** 1 for the first fee it could have had, 2 for a recurrence, ... */
  readonly occurrence: number;
  /** The day the fee would have fallen due. */
  readonly date: string;
  /** For `FEES_WAIVED`: which waiver. */
  readonly waiver?: FeeWaiverKind;
  /** For `FEES_WAIVED`: the amount waived. */
  readonly waivedAmount?: string;
  /**
   * For `FEES_CAP_REACHED`: the rule whose limit left nothing to charge. For
   * `FEES_WITHIN_GRACE`: the preset whose waiting period kept the fee off, when it is longer
   * than the policy's own grace.
   */
  readonly boundBy?: string;
};

/**
 * A late installment (or fee occurrence) that got no fee: the shared {@link arrears!Finding}
 * (severity `info`), its `code` one of {@link FeesReasonCodes}, its `message` a sentence a
 * debtor understands, its `citation` the provision of the preset named in `details.boundBy`.
 */
export interface NoLateFee extends Finding {
  /** Why there is no fee. */
  readonly code: FeesReasonCode;
  /** Always `'info'`: a fee kept off breaks nothing. */
  readonly severity: 'info';
  /** Which fee, and what kept it off. */
  readonly details: NoLateFeeDetails;
}

/** Totals of an assessment. */
export interface LateFeeTotals {
  /** The sum of the fees charged. */
  readonly charged: string;
  /** The sum of the fees waived. */
  readonly waived: string;
  /** How many fees were charged. */
  readonly count: number;
}

/** What {@link assessLateFees} returns. */
export interface LateFeeAssessment {
  /** The schedule's currency. */
  readonly currency: string;
  /** The assessment date. */
  readonly asOf: string;
  /** Every fee charged up to `asOf`, by date then installment. */
  readonly fees: readonly LateFee[];
  /** Every late installment (or recurrence) that got no fee, as a finding with the reason. */
  readonly notCharged: readonly NoLateFee[];
  /** Totals. */
  readonly totals: LateFeeTotals;
  /** The fees that would fall due next (on the earliest later date) if nothing more is paid. */
  readonly nextFees: readonly LateFee[];
  /** Facts the assessment missed, each a `warning` naming the fact (`FEES_HARDSHIP_UNKNOWN`); empty when none. */
  readonly findings: readonly Finding[];
}

/** What {@link lateFeeFor} returns. */
export interface LateFeeQuote {
  /** The first date a fee may fall due for this installment (all rules applied). */
  readonly firstFeeDate: string;
  /** The fee, `'0.00'` when none. */
  readonly amount: string;
  /** The fee, when one is charged. */
  readonly fee?: LateFee;
  /** Why there is none, when none is charged and the installment is late. */
  readonly noFee?: NoLateFee;
  /** Facts the quote missed, as in {@link LateFeeAssessment}. */
  readonly findings: readonly Finding[];
}

/** How a statute counts lateness: the grace days and the counting words (calendar days). */
export interface FeePresetTrigger {
  /** Days of grace N after the due date. */
  readonly graceDays: number;
  /** How N is counted; see {@link firstLateFeeDate}. */
  readonly counting: LatenessCounting;
}

/** The dates a preset version governs: `{ start, end? }`, both days included; open-ended without `end`. */
export interface FeePresetPeriod {
  /** The first fee date it governs (included). */
  readonly start: string;
  /** The last fee date it governs (included). */
  readonly end?: string;
}

/** One version of a jurisdiction preset, in effect over a date range. */
export interface FeePresetVersion {
  /** The fee dates it governs (the due dates, for its waiting period). */
  readonly effective: FeePresetPeriod;
  /** The earliest first fee day the statute allows. */
  readonly trigger: FeePresetTrigger;
  /** The largest single fee (evaluated like a fee amount). */
  readonly perFee?: FeeExpression;
  /** The largest total of all fees on one installment. */
  readonly perInstallment?: FeeExpression;
  /** At most one fee per installment. */
  readonly oncePerInstallment: boolean;
  /** How payments must be applied to installments for lateness, when the statute says. */
  readonly paymentApplication?: 'currentFirst';
}

/** A jurisdiction preset: data, with its citation and effective dates. */
export interface FeePreset {
  /** The id a policy names in `presets` (a topic, such as `'us-ny-rent'`). */
  readonly id: string;
  /** Where it applies, ISO 3166-2: `'US'` for a federal rule, `'US-NY'` for a state's. */
  readonly jurisdiction: string;
  /** A short title. */
  readonly title: string;
  /** The legal citation. */
  readonly citation: string;
  /** Where the text was read. */
  readonly source: string;
  /** `'primary'` when the statute or regulation text itself was read, `'secondary'` otherwise. */
  readonly verification: 'primary' | 'secondary';
  /** The kinds of account it covers. */
  readonly scope: readonly FeeAccountKind[];
  /** Its versions, oldest first. */
  readonly versions: readonly FeePresetVersion[];
  /** Notes on reading and limits of the preset. */
  readonly notes: string;
}
