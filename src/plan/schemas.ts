import { z } from 'zod';
import { AnchorDaySchema, CalendarDateSchema, SemiMonthlyDaysSchema } from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema, DecimalStringSchema, amountIn, isCurrencyCode } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { PlanErrorCodes } from './codes.js';
import { parseUnitName } from './unit-period.js';

/** Most payments one APR computation takes, after series are expanded. @internal */
export const MAX_APR_PAYMENTS = 10_000;
/** Most advances one APR computation takes. @internal */
export const MAX_APR_ADVANCES = 1_000;

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * A unit period or payment frequency: `'day'`, `'week'`, `'biweek'`, `'semimonth'`, `'month'`,
 * `'quarter'`, `'year'`, a multiple written `'N-day'` (1-366), `'N-week'` (1-52) or `'N-month'`
 * (1-11), or one of the `arrears/calendar` frequency names (`'weekly'`, `'biweekly'`,
 * `'fourWeekly'`, `'semiMonthly'`, `'monthly'`, `'quarterly'`, `'annually'`). Anything else
 * fails with `PLAN_UNKNOWN_UNIT_PERIOD`.
 *
 * @example
 * ```ts
 * import { UnitPeriodSchema } from 'arrears/plan';
 * UnitPeriodSchema.safeParse('4-week').success; // => true
 * UnitPeriodSchema.safeParse('monthly').success; // => true
 * UnitPeriodSchema.safeParse('fortnight').success; // => false
 * ```
 */
export const UnitPeriodSchema = z.string().refine((name) => parseUnitName(name) !== undefined, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a unit period: use day, week, biweek, semimonth, month, quarter, year, "N-day", "N-week", "N-month" (N up to 366, 52, 11) or a calendar frequency name such as "monthly".`,
  params: arrearsIssue(PlanErrorCodes.PLAN_UNKNOWN_UNIT_PERIOD),
});

/**
 * A positive amount: a decimal string (the `arrears/money` grammar) greater than zero. Zero and
 * negative amounts fail with `PLAN_NON_POSITIVE_AMOUNT`.
 *
 * @example
 * ```ts
 * import { PositiveAmountSchema } from 'arrears/plan';
 * PositiveAmountSchema.safeParse('230.00').success; // => true
 * PositiveAmountSchema.safeParse('0.00').success; // => false
 * ```
 */
export const PositiveAmountSchema = AmountSchema.superRefine((value, ctx) => {
  if (DECIMAL.test(value) && (value.startsWith('-') || !/[1-9]/.test(value))) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a positive amount: advances and payments must be greater than zero.`,
      params: arrearsIssue(PlanErrorCodes.PLAN_NON_POSITIVE_AMOUNT),
      input: value,
    });
  }
});

/**
 * One advance of credit: `{ amount, date }`.
 *
 * @example
 * ```ts
 * import { AprAdvanceSchema } from 'arrears/plan';
 * AprAdvanceSchema.safeParse({ amount: '5000.00', date: '1978-01-10' }).success; // => true
 * AprAdvanceSchema.safeParse({ amount: '5000.00', date: '1978-02-30' }).success; // => false
 * ```
 */
export const AprAdvanceSchema = z.strictObject({
  /** The amount advanced, a positive decimal string. */
  amount: PositiveAmountSchema,
  /** The date of the advance, `YYYY-MM-DD`. */
  date: CalendarDateSchema,
});

/**
 * One payment: `{ amount, date }`.
 *
 * @example
 * ```ts
 * import { AprPaymentSchema } from 'arrears/plan';
 * AprPaymentSchema.safeParse({ amount: '230.00', date: '1978-02-10' }).success; // => true
 * AprPaymentSchema.safeParse({ amount: '-230.00', date: '1978-02-10' }).success; // => false
 * ```
 */
export const AprPaymentSchema = z.strictObject({
  /** The payment amount, a positive decimal string. */
  amount: PositiveAmountSchema,
  /** The date the payment is due, `YYYY-MM-DD`. */
  date: CalendarDateSchema,
});

