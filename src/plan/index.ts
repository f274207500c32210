/**
 * Payment plans for arrears: schedules exact to the minor unit, the APR by Regulation Z
 * Appendix J, payments against a plan, its status, re-amortization and plan-term validation.
 *
 * - {@link buildSchedule} / {@link safeBuildSchedule}: level-payment, equal-principal and
 *   interest-free schedules with odd first periods, down payments, balloons, rounding
 *   increments, business-day adjustment and day-count interest; every row exact.
 * - {@link createPlanState}, {@link applyPayment}, {@link planStatus}, {@link reamortize}: the
 *   life of a plan, as pure functions on plain data; {@link addCharges} posts fees (such as
 *   `arrears/fees` late fees) to a plan, idempotently by charge id.
 * - {@link validatePlanTerms}: every policy violation of a set of terms, as data.
 * - {@link apr} / {@link safeApr}: the annual percentage rate of a transaction with one or
 *   more advances and any payment stream (odd first periods, irregular amounts and intervals),
 *   solved to high precision and rounded as disclosed, with the unit period, the counts of
 *   every flow and whether the transaction is regular.
 * - {@link isAprWithinTolerance} / {@link safeIsAprWithinTolerance}: whether a disclosed APR is
 *   within 1/8 (regular) or 1/4 (irregular) of a percentage point, as a verdict
 *   `{ ok, findings }` ({@link PlanReasonCodes}); rates are decimal fractions.
 * - Every function checks its input and throws only arrears errors with the codes in
 *   {@link PlanErrorCodes} (or those of `arrears/money` and `arrears/calendar` for amounts and
 *   dates).
 *
 * @module arrears/plan
 */
export * from '../errors/index.js';
export { PlanErrorCodes, PlanReasonCodes } from './codes.js';
export type { PlanErrorCode, PlanReasonCode } from './codes.js';
export {
  AprAdvanceSchema,
  AprInputSchema,
  AprPaymentEntrySchema,
  AprPaymentSchema,
  AprPaymentSeriesSchema,
  IsAprWithinToleranceInputSchema,
} from './apr-schemas.js';
export {
  ApplyPaymentOptionsSchema,
  PaymentReversalSchema,
  PlanAllocationSchema,
  PlanPaymentRecordSchema,
  DueDateAdjustmentSchema,
  IncomeSchema,
  InterestMethodSchema,
  PlanChargeSchema,
  PlanChargesSchema,
  PlanFrequencySchema,
  PlanInstallmentStateSchema,
  PlanMethodSchema,
  PlanPaymentSchema,
  PlanPolicySchema,
  PlanScheduleSchema,
  PlanStateSchema,
  PlanStatusPolicySchema,
  PlanTermsSchema,
  PositiveAmountSchema,
  ReamortizeOptionsSchema,
} from './schemas.js';
export type {
  AprAdvanceInput,
  AprFrequency,
  AprInput,
  AprPaymentEntryInput,
  AprPaymentInput,
  AprPaymentSeriesInput,
  AprResult,
  AprScheduleEntry,
  AprToleranceVerdict,
  IsAprWithinToleranceInput,
  ApplyPaymentOptionsInput,
  ApplyPaymentResult,
  AddChargesResult,
  IncomeInput,
  InstallmentDue,
  InterestMethod,
  PaymentAllocation,
  PaymentReversalInput,
  PlanAllocation,
  PlanPaymentRecord,
  ReversePaymentResult,
  PaymentReceipt,
  PostedCharge,
  PlanCharge,
  PlanChargeInput,
  PlanComponent,
  PlanFrequency,
  PlanInstallmentState,
  PlanMethod,
  PlanPaymentInput,
  PlanPolicyInput,
  PlanSchedule,
  PlanState,
  PlanStateInput,
  PlanStatusPolicyInput,
  PlanStatusResult,
  PlanTerms,
  PlanTermsInput,
  PlanValidationResult,
  PlanViolation,
  ReamortizeOptionsInput,
  ScheduleRow,
  ScheduleTotals,
  UnitPeriodBasis,
} from './types.js';
export { apr, safeApr } from './apr.js';
export { isAprWithinTolerance, safeIsAprWithinTolerance } from './apr-tolerance.js';
export { buildSchedule, safeBuildSchedule } from './schedule.js';
export { createPlanState, safeCreatePlanState } from './plan-state.js';
export { applyPayment, safeApplyPayment } from './apply-payment.js';
export { addCharges, safeAddCharges } from './add-charges.js';
export { reversePayment, safeReversePayment } from './reverse-payment.js';
export { planStatus, safePlanStatus } from './plan-status.js';
export { reamortize, safeReamortize } from './reamortize.js';
export { validatePlanTerms, safeValidatePlanTerms } from './policy.js';
