/**
 * Late fees for arrears: fair, capped, explainable and never pyramided.
 *
 * - {@link assessLateFees} / {@link safeAssessLateFees}: every fee on a schedule of
 *   installments as of a date, with its breakdown, the rule that produced it, the limit that
 *   clamped it (`boundBy`) and a sentence for the debtor; the late installments that got no
 *   fee and why; totals; the fees that fall due next if nothing is paid.
 * - {@link lateFeeFor} / {@link safeLateFeeFor}: the fee for one late installment.
 * - {@link toPlanCharges}: an assessment's fees as charges for `addCharges` of `arrears/plan`
 *   (fee ids kept, so re-posting never charges twice).
 * - {@link firstLateFeeDate}: the first fee day under a statute's way of counting lateness.
 * - {@link LateFeePolicySchema}: the policy, plain JSON: when a fee is due, how much (a
 *   composable {@link FeeExpressionSchema}), limits, goodwill waivers and jurisdiction presets
 *   ({@link FEE_PRESETS}, {@link getFeePreset}), each with its citation and effective dates.
 * - No pyramiding (16 CFR 444.4) is the default and cannot be switched off for consumer
 *   accounts. Every function checks its input and throws only arrears errors with the codes in
 *   {@link FeesErrorCodes} (or those of `arrears/money` and `arrears/calendar`).
 *
 * @module arrears/fees
 */
export * from '../errors/index.js';
export { FeesErrorCodes } from './codes.js';
export type { FeesErrorCode } from './codes.js';
export {
  AssessLateFeesInputSchema,
  FeeAmountSchema,
  FeeAnnualPercentSchema,
  FeeBaseSchema,
  FeeCalendarSchema,
  FeeCapsSchema,
  FeeDaysSchema,
  FeeExpressionSchema,
  FeePaymentSchema,
  FeePercentSchema,
  FeeScheduleRowSchema,
  FeeScheduleSchema,
  FeeTriggerSchema,
  FeeWaiversSchema,
  LateFeeForInputSchema,
  LateFeePolicySchema,
} from './schemas.js';
export type {
  AssessLateFeesInput,
  BandedFee,
  DailyFee,
  ExtremumFee,
  FeeAccountKind,
  FeeBand,
  FeeBase,
  FeeBaseAmount,
  FeeBound,
  FeeBreakdown,
  FeeCalendar,
  FeeCapKind,
  FeeCaps,
  FeeExpression,
  FeePaymentInput,
  FeePreset,
  FeePresetTrigger,
  FeePresetVersion,
  FeeScheduleInput,
  FeeScheduleRowInput,
  FeeTier,
  FeeTrigger,
  FeeTriggerInput,
  FeeWaivers,
  FlatFee,
  HardshipPeriod,
  InterestFee,
  LateFee,
  LateFeeAssessment,
  LateFeeForInput,
  LateFeePolicy,
  LateFeePolicyInput,
  LateFeeQuote,
  LateFeeTotals,
  LatenessCounting,
  NoFeeReason,
  NoLateFee,
  PercentFee,
  RepeatFee,
  TieredFee,
} from './types.js';
export { FEE_PRESETS, getFeePreset } from './presets.js';
export { firstLateFeeDate } from './first-fee-day.js';
export { assessLateFees, safeAssessLateFees } from './assess.js';
export { lateFeeFor, safeLateFeeFor } from './late-fee-for.js';
export { FeeChargesSourceSchema, safeToPlanCharges, toPlanCharges } from './plan-charges.js';
export type { FeePlanCharge, LateFeeAssessmentLike } from './plan-charges.js';