/**
 * A series of `count` equal payments, the first on `firstDate`, then one every `frequency`
 * (a {@link UnitPeriodSchema} name). Month-based series keep `anchorDay` (default: the day of
 * `firstDate`; `'last'` for month ends), clamped to shorter months. A semimonthly series pays on
 * the two `semimonthDays` of each month (default: the day of `firstDate` and the day 15 later,
 * or the 15th and the last day when `firstDate` is the 15th or a month end); `firstDate` must be
 * on one of them.
 *
 * @example
 * ```ts
 * import { AprPaymentSeriesSchema } from 'arrears/plan';
 * AprPaymentSeriesSchema.safeParse({ amount: '230.00', count: 24, frequency: 'month', firstDate: '1978-02-10' }).success; // => true
 * AprPaymentSeriesSchema.safeParse({ amount: '230.00', count: 0, frequency: 'month', firstDate: '1978-02-10' }).success; // => false
 * ```
 */
export const AprPaymentSeriesSchema = z
  .strictObject({
    /** The amount of each payment, a positive decimal string. */
    amount: PositiveAmountSchema,
    /** How many payments, 1-10,000. */
    count: z.int().min(1).max(MAX_APR_PAYMENTS),
    /** How often: a unit-period name such as `'month'`, `'biweek'` or `'4-week'`. */
    frequency: UnitPeriodSchema,
    /** The date of the first payment of the series. */
    firstDate: CalendarDateSchema,
    /** Month-based series only: the day of the month to keep (1-31 or `'last'`). */
    anchorDay: AnchorDaySchema.optional(),
    /** Semimonthly series only: the two days of the month, such as `[1, 16]` or `[15, 'last']`. */
    semimonthDays: SemiMonthlyDaysSchema.optional(),
  })
  .superRefine((series, ctx) => {
    const unit = parseUnitName(series.frequency);
    const fail = (message: string, path: string): void => {
      ctx.addIssue({ code: 'custom', message, path: [path], params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_PAYMENT_SERIES), input: series });
    };
    if (unit === undefined) return;
    if (series.anchorDay !== undefined && unit.kind !== 'month' && unit.kind !== 'year') {
      fail(`anchorDay applies only to month-based frequencies, not ${JSON.stringify(series.frequency)}.`, 'anchorDay');
    }
    if (series.semimonthDays !== undefined && unit.kind !== 'semimonth') {
      fail(`semimonthDays applies only to the semimonthly frequency, not ${JSON.stringify(series.frequency)}.`, 'semimonthDays');
    }
  });

/**
 * One entry of `payments`: a single payment ({@link AprPaymentSchema}) or a series of equal
 * payments ({@link AprPaymentSeriesSchema}).
 *
 * @example
 * ```ts
 * import { AprPaymentEntrySchema } from 'arrears/plan';
 * AprPaymentEntrySchema.safeParse({ amount: '250.00', date: '1978-02-10' }).success; // => true
 * AprPaymentEntrySchema.safeParse({ amount: '250.00' }).success; // => false
 * ```
 */
export const AprPaymentEntrySchema = z.union([AprPaymentSchema, AprPaymentSeriesSchema]);

/**
 * The input of {@link apr}:
 * - the credit: either `amountFinanced` with `advanceDate` (a single advance), or `advances`
 *   (one or more `{ amount, date }`; up to 1,000);
 * - `payments`: single payments and payment series, in any order (up to 10,000 payments in all);
 * - `unitPeriod` (optional): force a unit period instead of the one Appendix J (b)(4) selects;
 * - `currency` (optional): an ISO 4217 code; amounts must then fit its minor unit and the
 *   totals are written with exactly its minor digits;
 * - `aprPercentDecimals` (optional, 0-6, default 2): decimals of the disclosed-style
 *   `aprPercent`;
 * - `disclosedAprPercent` (optional): an APR as disclosed, in percent (`'9.75'`), to check
 *   against the tolerance of 12 CFR 1026.22(a)(2)/(3).
 *
 * @example
 * ```ts
 * import { AprInputSchema } from 'arrears/plan';
 * AprInputSchema.safeParse({ amountFinanced: '5000.00', advanceDate: '1978-01-10', payments: [{ amount: '230.00', count: 24, frequency: 'month', firstDate: '1978-02-10' }] }).success; // => true
 * AprInputSchema.safeParse({ amountFinanced: '5000.00', payments: [] }).success; // => false
 * ```
 */
