/**
 * Payment plans for arrears. This release holds the APR engine: the actuarial method of
 * Regulation Z, Appendix J (12 CFR 1026, App. J) and the accuracy tolerances of
 * 12 CFR 1026.22(a).
 *
 * - {@link apr} / {@link safeApr}: the annual percentage rate of a transaction with one or
 *   more advances and any payment stream (odd first periods, irregular amounts and intervals),
 *   solved to high precision and rounded as disclosed, with the unit period, the counts of
 *   every flow and whether the transaction is regular.
 * - {@link isAprWithinTolerance} / {@link safeIsAprWithinTolerance}: whether a disclosed APR is
 *   within 1/8 (regular) or 1/4 (irregular) of a percentage point.
 * - Every function checks its input and throws only arrears errors with the codes in
 *   {@link PlanErrorCodes} (or those of `arrears/money` and `arrears/calendar` for amounts and
 *   dates).
 *
 * @module arrears/plan
 */
export * from '../errors/index.js';
export { PlanErrorCodes } from './codes.js';
export type { PlanErrorCode } from './codes.js';
export {
  AprAdvanceSchema,
  AprInputSchema,
  AprPaymentEntrySchema,
  AprPaymentSchema,
  AprPaymentSeriesSchema,
  AprToleranceInputSchema,
  PositiveAmountSchema,
  UnitPeriodSchema,
} from './schemas.js';
export type {
  AprAdvanceInput,
  AprInput,
  AprPaymentEntryInput,
  AprPaymentInput,
  AprPaymentSeriesInput,
  AprResult,
  AprScheduleEntry,
  AprToleranceInput,
  AprToleranceResult,
  UnitPeriodBasis,
} from './types.js';
export { apr, safeApr } from './apr.js';
export { isAprWithinTolerance, safeIsAprWithinTolerance } from './apr-tolerance.js';
