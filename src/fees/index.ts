/**
 * Late fees for arrears: fair, capped, explainable and never pyramided.
 *
 * - {@link assessLateFees} / {@link safeAssessLateFees}: every fee on a schedule of
 *   installments as of a date, with its breakdown, the rule that produced it, the limit that
 *   clamped it (`boundBy`) and a sentence for the debtor; the late installments that got no
 *   fee, each a {@link arrears!Finding} with a code of {@link FeesReasonCodes}; totals; the
 *   fees that fall due next if nothing is paid; warnings about missing facts.
 * - {@link lateFeeFor} / {@link safeLateFeeFor}: the fee for one late installment.
 * - {@link toPlanCharges}: an assessment's fees as charges for `addCharges` of `arrears/plan`
 *   (fee ids kept, so re-posting never charges twice).
 * - {@link firstLateFeeDate} / {@link safeFirstLateFeeDate}: the first fee date under a
 *   statute's way of counting lateness.
 * - {@link LateFeePolicySchema}: the policy, plain JSON: when a fee is due, how much (a
 *   composable {@link FeeExpressionSchema}), limits, goodwill waivers and jurisdiction presets
 *   ({@link FEE_PRESET_LIST}, {@link getFeePreset}, {@link safeGetFeePreset}), each with its
 *   ISO 3166-2 `jurisdiction`, citation and effective dates. Rates are decimal fractions
 *   (`rate: '0.05'` is 5%).
 * - No pyramiding (16 CFR 444.4) is the default and cannot be switched off for consumer
 *   accounts. Every function checks its input and throws only arrears errors with the codes in
 *   {@link FeesErrorCodes} (or those of `arrears/money` and `arrears/calendar`).
 *
 * @module arrears/fees
 */
export * from '../errors/index.js';
export { FeesErrorCodes, FeesReasonCodes } from './codes.js';
export type { FeesErrorCode, FeesReasonCode } from './codes.js';
export {
  AssessLateFeesInputSchema,
  FeeBaseSchema,
  FeeCapsSchema,
  FeeExpressionSchema,
  FeePaymentSchema,
  FeeScheduleRowSchema,
  FeeScheduleSchema,
  FeeTriggerSchema,
  FeeWaiversSchema,
  FirstLateFeeDateInputSchema,
  HardshipPeriodSchema,
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
  FeeCapKind,
  FeeCaps,
  FeeExpression,
  FeePaymentInput,
  FeePreset,
  FeePresetPeriod,
  FeePresetTrigger,
  FeePresetVersion,
  FeeScheduleInput,
  FeeScheduleRowInput,
  FeeTier,
  FeeTrigger,
  FeeTriggerInput,
  FeeWaiverKind,
  FeeWaivers,
  FirstLateFeeDateInput,
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
  NoLateFee,
  NoLateFeeDetails,
  PercentFee,
  RepeatFee,
  TieredFee,
} from './types.js';
export { FEE_PRESET_LIST, getFeePreset, safeGetFeePreset } from './presets.js';
export { firstLateFeeDate, safeFirstLateFeeDate } from './first-fee-day.js';
export { assessLateFees, safeAssessLateFees } from './assess.js';
export { lateFeeFor, safeLateFeeFor } from './late-fee-for.js';
export { safeToPlanCharges, toPlanCharges } from './plan-charges.js';
export type { FeePlanCharge } from './plan-charges.js';
