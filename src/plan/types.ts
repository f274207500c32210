import type { z } from 'zod';
import type {
  AprAdvanceSchema,
  AprInputSchema,
  AprPaymentEntrySchema,
  AprPaymentSchema,
  AprPaymentSeriesSchema,
  AprToleranceInputSchema,
} from './schemas.js';

/** What {@link apr} accepts; see {@link AprInputSchema}. */
export type AprInput = z.input<typeof AprInputSchema>;

/** One advance `{ amount, date }`; see {@link AprAdvanceSchema}. */
export type AprAdvanceInput = z.input<typeof AprAdvanceSchema>;

/** One payment `{ amount, date }`; see {@link AprPaymentSchema}. */
export type AprPaymentInput = z.input<typeof AprPaymentSchema>;

/** A series of equal payments; see {@link AprPaymentSeriesSchema}. */
export type AprPaymentSeriesInput = z.input<typeof AprPaymentSeriesSchema>;

/** One entry of `payments`: a payment or a series; see {@link AprPaymentEntrySchema}. */
export type AprPaymentEntryInput = z.input<typeof AprPaymentEntrySchema>;

/** What {@link isAprWithinTolerance} accepts; see {@link AprToleranceInputSchema}. */
export type AprToleranceInput = z.input<typeof AprToleranceInputSchema>;

/**
 * Which rule chose the unit period (12 CFR 1026 App. J (b)(4)):
 * - `'given'`: the caller's `unitPeriod`;
 * - `'most-frequent-period'`: the common period that occurs most often ((b)(4)(i));
 * - `'smallest-of-equally-frequent-periods'`: the smaller of equally frequent common periods ((b)(4)(i)(A));
 * - `'average-of-periods'`: no common period; the average period rounded to the nearest standard interval ((b)(4)(i)(B));
 * - `'term-of-single-payment'`: a single advance, single payment transaction; the term, at most a year ((b)(4)(ii)).
 */
export type UnitPeriodBasis = 'given' | 'most-frequent-period' | 'smallest-of-equally-frequent-periods' | 'average-of-periods' | 'term-of-single-payment';

/** One advance or payment of the equation, with its unit-period counts. */
export interface AprScheduleEntry {
  /** An advance (left side of the equation) or a payment (right side). */
  readonly type: 'advance' | 'payment';
  /** Its date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its amount (with exactly the currency's minor digits when a currency was given). */
  readonly amount: string;
  /** Full unit periods from the beginning of the term (Appendix J's `t`, or `q` for an advance). */
  readonly t: number;
  /** The fraction of a unit period, exactly as Appendix J writes it (`'19/30'`, `'6/15'`), or `'0'` (Appendix J's `f`, or `e` for an advance). */
  readonly f: string;
}

/** Whether a disclosed APR is accurate under 12 CFR 1026.22(a)(2)/(3); see {@link isAprWithinTolerance}. */
export interface AprToleranceResult {
  /** `true` when the disclosed APR is no more than the tolerance above or below the actual APR. */
  readonly withinTolerance: boolean;
  /** The tolerance in percentage points: `'0.125'` (regular) or `'0.25'` (irregular). */
  readonly tolerancePercent: '0.125' | '0.25';
  /** Disclosed minus actual, in percentage points (exact; negative when understated). */
  readonly differencePercent: string;
  /** The rule applied: `'12 CFR 1026.22(a)(2)'` or `'12 CFR 1026.22(a)(3)'`. */
  readonly citation: '12 CFR 1026.22(a)(2)' | '12 CFR 1026.22(a)(3)';
}

/** The annual percentage rate of a transaction by the actuarial method; see {@link apr}. */
export interface AprResult {
  /** The APR as a decimal fraction, 20 significant digits (`'0.096857080622807674891'` for 9.69%); `'0'` without finance charge. */
  readonly annualRate: string;
  /** The APR in percent rounded half-up to `aprPercentDecimals` (default 2) decimals, as disclosures show it (`'9.69'`). */
  readonly aprPercent: string;
  /** The rate per unit period (Appendix J's `i`), 20 significant digits. */
  readonly periodicRate: string;
  /** The unit period: `'month'`, `'semimonth'`, `'week'`, `'biweek'`, `'quarter'`, `'year'`, `'day'`, `'4-week'`, `'6-month'`, `'255-day'` ... */
  readonly unitPeriod: string;
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
  /** The tolerance check of `disclosedAprPercent`, present only when it was given. */
  readonly disclosed?: AprToleranceResult;
}