export const AprInputSchema = z
  .strictObject({
    /** The amount financed of a single-advance transaction (with `advanceDate`). */
    amountFinanced: PositiveAmountSchema.optional(),
    /** The date of the single advance (with `amountFinanced`): the beginning of the term. */
    advanceDate: CalendarDateSchema.optional(),
    /** The advances of a transaction, instead of `amountFinanced` and `advanceDate`. */
    advances: z.array(AprAdvanceSchema).min(1).max(MAX_APR_ADVANCES).optional(),
    /** Payments and payment series. */
    payments: z.array(AprPaymentEntrySchema).min(1).max(MAX_APR_PAYMENTS),
    /** A unit period to use instead of the one Appendix J (b)(4) selects. */
    unitPeriod: UnitPeriodSchema.optional(),
    /** The currency of every amount, an ISO 4217 code. */
    currency: CurrencyCodeSchema.optional(),
    /** Decimals of `aprPercent`, 0-6 (default 2). */
    aprPercentDecimals: z.int().min(0).max(6).optional(),
    /** A disclosed APR in percent, to check against the tolerance of 12 CFR 1026.22(a). */
    disclosedAprPercent: DecimalStringSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const single = input.amountFinanced !== undefined || input.advanceDate !== undefined;
    const fail = (message: string, path: Array<string | number>, code: string): void => {
      ctx.addIssue({ code: 'custom', message, path, params: arrearsIssue(code), input });
    };
    if (single && input.advances !== undefined) {
      fail('give either amountFinanced with advanceDate (a single advance) or advances, not both.', ['advances'], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    } else if (!single && input.advances === undefined) {
      fail('the credit is missing: give amountFinanced with advanceDate, or advances.', [], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    } else if (single && input.amountFinanced === undefined) {
      fail('amountFinanced is required with advanceDate.', ['amountFinanced'], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    } else if (single && input.advanceDate === undefined) {
      fail('advanceDate is required with amountFinanced: it is the date the term begins.', ['advanceDate'], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    }
    let count = 0;
    for (const entry of input.payments) count += 'count' in entry && typeof entry.count === 'number' ? entry.count : 1;
    if (count > MAX_APR_PAYMENTS) {
      fail(`the payments add up to ${count} payments; at most ${MAX_APR_PAYMENTS} are accepted.`, ['payments'], PlanErrorCodes.PLAN_TOO_MANY_FLOWS);
    }
    // Refinements run even when a field failed a non-aborting check: only a known currency is used.
    if (input.currency !== undefined && isCurrencyCode(input.currency)) {
      const schema = amountIn(input.currency);
      const check = (value: string, path: Array<string | number>): void => {
        const result = schema.safeParse(value);
        for (const issue of result.error?.issues ?? []) {
          ctx.addIssue({ ...(issue as z.core.$ZodIssueCustom), path: [...path, ...issue.path], input: value });
        }
      };
      if (input.amountFinanced !== undefined) check(input.amountFinanced, ['amountFinanced']);
      input.advances?.forEach((a, i) => check(a.amount, ['advances', i, 'amount']));
      input.payments.forEach((p, i) => check(p.amount, ['payments', i, 'amount']));
    }
  });

/**
 * The input of {@link isAprWithinTolerance}: `disclosedPercent` (the APR as disclosed, in
 * percent, `'10.125'`), exactly one of `actualPercent` (the actuarial APR in percent) and
 * `actualAnnualRate` (the actuarial APR as a decimal fraction, as {@link apr} returns it in
 * `annualRate`), and `irregular` (default `false`): whether the transaction is irregular under
 * 12 CFR 1026.22(a)(3).
 *
 * @example
 * ```ts
 * import { AprToleranceInputSchema } from 'arrears/plan';
 * AprToleranceInputSchema.safeParse({ disclosedPercent: '12.125', actualPercent: '12.00' }).success; // => true
 * AprToleranceInputSchema.safeParse({ disclosedPercent: '12.125' }).success; // => false
 * ```
 */
export const AprToleranceInputSchema = z
  .strictObject({
    /** The APR as disclosed, in percent. */
    disclosedPercent: DecimalStringSchema,
    /** The actuarial APR in percent. */
    actualPercent: DecimalStringSchema.optional(),
    /** The actuarial APR as a decimal fraction (`'0.12'` for 12%). */
    actualAnnualRate: DecimalStringSchema.optional(),
    /** Whether the transaction is irregular (12 CFR 1026.22(a)(3)); default `false`. */
    irregular: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if ((input.actualPercent === undefined) === (input.actualAnnualRate === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of actualPercent (in percent) and actualAnnualRate (a decimal fraction).',
        params: arrearsIssue(PlanErrorCodes.PLAN_APR_INVALID_TOLERANCE_INPUT),
        input,
      });
    }
  });
